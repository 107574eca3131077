#include "writers/outcomes_report.hpp"

#include <fmt/format.h>

#include "writers/outcomes_labels.hpp"
#include "writers/outcomes_report_parts.hpp"

namespace ipskit::doc {

namespace labels = outcome_labels;
using outcomes::GroupField;
using outcomes::Outcome;

const Text& outcome_labels::outcome(Outcome o) {
    static const Text names[] = {{"Ordinary job", "Ordinært job"},
                                 {"Flexjob", "Fleksjob"},
                                 {"Education", "Uddannelse"},
                                 {"Other", "Andet"}};
    return names[static_cast<std::size_t>(o)];
}

const Text& outcome_labels::group_field(GroupField f) {
    static const Text names[] = {{"Site", "Kommune/team"},
                                 {"Cluster", "Klynge"},
                                 {"Target group", "Målgruppe"},
                                 {"Consultant", "Konsulent"},
                                 {"Year closed", "Afslutningsår"}};
    return names[static_cast<std::size_t>(f)];
}

namespace outcome_parts {

std::string format_text(const std::string& pattern, long a, long b, long c) {
    return fmt::format(fmt::runtime(pattern), a, b, c);
}

std::string format_text(const std::string& pattern, const std::string& a, const std::string& b) {
    return fmt::format(fmt::runtime(pattern), a, b);
}

std::string group_value(const std::string& value, GroupField field, Lang lang) {
    if (!value.empty()) return value;
    return (field == GroupField::year ? labels::kStillActive : labels::kNotGiven).in(lang);
}

Cell count_cell(long n, bool hidden, long threshold) {
    return hidden ? Cell::hidden("<" + std::to_string(threshold)) : Cell::of_int(n);
}

Cell share_cell(long n, long of, bool hidden, long threshold, int decimals) {
    if (hidden) return Cell::hidden("<" + std::to_string(threshold));
    if (of == 0) return Cell::blank();
    return Cell::of_percent(static_cast<double>(n) / static_cast<double>(of), decimals);
}

}  // namespace outcome_parts

namespace {

std::vector<Fact> facts(const outcomes::OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    std::vector<Fact> list = {
        {"period", labels::kPeriod.in(lang),
         Cell::of_text(o.period_name.empty() ? labels::kAllClosed.in(lang) : o.period_name)},
        {"as_of", labels::kAsOf.in(lang), Cell::of_text(o.as_of)},
        {"as_of_source", labels::kAsOfSource.in(lang),
         Cell::of_text((o.as_of_from_data ? labels::kLatestDate : labels::kAsOfOption).in(lang))},
        {"courses", labels::kCoursesRead.in(lang), Cell::of_int(result.total.stats.courses)},
        {"rows_with_errors", labels::kRowsWithErrors.in(lang), Cell::of_int(o.rows_with_errors)},
        {"target", labels::kTarget.in(lang), Cell::of_percent(o.target, o.decimals)}};
    return list;
}

}  // namespace

Document build_outcomes_report(const outcomes::OutcomeResult& result, const OutcomesReportOptions& options) {
    using namespace outcome_parts;
    const Lang lang = options.lang;
    Document document{"outcomes", labels::kTitle.in(lang), facts(result, options), {}};
    if (!options.period_name.empty()) document.title += " " + options.period_name;
    document.blocks.emplace_back(closed_table(result, options));
    if (!result.by.empty()) document.blocks.emplace_back(closed_by_group_table(result, options));
    document.blocks.emplace_back(target_table(result, options));
    document.blocks.emplace_back(time_table(result, options));
    if (result.rules.cohort) document.blocks.emplace_back(cohort_table(result, options));
    document.blocks.emplace_back(capacity_table(result, options));
    if (!result.caseloads.empty()) document.blocks.emplace_back(caseload_table(result, options));
    return document;
}

}  // namespace ipskit::doc
