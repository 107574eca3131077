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
#include "cli/outcome_grouping.hpp"
#include "cli/outcomes_options.hpp"
#include "cli/outcomes_periods.hpp"
#include "cli/referral_path.hpp"
#include "domain/collation.hpp"
#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "readers/cases/reader.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::cli {

// " in 2020", " from 2020-01-01 to 2020-06-30", or nothing for the whole extract.
std::string period_words(const writers::reports::OutcomesReportOptions& report) {
    if (report.period_name.empty()) return "";
    const bool danish = util::message_language() == util::MessageLanguage::da;
    if (report.period_from == "…" || report.period_to == "…" || report.period_name.size() == 4)
        return util::tr(" in ", " i ") + date_for_reader(report.period_name, danish);
    return fmt::format(fmt::runtime(util::tr(" from {} to {}", " fra {} til {}")),
                       date_for_reader(report.period_from, danish),
                       date_for_reader(report.period_to, danish));
}

namespace {

std::string message_date(outcomes::DayNumber day) {
    const Date date = civil_from_days(day);
    return util::message_language() == util::MessageLanguage::da ? date.to_danish() : date.to_iso();
}

}  // namespace

// An as-of date taken from the data moves every active course's follow-up;
// when one row alone puts it far past the rest, that row is likely mistyped.
void warn_if_as_of_stands_alone(const outcomes::OutcomeResult& result,
                                const readers::cases::CasesReadSummary& read, const std::string& file) {
    if (!result.as_of_from_data || !read.latest.stands_alone()) return;
    // A workbook's row is named by its first cell, as the reader names places.
    const util::Location where =
        read.sheet.empty()
            ? util::Location{file, read.latest.line, 0}
            : util::Location{fmt::format("{}:{}!A{}", file, read.sheet, read.latest.line), 0, 0};
    const std::string what =
        fmt::format(fmt::runtime(util::tr(
                        "the as-of date {} rests on this row alone; no other row has a date after {}",
                        "opgørelsesdatoen {} hviler på denne række alene; ingen anden række har en dato "
                        "efter {}")),
                    message_date(*read.latest.latest), message_date(*read.latest.runner_up));
    const std::string fix =
        util::tr("check the row's dates, or give --as-of", "tjek rækkens datoer, eller angiv --as-of");
    std::cerr << util::format_warning({where, what, fix}) << '\n';
}

namespace {

// A report of an empty period is easily taken for a bad year; say so.
void warn_if_nothing_closed(const outcomes::OutcomeResult& result, const std::string& period) {
    if (result.total.stats.closed.total() > 0) return;
    const long courses = result.total.stats.courses;
    const std::string what = fmt::format(
        fmt::runtime(util::by_count(courses,
                                    util::tr("no course of the extract closed{} ({} course read)",
                                             "intet forløb i udtrækket blev afsluttet{} ({} forløb læst)"),
                                    util::tr("no course of the extract closed{} ({} courses read)",
                                             "intet forløb i udtrækket blev afsluttet{} ({} forløb læst)"))),
        period, courses);
    const std::string fix =
        util::tr("check the period (--year, --from, --to) against the extract's end dates",
                 "tjek perioden (--year, --from, --to) mod udtrækkets slutdatoer");
    std::cerr << util::format_warning({util::Location{"ipskit", 0, 0}, what, fix}) << '\n';
}

}  // namespace

// Spellings that differ only in case were counted as one group: say which,
// so that a user who meant two groups can correct the extract.
void warn_merged_spellings(const outcomes::OutcomeResult& result, const std::string& file, Lang lang) {
    for (const auto& merged : result.merged_spellings) {
        std::vector<std::string> others;
        for (const auto& other : merged.others) others.push_back('"' + quoted_value(other) + '"');
        const std::string shown = '"' + quoted_value(merged.shown) + '"';
        const std::string what = fmt::format(
            fmt::runtime(util::tr("{} {} and {} differ only in upper and lower case and are counted as one "
                                  "group, shown as {}",
                                  "{} {} og {} er kun forskellige i store og små bogstaver og tælles som én "
                                  "gruppe, vist som {}")),
            fold_case(writers::reports::group_field_name(merged.field, result.attributes).in(lang)), shown,
            fmt::join(others, util::tr(" and ", " og ")), shown);
        const std::string fix =
            util::tr("spell them alike in the extract, or differently if they are two groups",
                     "stav dem ens i udtrækket, eller forskelligt, hvis det er to grupper");
        std::cerr << util::format_warning({util::Location{file, 0, 0}, what, fix}) << '\n';
    }
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
            fmt::runtime(
                util::tr("ipskit: --fail-under {}: no course closed{}, so no share to hold against it\n",
                         "ipskit: --fail-under {}: intet forløb blev afsluttet{}, så der er ingen andel at "
                         "holde op mod den\n")),
            *percent, period);
    else
        std::cerr << fmt::format(
            fmt::runtime(util::by_count(
                closed.total(),
                util::tr(
                    "ipskit: {} of {} closed course ended in a job or education{}, under --fail-under {}%\n",
                    "ipskit: {} af {} afsluttet forløb endte i job eller uddannelse{}, under --fail-under "
                    "{} %\n"),
                util::tr(
                    "ipskit: {} of {} closed courses ended in a job or education{}, under --fail-under {}%\n",
                    "ipskit: {} af {} afsluttede forløb endte i job eller uddannelse{}, under --fail-under "
                    "{} %\n"))),
            closed.job_or_education(), closed.total(), period, *percent);
    return kThresholdNotMet;
}

namespace {

int run_outcomes(const OutcomesOptions& options) {
    if (has_several_periods(options) || !options.targets.empty()) return run_outcomes_periods(options);
    const OutcomeGrouping grouping = outcome_grouping(options);
    auto [mapped, read] = readers::cases::read_cases_summed(
        options.cases, read_options(options), outcome_and_referral_sums(options, grouping),
        [](const std::string& warning) { std::cerr << warning << '\n'; });
    const auto& sums = mapped.sum;
    const auto& sum = sums.outcomes;
    for (const auto& warning : read.column_warnings) std::cerr << warning << '\n';
    warn_identifiers_allowed(read.identifiers_allowed);
    warn_site_map(mapped.sites, grouping, options);
    const auto result = sum.finish(options.output.lang);
    const auto figures =
        outcomes::compute_figures(result, {options.target, options.suppress_below, options.max_caseload});
    const auto report = report_options(options, result, read);
    warn_merged_spellings(result, options.cases, options.output.lang);
    warn_if_as_of_stands_alone(result, read, options.cases);
    warn_if_nothing_closed(result, period_words(report));
    auto document = writers::reports::build_outcomes_report(result, figures, report);
    add_referral_path(document, sums.referrals, report);
    std::vector<std::string> inputs{options.cases};
    if (!options.clusters.empty()) inputs.push_back(options.clusters);
    write_outputs(document, options.output, inputs);
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
