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
#include "domain/outcomes/referral_figures.hpp"
#include "domain/outcomes/targets.hpp"
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
    // With --targets: per period, the groups that have one (empty without).
    std::vector<std::vector<outcomes::TargetFigure>> targets = {};
    bool has_targets = false;
    // The referral path of each period, read in the same pass; empty when
    // no period's extract holds one, and then no period shows the table.
    std::vector<outcomes::ReferralResult> referrals = {};
    std::vector<outcomes::ReferralFigures> referral_figures = {};
};

doc::Document build_outcomes_periods_report(const PeriodsReport& report);

// Period p's one-period report: its tables and, when the report has a
// referral path, that period's referral table.
doc::Document period_document(const PeriodsReport& report, std::size_t p);

// The trend table alone, for the report command's evaluation.
doc::Table trend_table(const PeriodsReport& report);

// Each group with a target against it, period by period
// (outcomes_targets_report.cpp), and the groups below it in words.
doc::Table targets_table(const PeriodsReport& report);
std::vector<doc::Block> below_target_words(const PeriodsReport& report);

// A period's name for people: dates as the language writes them, a quarter
// as 2021K3 under Danish; and the cell that holds it, the name as its id.
std::string period_text(const std::string& name, Lang lang);
doc::Cell period_cell(const std::string& name, Lang lang);
// The periods of the report for people: "2020 to 2023", or the one period's name.
std::string span_text(const PeriodsReport& report, Lang lang);
// The group columns of a row: the key's values, "Total" where a subtotal
// or the overall total stops, blank after it.
void add_group_cells(std::vector<doc::Cell>& row, const outcomes::GroupRow& group,
                     const std::vector<outcomes::GroupField>& by, Lang lang);

}  // namespace ipskit::writers::reports
