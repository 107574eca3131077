#pragma once
// The document `ipskit report` hands over: the fidelity review report, the
// evaluation report, or both, each a chapter under a first-level heading.
// Computes nothing: every figure comes from the domain (fidelity_report,
// compare_reviewers, compute_figures, gain_estimate).

#include "domain/fidelity_report.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/estimate.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/referral_figures.hpp"
#include "domain/report_settings.hpp"
#include "domain/review_evidence.hpp"
#include "domain/reviewer_agreement.hpp"
#include "writers/doc/document.hpp"
#include "writers/reports/outcomes_periods_report.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::writers::reports {

// What the report is built from; a part whose inputs are null is left out.
struct ReportParts {
    Lang lang = Lang::en;
    const ReportSettings* settings = nullptr;
    const FidelityReport* fidelity = nullptr;
    const ReviewerComparison* agreement = nullptr;  // the reviewers' own ratings, when given
    const outcomes::OutcomeResult* outcomes = nullptr;
    const outcomes::OutcomeFigures* figures = nullptr;
    const OutcomesReportOptions* outcome_options = nullptr;
    const outcomes::GainEstimate* estimate = nullptr;
    // With --years, --quarters or --targets: every period, the trend and the
    // targets; `outcomes`, `figures` and `outcome_options` are then its latest period's.
    const PeriodsReport* periods = nullptr;
    // The referral path of a one-period report, when the extract holds one.
    const outcomes::ReferralResult* referrals = nullptr;
    const outcomes::ReferralFigures* referral_figures = nullptr;
    // The site's records beside the ratings (report --jobs/--contacts/--staff).
    const ReviewEvidence* evidence = nullptr;
};

doc::Document build_report(const ReportParts& parts);

// The two chapters, for build_report (report_fidelity.cpp, report_evaluation.cpp).
void add_fidelity_chapter(const ReportParts& parts, doc::Document& document);
void add_evaluation_chapter(const ReportParts& parts, doc::Document& document);
// The fidelity chapter's method section (report_method.cpp).
void add_fidelity_method(const ReportParts& parts, doc::Document& document);

}  // namespace ipskit::writers::reports
