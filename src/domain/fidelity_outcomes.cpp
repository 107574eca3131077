#include "domain/fidelity_outcomes.hpp"

#include <cmath>
#include <map>
#include <stdexcept>

#include "domain/collation.hpp"

namespace ipskit {

namespace {

using outcomes::GroupRow;

std::map<std::string, const GroupRow*> groups_by_folded_site(const outcomes::OutcomeResult& by_site) {
    if (by_site.by.size() != 1 || by_site.by[0] != outcomes::GroupField::site)
        throw std::logic_error("fidelity_beside_outcomes: the outcomes are not grouped by site alone");
    std::map<std::string, const GroupRow*> groups;
    for (const auto& group : by_site.groups)
        if (group.key.size() == 1 && !group.key[0].empty()) groups[fold_case(group.key[0])] = &group;
    return groups;
}

SiteBesideOutcome joined(const Scale& scale, const SiteRow& site, const GroupRow& group, const SiteMap& map,
                         const std::vector<std::string>& attributes, long min_closed) {
    SiteBesideOutcome row;
    row.fidelity = &site;
    for (const auto& section : score_review(scale, *site.review).sections)
        row.section_subtotals.push_back(section.subtotal);
    for (const auto& name : attributes) row.attributes.push_back(map.attribute(site.review->site, name));
    const auto& stats = group.stats;
    row.courses = stats.courses;
    row.closed = stats.closed.total();
    row.job_or_education = stats.closed.job_or_education();
    if (row.closed > 0)
        row.share = static_cast<double>(row.job_or_education) / static_cast<double>(row.closed);
    row.days_n = stats.days_to_outcome.n();
    row.median_days = stats.days_to_outcome.quantile(0.5);
    row.in_correlation = row.closed > 0 && row.closed >= min_closed;
    return row;
}

// The correlation and the line over the sites with enough closed courses;
// each of them gets its predicted share, residual and flag.
void correlate(FidelityBesideOutcomes& result) {
    std::vector<double> totals, shares;
    std::vector<SiteBesideOutcome*> used;
    for (auto& site : result.sites) {
        if (!site.in_correlation) continue;
        totals.push_back(site.fidelity->total);
        shares.push_back(*site.share);
        used.push_back(&site);
    }
    result.correlation = stats::spearman(totals, shares);
    result.line = stats::least_squares(totals, shares);
    if (!result.line) return;
    for (std::size_t i = 0; i < used.size(); ++i) {
        used[i]->predicted_share = result.line->fitted[i];
        used[i]->standardised_residual = result.line->standardised[i];
        const auto r = result.line->standardised[i];
        if (r && *r > kFlagResidual) used[i]->flag = OutcomeFlag::above;
        if (r && *r < -kFlagResidual) used[i]->flag = OutcomeFlag::below;
    }
}

}  // namespace

Relation FidelityBesideOutcomes::relation() const {
    if (!correlation.rho) return Relation::not_computed;
    // A perfect order of four or more sites has no interval, and no doubt either.
    const bool perfect = !correlation.ci && correlation.n >= 4 && std::abs(*correlation.rho) >= 1;
    if (!perfect && (!correlation.ci || (correlation.ci->lower <= 0 && correlation.ci->upper >= 0)))
        return Relation::unclear;
    return *correlation.rho > 0 ? Relation::positive : Relation::negative;
}

FidelityBesideOutcomes fidelity_beside_outcomes(const SiteComparison& fidelity,
                                                const outcomes::OutcomeResult& by_site, const SiteMap& map,
                                                const FidelityOutcomeRules& rules) {
    FidelityBesideOutcomes result;
    result.attribute_names = map.attribute_names;
    result.min_closed = rules.min_closed;
    for (const auto& section : fidelity.scale->sections) result.sections.push_back(&section);
    auto groups = groups_by_folded_site(by_site);
    for (const auto& site : fidelity.sites) {
        const auto found = groups.find(fold_case(site.review->site));
        if (found == groups.end()) {
            result.unmatched.push_back({site.review->site, true, site.review->file});
            continue;
        }
        result.sites.push_back(
            joined(*fidelity.scale, site, *found->second, map, result.attribute_names, rules.min_closed));
        groups.erase(found);
    }
    // What is left has courses and no review; listed in the extract's (the report's) order.
    for (const auto& group : by_site.groups) {
        if (group.key.size() != 1) continue;
        if (group.key[0].empty())
            result.courses_without_site += group.stats.courses;
        else if (groups.count(fold_case(group.key[0])))
            result.unmatched.push_back({group.key[0], false, {}});
    }
    correlate(result);
    return result;
}

}  // namespace ipskit
