// ipskit outcomes: the annual outcome evaluation of an IPS programme from a
// case extract (closed courses by outcome, time to job or education, the
// cohort view, capacity).

#include <algorithm>
#include <iostream>
#include <map>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/outcomes_options.hpp"
#include "domain/date.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "readers/cases/reader.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::cli {

namespace {

// "in 2020", "from 2020-01-01 to 2020-06-30", or nothing for the whole extract.
std::string period_words(const writers::reports::OutcomesReportOptions& report) {
    if (report.period_name.empty()) return "";
    if (report.period_from == "…" || report.period_to == "…" || report.period_name.size() == 4)
        return " in " + report.period_name;
    return fmt::format(" from {} to {}", report.period_from, report.period_to);
}

// An as-of date taken from the data moves every active course's follow-up;
// when one row alone puts it far past the rest, that row is likely mistyped.
void warn_if_as_of_stands_alone(const outcomes::OutcomeResult& result,
                                const readers::cases::CasesReadSummary& read, const std::string& file) {
    if (!result.as_of_from_data || !read.latest.stands_alone()) return;
    const auto iso = [](outcomes::DayNumber day) { return civil_from_days(day).to_iso(); };
    // A workbook's row is named by its first cell, as the reader names places.
    const std::string row = read.sheet.empty() ? fmt::format("{}:{}", file, read.latest.line)
                                               : fmt::format("{}:{}!A{}", file, read.sheet, read.latest.line);
    std::cerr << fmt::format(
        "{}: warning: the as-of date {} rests on this row alone; no other row has a "
        "date after {} — check the row's dates, or give --as-of\n",
        row, iso(*read.latest.latest), iso(*read.latest.runner_up));
}

// A report of an empty period is easily taken for a bad year; say so.
void warn_if_nothing_closed(const outcomes::OutcomeResult& result, const std::string& period) {
    if (result.total.stats.closed.total() > 0) return;
    std::cerr << fmt::format(
        "ipskit: warning: no course of the extract closed{} ({} {} read); check the period "
        "(--year, --from, --to) against the extract's end dates\n",
        period, result.total.stats.courses, result.total.stats.courses == 1 ? "course" : "courses");
}

// --fail-under: the job-or-education share (before rounding) against PCT, by
// the same rule as the report's "target met". No closed course fails too:
// nothing shows that the bar was met. Says why on stderr, as score does.
int threshold_status(const outcomes::OutcomeResult& result, std::optional<double> percent,
                     const std::string& period) {
    if (!percent) return kOk;
    const auto& closed = result.total.stats.closed;
    const auto met = outcomes::target_met(closed.job_or_education(), closed.total(), *percent);
    if (met == true) return kOk;
    if (!met)
        std::cerr << fmt::format(
            "ipskit: --fail-under {}: no course closed{}, so no share to hold against it\n", *percent,
            period);
    else
        std::cerr << fmt::format(
            "ipskit: {} of {} closed courses ended in a job or education{}, under "
            "--fail-under {}%\n",
            closed.job_or_education(), closed.total(), period, *percent);
    return kThresholdNotMet;
}

int run_outcomes(const OutcomesOptions& options) {
    auto [sum, read] =
        readers::cases::read_cases_summed(options.cases, read_options(options),
                                          outcomes::OutcomeAggregator{aggregation_rules(options), options.by},
                                          [](const std::string& warning) { std::cerr << warning << '\n'; });
    for (const auto& warning : read.column_warnings) std::cerr << warning << '\n';
    warn_identifiers_allowed(read.identifiers_allowed);
    const auto result = sum.finish();
    const auto figures =
        outcomes::compute_figures(result, {options.target, options.suppress_below, options.max_caseload});
    const auto report = report_options(options, result, read);
    warn_if_as_of_stands_alone(result, read, options.cases);
    warn_if_nothing_closed(result, period_words(report));
    write_outputs(writers::reports::build_outcomes_report(result, figures, report), options.output,
                  {options.cases});
    // The report is written first, so a pipeline that stops on exit 3 still has it.
    return threshold_status(result, options.fail_under, period_words(report));
}

}  // namespace

void setup_outcomes(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<OutcomesOptions>();
    add_outcomes_options(command, *options);
    command.callback([options, &result] { run_guarded([&] { return run_outcomes(*options); }, result); });
}

}  // namespace ipskit::cli
