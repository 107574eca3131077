#include "cli/outcomes_options.hpp"

#include <algorithm>
#include <chrono>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "cli/outcome_grouping.hpp"
#include "cli/outcomes_periods.hpp"
#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "readers/csv/field_parsers.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

using outcomes::DayNumber;

// A date option, checked and made YYYY-MM-DD when parsed (add_date_option);
// empty: not given.
std::optional<Date> option_date(const std::string& text, const char* option) {
    if (text.empty()) return std::nullopt;
    const auto parsed = readers::csv::parse_date(text);
    if (parsed.problem)
        throw util::Error(util::Location{}, fmt::format("{}: {}", option, parsed.problem->what),
                          parsed.problem->fix);
    return parsed.value;
}

std::optional<DayNumber> day_of(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->days_since_epoch();
}

bool writes_json(const OutputOptions& output) {
    if (!output.format.empty()) return output.format == "json";
    return output.output.size() > 5 && output.output.ends_with(".json");
}

std::string iso(DayNumber day) {
    return civil_from_days(day).to_iso();
}

void add_period_options(CLI::App& command, OutcomesOptions& o) {
    auto* year = command.add_option("--year", o.year, "Report courses closed in this calendar year")
                     ->check(whole_number(1900, 2999))
                     ->type_name("YEAR");
    auto* from = add_date_option(
        command, "--from", o.from,
        "First day of the period, inclusive: YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY");
    auto* to = add_date_option(command, "--to", o.to, "Last day of the period, inclusive");
    year->excludes(from)->excludes(to);
    refuse_backwards_period(command, o.from, o.to);
    add_date_option(command, "--as-of", o.as_of,
                    "Censor active courses on DATE (default: the latest date in the extract)");
    add_date_option(command, "--earliest-date", o.earliest_date,
                    "Refuse dates in the extract before DATE as typing errors")
        ->default_str("1990-01-01");
    add_date_option(command, "--latest-date", o.latest_date,
                    "Refuse dates in the extract after DATE as typing errors (default: a year from today)");
}

// The same day next year by the system clock (28 February for 29
// February): only the plausible-date window depends on it, never a figure.
DayNumber a_year_from_today() {
    using namespace std::chrono;
    const auto today = static_cast<DayNumber>(floor<days>(system_clock::now()).time_since_epoch().count());
    const Date d = civil_from_days(today);
    return days_from_civil(d.year + 1, d.month, d.month == 2 && d.day == 29 ? 28 : d.day);
}

void add_grouping_options(CLI::App& command, OutcomesOptions& o) {
    // A name that is no field may be an attribute of the cluster map, which
    // is not read yet: outcome_grouping() refuses it, in the same words, if not.
    const CLI::Validator to_key(
        [](std::string& text) -> std::string {
            if (const auto key = group_field_name_key(text)) text = *key;
            return {};
        },
        "FIELD");
    command
        .add_option("--by", o.by,
                    "Break down by site, cluster, target_group, consultant or year (nested); also in Danish: "
                    "kommune, klynge, målgruppe, konsulent, år; with --clusters also by an attribute of the "
                    "map, e.g. model")
        ->transform(to_key)
        ->type_name("FIELD");
    command
        .add_option("--clusters", o.clusters,
                    "YAML map of each site's cluster and attributes (e.g. model: Slagelse); its cluster wins "
                    "over the extract's")
        ->type_name("FILE");
}

void add_input_options(CLI::App& command, OutcomesOptions& o) {
    add_encoding_option(command, o.encoding, "the extract");
    add_delimiter_option(command, o.delimiter, "the extract");
    command.add_option("--columns", o.columns, "YAML map from column names to the extract's headers")
        ->type_name("FILE");
    command.add_option("--sheet", o.sheet, "The workbook's sheet, by name or number (default: the first)")
        ->type_name("NAME|N");
    command
        .add_option("--header-row", o.header_row,
                    "The workbook's row with the column names (default: the first that looks like a header)")
        ->check(CLI::Range(1, 1048576))
        ->type_name("N");
    command.add_flag("--keep-going", o.keep_going, "Leave out bad rows with a warning instead of stopping");
    add_allow_identifiers_option(command, o.allow_identifiers);
    command
        .add_option("--threads", o.threads,
                    "Read a large extract on N threads side by side (default: one per processor, at most 4)")
        ->check(whole_number(1, 64))
        ->type_name("N");
}

std::size_t default_threads() {
    const unsigned processors = std::thread::hardware_concurrency();
    return std::clamp<std::size_t>(processors, 1, kDefaultMaxThreads);
}

void add_figure_options(CLI::App& command, OutcomesOptions& o) {
    command.add_option("--target", o.target, "Target share of job or education in percent")
        ->check(number_between(0, 100))
        ->default_str("50");
    command.add_option("--decimals", o.decimals, "Decimals of shares in percent")
        ->check(whole_number(0, 4))
        ->default_str("0");
    command.add_flag("--ci", o.ci, "Show Wilson 95 % confidence intervals of shares");
    command.add_flag("--cohort", o.cohort, "Add the cohort view of courses that started in the period");
    command.add_option("--horizons", o.horizons, "Cohort horizons in months")
        ->delimiter(',')
        ->check(whole_number(1, 240))
        ->default_str("6,10,12,18");
    command.add_option("--max-caseload", o.max_caseload, "Flag consultants with more active courses")
        ->check(whole_number(0, 1000000))
        ->default_str("20");
    command
        .add_option("--suppress-below", o.suppress_below,
                    "Show counts under N as <N, and as x the cells that would reveal them")
        ->check(whole_number(0, 1000000))
        ->type_name("N");
}

}  // namespace

void add_outcome_figure_options(CLI::App& command, OutcomesOptions& options) {
    add_input_options(command, options);
    add_period_options(command, options);
    add_grouping_options(command, options);
    add_figure_options(command, options);
}

void add_outcomes_options(CLI::App& command, OutcomesOptions& options) {
    command.add_option("CASES.csv", options.cases, "The case extract (cases.csv, or a workbook .xlsx)")
        ->required();
    add_outcome_figure_options(command, options);
    add_several_periods_options(
        command, options,
        {command.get_option("--year"), command.get_option("--from"), command.get_option("--to")});
    command
        .add_option("--fail-under", options.fail_under, "Exit 3 when the job-or-education share is below PCT")
        ->check(number_between(0, 100))
        ->type_name("PCT");
    add_output_options(command, options.output);
}

outcomes::AggregationRules aggregation_rules(const OutcomesOptions& o) {
    outcomes::AggregationRules rules;
    if (o.year) {
        rules.period.from = days_from_civil(*o.year, 1, 1);
        rules.period.to = days_from_civil(*o.year, 12, 31);
    } else {
        rules.period.from = day_of(option_date(o.from, "--from"));
        rules.period.to = day_of(option_date(o.to, "--to"));
    }
    rules.as_of = day_of(option_date(o.as_of, "--as-of"));
    rules.cohort = o.cohort;
    if (o.cohort) rules.horizons_months = o.horizons;
    return rules;
}

readers::cases::CasesReadOptions read_options(const OutcomesOptions& o) {
    readers::cases::CasesReadOptions read;
    read.csv.encoding = o.encoding;
    read.csv.delimiter = o.delimiter;
    read.column_map = o.columns;
    read.sheet = o.sheet;
    read.header_row = o.header_row;
    read.keep_going = o.keep_going;
    read.threads = o.threads > 0 ? o.threads : default_threads();
    read.allow_identifiers = o.allow_identifiers;
    read.cluster_from_map = !o.clusters.empty();
    read.earliest_day = *day_of(option_date(o.earliest_date, "--earliest-date"));
    const auto latest = day_of(option_date(o.latest_date, "--latest-date"));
    read.latest_day = latest ? *latest : a_year_from_today();
    return read;
}

writers::reports::OutcomesReportOptions report_options(const OutcomesOptions& o,
                                                       const outcomes::OutcomeResult& result,
                                                       const readers::cases::CasesReadSummary& read) {
    writers::reports::OutcomesReportOptions report;
    report.lang = o.output.lang;
    report.decimals = o.decimals;
    report.ci = o.ci || writes_json(o.output);  // JSON always carries the intervals
    report.target = o.target / 100;
    report.suppress_below = o.suppress_below;
    report.max_caseload = o.max_caseload;
    const auto& period = result.rules.period;
    report.period_from = period.from ? iso(*period.from) : "…";
    report.period_to = period.to ? iso(*period.to) : "…";
    if (o.year)
        report.period_name = std::to_string(*o.year);
    else if (!period.is_everything())
        report.period_name = fmt::format("{} – {}", report.period_from, report.period_to);
    // An extract without courses has no latest date: say so rather than show 1970-01-01.
    const bool no_dates = result.as_of_from_data && result.total.stats.courses == 0;
    report.as_of = no_dates ? "—" : iso(result.as_of);
    report.as_of_from_data = result.as_of_from_data;
    if (const auto day = result.rules.capacity_day()) report.capacity_day = iso(*day);
    report.rows_read = read.rows;
    report.missing_columns = read.missing_columns;
    report.rows_with_errors = read.rows_with_errors;
    return report;
}

}  // namespace ipskit::cli
