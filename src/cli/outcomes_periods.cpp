// --years, --quarters and --period, and the run of `outcomes` over several
// periods: one pass over the extract adds each course to every period.

#include "cli/outcomes_periods.hpp"

#include <algorithm>
#include <charconv>
#include <iostream>
#include <optional>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/outcome_grouping.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/referral_figures.hpp"
#include "domain/outcomes/targets.hpp"
#include "domain/outcomes/trend_figures.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/settings/targets.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/reports/outcomes_periods_report.hpp"

namespace ipskit::cli {

namespace {

using util::tr;

// "A..B" as its two ends; a single value is both ends.
std::pair<std::string_view, std::string_view> ends_of(std::string_view text) {
    const auto dots = text.find("..");
    if (dots == std::string_view::npos) return {text, text};
    return {text.substr(0, dots), text.substr(dots + 2)};
}

std::optional<int> year_of(std::string_view text) {
    int year = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (error != std::errc() || end != text.data() + text.size() || text.size() != 4) return std::nullopt;
    if (year < 1900 || year > 2999) return std::nullopt;
    return year;
}

struct Quarter {
    int year = 0;
    int quarter = 0;
    int number() const { return year * 4 + quarter - 1; }
};

// "2021Q3", and as Danes write it, "2021K3" (kvartal); either letter in either case.
std::optional<Quarter> quarter_of(std::string_view text) {
    if (text.size() != 6) return std::nullopt;
    const auto year = year_of(text.substr(0, 4));
    const char letter = text[4];
    const char digit = text[5];
    if (!year || (letter != 'Q' && letter != 'q' && letter != 'K' && letter != 'k')) return std::nullopt;
    if (digit < '1' || digit > '4') return std::nullopt;
    return Quarter{*year, digit - '0'};
}

std::string too_many(long count) {
    return fmt::format(
        fmt::runtime(tr("{} periods are more than one run reports (at most {}); give a shorter range",
                        "{} perioder er flere, end én kørsel opgør (højst {}); angiv et kortere "
                        "interval")),
        count, outcomes::kMaxPeriods);
}

std::string check_years(const std::string& text) {
    const auto [first, last] = ends_of(text);
    const auto a = year_of(first), b = year_of(last);
    if (!a || !b)
        return fmt::format(
            fmt::runtime(tr("\"{}\" is not a range of years; write FIRST..LAST, e.g. 2020..2023",
                            "\"{}\" er ikke en række år; skriv FØRSTE..SIDSTE, fx 2020..2023")),
            quoted_value(text));
    if (*a > *b)
        return fmt::format(fmt::runtime(tr("{} comes after {}; give the first year first, e.g. {}..{}",
                                           "{} ligger efter {}; skriv det første år først, fx {}..{}")),
                           *a, *b, *b, *a);
    if (*b - *a + 1 > outcomes::kMaxPeriods) return too_many(*b - *a + 1);
    return {};
}

std::string check_quarters(const std::string& text) {
    const auto [first, last] = ends_of(text);
    const auto a = quarter_of(first), b = quarter_of(last);
    if (!a || !b)
        return fmt::format(
            fmt::runtime(tr("\"{}\" is not a range of quarters; write FIRST..LAST, e.g. 2021Q1..2023Q2",
                            "\"{}\" er ikke en række kvartaler; skriv FØRSTE..SIDSTE, fx 2021K1..2023K2 "
                            "(eller 2021Q1..2023Q2)")),
            quoted_value(text));
    if (a->number() > b->number())
        return fmt::format(fmt::runtime(tr("{} comes after {}; give the first quarter first",
                                           "{} ligger efter {}; skriv det første kvartal først")),
                           std::string(first), std::string(last));
    if (b->number() - a->number() + 1 > outcomes::kMaxPeriods) return too_many(b->number() - a->number() + 1);
    return {};
}

// --period FROM..TO: the two days, as --from and --to store them.
std::string take_period(std::string& text, std::string& from, std::string& to) {
    const auto [first, last] = ends_of(text);
    const bool has_dots = text.find("..") != std::string::npos;
    const auto a = readers::csv::parse_date(first), b = readers::csv::parse_date(last);
    if (!has_dots || a.problem || b.problem || !a.value || !b.value)
        return fmt::format(
            fmt::runtime(
                tr("\"{}\" is not a period; write FIRST..LAST day, e.g. 2020-08-01..2023-07-31",
                   "\"{}\" er ikke en periode; skriv FØRSTE..SIDSTE dag, fx 2020-08-01..2023-07-31")),
            quoted_value(text));
    if (a.value->to_iso() > b.value->to_iso())
        return fmt::format(fmt::runtime(tr("{} comes after {}; give the first day first",
                                           "{} ligger efter {}; skriv den første dag først")),
                           a.value->to_iso(), b.value->to_iso());
    from = a.value->to_iso();
    to = b.value->to_iso();
    text = from + ".." + to;
    return {};
}

}  // namespace

void add_several_periods_options(CLI::App& command, OutcomesOptions& o,
                                 const std::vector<CLI::Option*>& single) {
    auto* years =
        command
            .add_option(
                "--years", o.years,
                "Report each calendar year from FIRST to LAST, and the trend over them (e.g. 2020..2023)")
            ->check(CLI::Validator([](std::string& text) { return check_years(text); }, ""))
            ->type_name("FIRST..LAST");
    auto* quarters =
        command
            .add_option(
                "--quarters", o.quarters,
                "Report each quarter from FIRST to LAST, and the trend over them (e.g. 2021Q1..2023Q2)")
            ->check(CLI::Validator([](std::string& text) { return check_quarters(text); }, ""))
            ->type_name("FIRST..LAST");
    auto* period = command
                       .add_option("--period", o.period,
                                   "One period from its first to its last day, inclusive (e.g. "
                                   "2020-08-01..2023-07-31); the same as --from and --to")
                       ->transform(CLI::Validator(
                           [&o](std::string& text) { return take_period(text, o.from, o.to); }, ""))
                       ->type_name("FROM..TO");
    command
        .add_option("--targets", o.targets,
                    "Expected courses started per year and share targets per site or cluster (targets.yaml)")
        ->type_name("FILE");
    years->excludes(quarters)->excludes(period);
    quarters->excludes(period);
    for (CLI::Option* option : single) {
        years->excludes(option);
        quarters->excludes(option);
        period->excludes(option);
    }
}

bool has_several_periods(const OutcomesOptions& o) {
    return !o.years.empty() || !o.quarters.empty();
}

std::vector<outcomes::NamedPeriod> named_periods(const OutcomesOptions& o) {
    if (!has_several_periods(o)) {
        const auto period = aggregation_rules(o).period;
        // A yearly volume cannot be set against a period without ends.
        if (!period.from || !period.to)
            refuse_usage(tr("--targets needs a period with a first and a last day",
                            "--targets skal have en periode med en første og en sidste dag"),
                         tr("give --year, --years, --quarters, or --from and --to",
                            "angiv --year, --years, --quarters, eller --from og --to"));
        return {{o.year ? std::to_string(*o.year) : o.from + " – " + o.to, period}};
    }
    if (!o.years.empty()) {
        const auto [first, last] = ends_of(o.years);
        return outcomes::year_periods(*year_of(first), *year_of(last));
    }
    const auto [first, last] = ends_of(o.quarters);
    const Quarter a = *quarter_of(first), b = *quarter_of(last);
    return outcomes::quarter_periods(a.year, a.quarter, b.year, b.quarter);
}

namespace {

void warn_unmatched_targets(const outcomes::OutcomeResult& result, const outcomes::Targets& targets,
                            const std::string& file) {
    const auto unmatched = outcomes::unmatched_targets(result, targets);
    if (unmatched.empty()) return;
    std::vector<std::string> names;
    for (const auto& name : unmatched) names.push_back('"' + quoted_value(name) + '"');
    const std::string what =
        fmt::format(fmt::runtime(tr("no group of the extract is named {}, so its targets are not shown",
                                    "ingen gruppe i udtrækket hedder {}, så dens mål vises ikke")),
                    or_list(names));
    std::cerr << util::format_warning(
                     {util::Location{file, 0, 0}, what,
                      tr("spell the names as the extract does", "stav navnene, som udtrækket gør")})
              << '\n';
}

// The targets of targets.yaml against each period of the report.
void add_targets(writers::reports::PeriodsReport& report, const std::optional<outcomes::Targets>& read,
                 const OutcomesOptions& options) {
    if (!read) return;
    const outcomes::Targets& targets = *read;
    warn_unmatched_targets(report.results.front(), targets, options.targets);
    report.targets = outcomes::compute_target_figures(report.results, report.periods, report.trend, targets,
                                                      options.target);
    report.has_targets = true;
}

writers::doc::Document periods_document(const writers::reports::PeriodsReport& report) {
    if (report.periods.size() > 1) return writers::reports::build_outcomes_periods_report(report);
    // One period (--targets with --year or --from and --to): the usual report, then the targets.
    writers::doc::Document document = writers::reports::period_document(report, 0);
    document.blocks.emplace_back(writers::reports::targets_table(report));
    for (auto& block : writers::reports::below_target_words(report))
        document.blocks.push_back(std::move(block));
    return document;
}

}  // namespace

writers::reports::PeriodsReport periods_report(const OutcomesOptions& options) {
    const auto periods = named_periods(options);
    // A mistyped targets file is refused before the extract is read, which may take a while.
    std::optional<outcomes::Targets> targets;
    if (!options.targets.empty()) targets = readers::settings::read_targets(options.targets);
    const OutcomeGrouping grouping = outcome_grouping(options);
    auto [mapped, read] = readers::cases::read_cases_summed(
        options.cases, read_options(options),
        outcomes::MappedSum<outcomes::PeriodsAndReferrals>{
            grouping.sites, outcomes::PeriodsAndReferrals{aggregation_rules(options), periods, grouping.by,
                                                          grouping.attributes}},
        [](const std::string& warning) { std::cerr << warning << '\n'; });
    for (const auto& warning : read.column_warnings) std::cerr << warning << '\n';
    warn_identifiers_allowed(read.identifiers_allowed);
    warn_site_map(mapped.sites, grouping, options);
    writers::reports::PeriodsReport report{periods, mapped.sum.finish(options.output.lang), {}, {}, {}};
    for (std::size_t p = 0; p < periods.size(); ++p) {
        const auto& result = report.results[p];
        // A group's maximum in targets.yaml wins over --max-caseload.
        outcomes::FigureRules rules{options.target, options.suppress_below, options.max_caseload, {}};
        if (targets)
            rules.max_caseload_of_row = outcomes::max_caseloads(result, *targets, options.max_caseload);
        report.figures.push_back(outcomes::compute_figures(result, rules));
        report.options.push_back(report_options(options, result, read));
        if (has_several_periods(options)) report.options.back().period_name = periods[p].name;
    }
    report.trend = outcomes::compute_trend(report.results, report.figures, options.suppress_below);
    auto referrals = mapped.sum.finish_referrals(options.output.lang);
    if (std::any_of(referrals.begin(), referrals.end(), [](const auto& r) { return r.has_path; })) {
        for (const auto& period : referrals)
            report.referral_figures.push_back(
                outcomes::compute_referral_figures(period, options.suppress_below));
        report.referrals = std::move(referrals);
    }
    warn_merged_spellings(report.results.front(), options.cases, options.output.lang);
    warn_if_as_of_stands_alone(report.results.front(), read, options.cases);
    add_targets(report, targets, options);
    return report;
}

int run_outcomes_periods(const OutcomesOptions& options) {
    // One verdict needs one period; over several, which would it be?
    if (options.fail_under && has_several_periods(options))
        refuse_usage(tr("--fail-under judges one period, and --years or --quarters gives several",
                        "--fail-under bedømmer én periode, og --years eller --quarters giver flere"),
                     tr("give --year or --from and --to with it, or run once per period",
                        "brug --year eller --from og --to sammen med den, eller kør én gang pr. periode"));
    const writers::reports::PeriodsReport report = periods_report(options);
    std::vector<std::string> inputs{options.cases};
    if (!options.targets.empty()) inputs.push_back(options.targets);
    if (!options.clusters.empty()) inputs.push_back(options.clusters);
    write_outputs(periods_document(report), options.output, inputs);
    if (report.periods.size() > 1) return kOk;
    return threshold_status(report.results[0], options.fail_under, period_words(report.options[0]));
}

}  // namespace ipskit::cli
