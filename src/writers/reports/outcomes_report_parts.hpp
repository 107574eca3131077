#pragma once
// The tables of the outcomes report, one function each (outcomes_report.cpp
// assembles them). Internal to the writers layer.

#include <string>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "writers/doc/document.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::writers::reports {

// fmt::format with a template chosen by language.
std::string format_text(const std::string& pattern, long a, long b = 0, long c = 0);
std::string format_text(const std::string& pattern, const std::string& a, const std::string& b = {},
                        const std::string& c = {});

// "(not given)" for an empty group value, the value otherwise.
std::string group_value(const std::string& value, outcomes::GroupField field, Lang lang);
// The column of a --by field: its key in JSON and CSV, and its name.
doc::Column group_column(outcomes::GroupField field, const std::vector<std::string>& attributes, Lang lang);

// What a hidden figure shows: "<N" for a small count and what is computed
// from one, "x" for a figure hidden to protect a small count.
inline constexpr const char* kProtectingMarker = "x";
std::string marker(outcomes::Mark mark, long threshold);
doc::Cell hidden_cell(outcomes::Mark mark, long threshold);
// A count for a note: the number, or its marker when hidden.
std::string count_text(const outcomes::CountFigure& count, long threshold);
// The singular text for a count shown as 1, the plural for any other count,
// a hidden one ("<5", "x") included.
const Text& counted(const outcomes::CountFigure& count, const Text& one, const Text& many);
// Dates in `text` as the report's language writes them.
std::string date_text(const std::string& text, Lang lang);
// What <N and x mean, for the notes of every table that can hide a figure.
std::string suppression_note(const OutcomesReportOptions& options);
// A count figure: the count, or its marker when hidden.
doc::Cell count_cell(const outcomes::CountFigure& count, long threshold);
// A share as a percent, its marker when hidden, blank when it has no value.
doc::Cell share_cell(const outcomes::ShareFigure& share, long threshold, int decimals);

doc::Table closed_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& options);
doc::Table closed_by_group_table(const outcomes::OutcomeResult& result,
                                 const outcomes::OutcomeFigures& figures,
                                 const OutcomesReportOptions& options);
doc::Table target_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& options);
doc::Table time_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                      const OutcomesReportOptions& options);
doc::Table cohort_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& options);
doc::Table capacity_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& options);
doc::Table caseload_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& options);

// The tables by group (--by), outcomes_group_tables.cpp.
// The cells naming a row's group: its value per field, "Total" for the
// field a subtotal sums over, blank after it.
std::vector<doc::Cell> group_key_cells(const outcomes::OutcomeResult& result, const outcomes::GroupRow& group,
                                       Lang lang);
doc::Table time_by_group_table(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                               const OutcomesReportOptions& options);
doc::Table cohort_by_group_table(const outcomes::OutcomeResult& result,
                                 const outcomes::OutcomeFigures& figures,
                                 const OutcomesReportOptions& options);
doc::Table capacity_by_group_table(const outcomes::OutcomeResult& result,
                                   const outcomes::OutcomeFigures& figures,
                                   const OutcomesReportOptions& options);
doc::Table caseload_by_group_table(const outcomes::OutcomeResult& result,
                                   const outcomes::OutcomeFigures& figures,
                                   const OutcomesReportOptions& options);

}  // namespace ipskit::writers::reports
