#pragma once
// Lays out the outcome figures as a doc::Document: the closed-course table
// (overall and by group), job or education against the target, time to job or
// education and to first employer contact, the cohort view and capacity.
// Computes nothing: every figure, and what suppression hides, comes from
// outcomes::compute_figures.

#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

struct OutcomesReportOptions {
    Lang lang = Lang::en;
    int decimals = 0;         // of shares in percent
    bool ci = false;          // show Wilson 95 % intervals
    double target = 0.5;      // job-or-education target as a fraction
    long suppress_below = 0;  // 0: no suppression
    long max_caseload = 20;
    std::string period_name;  // "2020", or "from – to"; empty: no period
    std::string period_from;  // ISO dates of the period, empty when open
    std::string period_to;
    std::string as_of;                         // ISO
    bool as_of_from_data = false;              // the latest date in the extract, not --as-of
    std::string capacity_day;                  // ISO; empty: courses without an end date
    long rows_read = 0;                        // data rows of the extract
    std::vector<std::string> missing_columns;  // known columns the extract lacks, canonical names
    long rows_with_errors = 0;                 // left out under --keep-going
};

// `figures` are compute_figures(result, ...) with the target and threshold
// of `options`.
doc::Document build_outcomes_report(const outcomes::OutcomeResult& result,
                                    const outcomes::OutcomeFigures& figures,
                                    const OutcomesReportOptions& options);

}  // namespace ipskit::writers::reports
