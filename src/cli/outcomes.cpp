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
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "readers/cases/reader.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::cli {

namespace {

// The job-or-education share (before rounding) is below --fail-under, by
// the same rule as the report's "target met"; no closed course never fails.
bool fails_under(const outcomes::OutcomeResult& result, std::optional<double> percent) {
    if (!percent) return false;
    const auto& closed = result.total.stats.closed;
    return outcomes::target_met(closed.job_or_education(), closed.total(), *percent) == false;
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
    const auto document =
        writers::reports::build_outcomes_report(result, figures, report_options(options, result, read));
    write_outputs(document, options.output, {options.cases});
    return fails_under(result, options.fail_under) ? kThresholdNotMet : kOk;
}

}  // namespace

void setup_outcomes(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<OutcomesOptions>();
    add_outcomes_options(command, *options);
    command.callback([options, &result] { run_guarded([&] { return run_outcomes(*options); }, result); });
}

}  // namespace ipskit::cli
