#pragma once
// The referral path in `outcomes` (and `report`): the sums that read it in
// the same pass as the outcome figures, and its table, added to the report
// when the extract holds a path (a referring department, or a referral
// that never started).

#include "cli/outcome_grouping.hpp"
#include "cli/outcomes_options.hpp"
#include "domain/outcomes/referrals.hpp"
#include "domain/outcomes/site_attributes.hpp"
#include "writers/doc/document.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::cli {

// The empty sums of one run: the outcome figures and the referral path,
// both by the grouping over the period, the cluster map applied to each course.
outcomes::MappedSum<outcomes::OutcomesAndReferrals> outcome_and_referral_sums(
    const OutcomesOptions& options, const OutcomeGrouping& grouping);

// Appends the referral-path table, its figures computed with the report's
// suppression, when the extract holds a path.
void add_referral_path(writers::doc::Document& document, const outcomes::ReferralAggregator& referrals,
                       const writers::reports::OutcomesReportOptions& report);

}  // namespace ipskit::cli
