#include "cli/referral_path.hpp"

#include "domain/outcomes/referral_figures.hpp"
#include "writers/reports/referral_table.hpp"

namespace ipskit::cli {

outcomes::MappedSum<outcomes::OutcomesAndReferrals> outcome_and_referral_sums(
    const OutcomesOptions& options, const OutcomeGrouping& grouping) {
    const auto rules = aggregation_rules(options);
    return {grouping.sites,
            {outcomes::OutcomeAggregator{rules, grouping.by, grouping.attributes},
             outcomes::ReferralAggregator{rules.period, grouping.by, grouping.attributes}}};
}

void add_referral_path(writers::doc::Document& document, const outcomes::ReferralAggregator& referrals,
                       const writers::reports::OutcomesReportOptions& report) {
    const auto result = referrals.finish(report.lang);
    if (!result.has_path) return;
    const auto figures = outcomes::compute_referral_figures(result, report.suppress_below);
    document.blocks.push_back(writers::reports::referral_table(result, figures, report));
}

}  // namespace ipskit::cli
