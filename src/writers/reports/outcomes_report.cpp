#include "writers/reports/outcomes_report.hpp"

#include <fmt/format.h>

#include "domain/date.hpp"
#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using outcomes::GroupField;
using outcomes::Outcome;

const Text& outcome_name(Outcome o) {
    static const Text names[] = {{"Ordinary job", "Ordinært job"},
                                 {"Flexjob", "Fleksjob"},
                                 {"Education", "Uddannelse"},
                                 {"Other", "Andet"}};
    return names[static_cast<std::size_t>(o)];
}

std::string outcome_id(Outcome o) {
    static const char* ids[] = {"ordinary_job", "flexjob", "education", "other"};
    return ids[static_cast<std::size_t>(o)];
}

Text group_field_name(GroupField f, const std::vector<std::string>& attributes) {
    if (outcomes::attribute_number(f) >= 0) {
        const std::string name = outcomes::group_field_key(f, attributes);
        return {name, name};
    }
    static const Text names[] = {{"Site", "Sted"},
                                 {"Cluster", "Klynge"},
                                 {"Target group", "Målgruppe"},
                                 {"Consultant", "Konsulent"},
                                 {"Year closed", "Afslutningsår"}};
    return names[static_cast<std::size_t>(f)];
}

std::string format_text(const std::string& pattern, long a, long b, long c) {
    return fmt::format(fmt::runtime(pattern), a, b, c);
}

std::string format_text(const std::string& pattern, const std::string& a, const std::string& b,
                        const std::string& c) {
    return fmt::format(fmt::runtime(pattern), a, b, c);
}

doc::Column group_column(GroupField field, const std::vector<std::string>& attributes, Lang lang) {
    return {outcomes::group_field_key(field, attributes), group_field_name(field, attributes).in(lang)};
}

std::string group_value(const std::string& value, GroupField field, Lang lang) {
    if (!value.empty()) return value;
    return (field == GroupField::year ? kStillActive : kNotGiven).in(lang);
}

std::string marker(outcomes::Mark mark, long threshold) {
    return mark == outcomes::Mark::small ? "<" + std::to_string(threshold) : std::string(kProtectingMarker);
}

doc::Cell hidden_cell(outcomes::Mark mark, long threshold) {
    return doc::Cell::hidden(marker(mark, threshold));
}

std::string date_text(const std::string& text, Lang lang) {
    return date_for_reader(text, lang == Lang::da);
}

const Text& counted(const outcomes::CountFigure& count, const Text& one, const Text& many) {
    return count.hidden() ? many : util::by_count(count.n, one, many);
}

std::string count_text(const outcomes::CountFigure& count, long threshold) {
    return count.hidden() ? marker(count.mark, threshold) : std::to_string(count.n);
}

doc::Cell count_cell(const outcomes::CountFigure& count, long threshold) {
    return count.hidden() ? hidden_cell(count.mark, threshold) : doc::Cell::of_int(count.n);
}

doc::Cell share_cell(const outcomes::ShareFigure& share, long threshold, int decimals) {
    if (share.hidden()) return hidden_cell(share.mark, threshold);
    return share.value ? doc::Cell::of_percent(*share.value, decimals) : doc::Cell::blank();
}

namespace {

std::vector<doc::Fact> facts(const outcomes::OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    std::vector<doc::Fact> list = {
        {"period", kPeriod.in(lang),
         o.period_name.empty() ? doc::Cell::of_choice("all", kAllClosed.in(lang))
                               : doc::Cell::of_date(o.period_name)},
        {"as_of", kAsOf.in(lang), doc::Cell::of_date(o.as_of)},
        {"as_of_source", kAsOfSource.in(lang),
         doc::Cell::of_choice(o.as_of_from_data ? "latest_date_in_extract" : "as_of_option",
                              (o.as_of_from_data ? kLatestDate : kAsOfOption).in(lang))},
        {"rows_read", kRowsRead.in(lang), doc::Cell::of_int(o.rows_read)},
        {"courses", kCoursesRead.in(lang), doc::Cell::of_int(result.total.stats.courses)},
        {"rows_with_errors", kRowsWithErrors.in(lang), doc::Cell::of_int(o.rows_with_errors)},
        {"target", kTarget.in(lang), doc::Cell::of_percent(o.target, o.decimals)}};
    // What the report cannot show, where a reader of the report looks first.
    if (!o.missing_columns.empty())
        list.push_back({"missing_columns", kMissingColumns.in(lang),
                        doc::Cell::of_text(fmt::format("{}", fmt::join(o.missing_columns, ", ")))});
    return list;
}

}  // namespace

doc::Document build_outcomes_report(const outcomes::OutcomeResult& result,
                                    const outcomes::OutcomeFigures& figures,
                                    const OutcomesReportOptions& options) {
    const Lang lang = options.lang;
    doc::Document document{"outcomes", kTitle.in(lang), facts(result, options), {}};
    if (!options.period_name.empty()) document.title += " " + date_text(options.period_name, lang);
    document.blocks.emplace_back(closed_table(result, figures, options));
    if (!result.by.empty()) document.blocks.emplace_back(closed_by_group_table(result, figures, options));
    document.blocks.emplace_back(target_table(result, figures, options));
    document.blocks.emplace_back(time_table(result, figures, options));
    const bool by = !result.by.empty();
    if (by) document.blocks.emplace_back(time_by_group_table(result, figures, options));
    if (result.rules.cohort) document.blocks.emplace_back(cohort_table(result, figures, options));
    if (result.rules.cohort && by)
        document.blocks.emplace_back(cohort_by_group_table(result, figures, options));
    document.blocks.emplace_back(capacity_table(result, figures, options));
    if (by) document.blocks.emplace_back(capacity_by_group_table(result, figures, options));
    if (!result.caseloads.empty())
        document.blocks.emplace_back(by ? caseload_by_group_table(result, figures, options)
                                        : caseload_table(result, figures, options));
    return document;
}

}  // namespace ipskit::writers::reports
