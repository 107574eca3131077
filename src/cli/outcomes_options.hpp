#pragma once
// The options of `ipskit outcomes` and how they become the settings of each
// step: the aggregation rules, the reader's options, the report's options.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"
#include "cli/common_options.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "readers/cases/reader.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::cli {

// Each part has its own buffers (about 6.5 MB for the duplicate check, 1 MB
// for reading), so the default stops at 4 parts: peak memory then stays near
// 40 MB however large the extract and the machine.
inline constexpr std::size_t kDefaultMaxThreads = 4;

struct OutcomesOptions {
    std::string cases;
    std::optional<int> year;
    std::string from;  // YYYY-MM-DD, checked when parsed (cli/shared_options.cpp); empty: not given
    std::string to;
    // Several periods (cli/outcomes_periods.cpp): "2020..2023", "2021Q1..2023Q2"; empty: not given.
    std::string years;
    std::string quarters;
    std::string period;   // --period FROM..TO, stored as `from` and `to` too
    std::string targets;  // targets.yaml; empty: none
    std::string as_of;
    std::string earliest_date = "1990-01-01";  // plausible dates; YYYY-MM-DD
    std::string latest_date;                   // empty: a year after today
    // --by as given, a field's Danish name made its English one; a name that
    // is no field of the extract may be an attribute of the --clusters map,
    // which cli/outcome_grouping.hpp resolves once the map is read.
    std::vector<std::string> by;
    std::string clusters;  // the cluster map (YAML); empty: none
    OutputOptions output;
    readers::text::Encoding encoding = readers::text::Encoding::utf8;
    std::optional<char> delimiter;  // nullopt: detected from the header
    std::string columns;
    std::string sheet;   // a workbook's sheet, by name or number; empty: the first
    int header_row = 0;  // a workbook's header row; 0: the first that looks like one
    bool keep_going = false;
    std::size_t threads = 0;  // 0: one per processor, at most kDefaultMaxThreads
    bool allow_identifiers = false;
    double target = 50;
    int decimals = 0;
    bool ci = false;
    bool cohort = false;
    std::vector<int> horizons = {6, 10, 12, 18};
    long max_caseload = 20;
    long suppress_below = 0;
    std::optional<double> fail_under;
};

void add_outcomes_options(CLI::App& command, OutcomesOptions& options);
// What chooses the figures (reading, period, groups, target, suppression),
// without the extract, --fail-under and the outputs: for `report`, which
// takes the extract as --cases.
void add_outcome_figure_options(CLI::App& command, OutcomesOptions& options);

outcomes::AggregationRules aggregation_rules(const OutcomesOptions& options);
readers::cases::CasesReadOptions read_options(const OutcomesOptions& options);
writers::reports::OutcomesReportOptions report_options(const OutcomesOptions& options,
                                                       const outcomes::OutcomeResult& result,
                                                       const readers::cases::CasesReadSummary& read);

// Registers `outcomes` in the command table (commands.cpp).
void setup_outcomes(CLI::App& command, CommandResult& result);

}  // namespace ipskit::cli
