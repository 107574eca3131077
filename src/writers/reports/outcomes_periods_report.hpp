#pragma once
// Lays out the outcomes of several periods as one doc::Document: the trend
// table first (each group's started, closed, job or education and active
// courses, period after period), then every table of the one-period report
// with the periods stacked in it, a period column first, so that JSON and
// CSV hold one row per group and period. Computes nothing.

#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/periods.hpp"
#include "domain/outcomes/trend_figures.hpp"
#include "writers/doc/document.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::writers::reports {

struct PeriodsReport {
    std::vector<outcomes::NamedPeriod> periods;
    std::vector<outcomes::OutcomeResult> results;   // one per period
    std::vector<outcomes::OutcomeFigures> figures;  // compute_figures of each result
    std::vector<OutcomesReportOptions> options;     // the one-period report of each
    outcomes::TrendFigures trend;
};

doc::Document build_outcomes_periods_report(const PeriodsReport& report);

// The trend table alone, for the report command's evaluation.
doc::Table trend_table(const PeriodsReport& report);

}  // namespace ipskit::writers::reports
