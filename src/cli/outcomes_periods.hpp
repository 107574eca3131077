#pragma once
// Several periods in one run of `outcomes`: --years, --quarters and
// --period, how they combine with --year, --from and --to, and the run
// that reads the extract once for all periods.

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/outcomes_options.hpp"
#include "domain/outcomes/periods.hpp"
#include "readers/cases/reader.hpp"
#include "writers/reports/outcomes_periods_report.hpp"

namespace ipskit::cli {

// Adds --years FIRST..LAST, --quarters FIRSTQn..LASTQn, --targets FILE and --period
// FROM..TO. Each names the period in its own way, so each excludes the
// others and the `single` options (--year, --from, --to): a usage error.
// --period is one period, stored as --from and --to.
void add_several_periods_options(CLI::App& command, OutcomesOptions& o,
                                 const std::vector<CLI::Option*>& single);

// True when --years or --quarters was given.
bool has_several_periods(const OutcomesOptions& o);

// The periods of --years or --quarters, as checked when parsed; else the
// one period of --year, --from and --to.
std::vector<outcomes::NamedPeriod> named_periods(const OutcomesOptions& o);

// Reads the extract once and computes every period's figures, the trend
// and, with --targets, the targets against each period: for `outcomes` and
// for `report`, so that both show the same figures.
writers::reports::PeriodsReport periods_report(const OutcomesOptions& options);

// `outcomes` over the periods of --years or --quarters, or over one period
// with --targets.
int run_outcomes_periods(const OutcomesOptions& options);

// Warnings and the --fail-under verdict both runs give (cli/outcomes.cpp).
std::string period_words(const writers::reports::OutcomesReportOptions& report);
int threshold_status(const outcomes::OutcomeResult& result, std::optional<double> percent,
                     const std::string& period);
void warn_merged_spellings(const outcomes::OutcomeResult& result, const std::string& file, Lang lang);
void warn_if_as_of_stands_alone(const outcomes::OutcomeResult& result,
                                const readers::cases::CasesReadSummary& read, const std::string& file);

}  // namespace ipskit::cli
