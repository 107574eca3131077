// The outcomes tables by group (--by) after the closed courses: time from
// start, the cohort, capacity and caseloads, each row a group, each group
// followed by its subtotal, the overall total last. The figures and what
// suppression hides come from outcomes::compute_figures (by_group); this
// file lays them out.

#include "util/plural.hpp"
#include "writers/reports/outcomes_group_labels.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using outcomes::GroupRow;
using outcomes::OutcomeFigures;
using outcomes::OutcomeResult;
namespace labels = group_labels;

namespace {

bool is_subtotal(const OutcomeResult& result, const GroupRow& group) {
    return group.key.size() < result.by.size();
}

// A table whose first columns name the group, one per --by field.
doc::Table group_table(const OutcomeResult& result, std::string id, const Text& title, Lang lang) {
    doc::Table table{std::move(id), title.in(lang), {}, {}, {}, {kGroupTotals.in(lang)}};
    for (auto field : result.by) table.columns.push_back(group_column(field, result.attributes, lang));
    table.key_columns = result.by.size();
    return table;
}

doc::Cell days_cell(const outcomes::DaysFigure& days, std::optional<double> figure, long threshold) {
    if (days.n.hidden()) return hidden_cell(days.n.mark, threshold);
    return figure ? doc::Cell::of_number(*figure, 0) : doc::Cell::blank();
}

// n, mean, median and quartiles in days.
void add_days(std::vector<doc::Cell>& row, const outcomes::DaysFigure& days, long threshold) {
    row.push_back(count_cell(days.n, threshold));
    for (const auto& figure : {days.mean, days.median, days.q1, days.q3})
        row.push_back(days_cell(days, figure, threshold));
}

doc::Cell within_30_cell(const outcomes::DaysFigure& days, const OutcomesReportOptions& o) {
    if (days.n.hidden()) return hidden_cell(days.n.mark, o.suppress_below);
    if (days.within_30_mark != outcomes::Mark::shown)
        return hidden_cell(days.within_30_mark, o.suppress_below);
    return days.share_within_30 ? doc::Cell::of_percent(*days.share_within_30, o.decimals)
                                : doc::Cell::blank();
}

// "Øst / Køge", "Øst / Total", "Total": the group as a note names it.
std::string group_name(const OutcomeResult& result, const GroupRow& group, Lang lang) {
    std::string name;
    for (std::size_t f = 0; f <= group.key.size() && f < result.by.size(); ++f) {
        if (!name.empty()) name += " / ";
        name += f < group.key.size() ? group_value(group.key[f], result.by[f], lang) : kTotal.in(lang);
    }
    return name.empty() ? kTotal.in(lang) : name;
}

void add_empty_groups_note(doc::Table& table, long empty, const Text& one, const Text& many, Lang lang) {
    if (empty > 0) table.notes.push_back(format_text(util::by_count(empty, one, many).in(lang), empty));
}

}  // namespace

std::vector<doc::Cell> group_key_cells(const OutcomeResult& result, const GroupRow& group, Lang lang) {
    std::vector<doc::Cell> row;
    for (std::size_t f = 0; f < result.by.size(); ++f)
        row.push_back(f < group.key.size() && !group.key[f].empty() ? doc::Cell::of_text(group.key[f])
                      : f < group.key.size()  ? doc::Cell::undefined(group_value({}, result.by[f], lang))
                      : f == group.key.size() ? doc::Cell::undefined(kTotal.in(lang))
                                              : doc::Cell::blank());
    return row;
}

doc::Table time_by_group_table(const OutcomeResult& result, const OutcomeFigures& figures,
                               const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table = group_table(result, "time_from_start_by_group", labels::kTimeTitle, lang);
    table.columns.insert(table.columns.end(),
                         {{"job_or_education_n", labels::kOutcomeN.in(lang)},
                          {"job_or_education_mean_days", kMeanDays.in(lang)},
                          {"job_or_education_median_days", kMedianDays.in(lang)},
                          {"job_or_education_q1_days", kQ1Days.in(lang)},
                          {"job_or_education_q3_days", kQ3Days.in(lang)},
                          {"contact_n", labels::kContactN.in(lang)},
                          {"contact_mean_days", labels::kContactMean.in(lang)},
                          {"contact_median_days", labels::kContactMedian.in(lang)},
                          {"contact_q1_days", labels::kContactQ1.in(lang)},
                          {"contact_q3_days", labels::kContactQ3.in(lang)},
                          {"contact_within_30_days", labels::kContactWithin30.in(lang)}});
    auto add = [&](const GroupRow& group, std::size_t row_index, bool is_total) {
        std::vector<doc::Cell> row = group_key_cells(result, group, lang);
        add_days(row, figures.days_to_outcome[row_index], o.suppress_below);
        const auto& contact = figures.by_group.days_to_contact[row_index];
        add_days(row, contact, o.suppress_below);
        row.push_back(within_30_cell(contact, o));
        table.add_row(std::move(row), is_total);
    };
    // As in the closed-course table: a group with no course closed is left out.
    long empty = 0;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const GroupRow& group = result.groups[i];
        if (group.stats.closed.total() == 0) {
            empty += is_subtotal(result, group) ? 0 : 1;
            continue;
        }
        add(group, i + 1, is_subtotal(result, group));
    }
    add(result.total, 0, true);
    table.notes.push_back(labels::kTimeRule.in(lang));
    table.notes.push_back(kTimeMethod.in(lang));
    add_empty_groups_note(table, empty, kEmptyGroup, kEmptyGroups, lang);
    if (o.suppress_below > 0) table.notes.push_back(suppression_note(o));
    return table;
}

doc::Table cohort_by_group_table(const OutcomeResult& result, const OutcomeFigures& figures,
                                 const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const long t = o.suppress_below;
    doc::Table table = group_table(result, "cohort_by_group", labels::kCohortTitle, lang);
    table.columns.insert(table.columns.end(), {{"courses", labels::kStarted.in(lang)},
                                               {"months", kMonths.in(lang)},
                                               {"days", kDays.in(lang)},
                                               {"cumulative_share", kCumulative.in(lang)},
                                               {"at_risk", kAtRisk.in(lang)},
                                               {"full_follow_up", kFullFollowUp.in(lang)},
                                               {"full_follow_up_share", kFullShare.in(lang)}});
    // One row per horizon, each naming its group, so that a filter on a
    // group in a spreadsheet keeps all of them.
    std::vector<std::string> undefined;  // why a cumulative share is blank
    auto add = [&](const GroupRow& group, std::size_t row_index, bool is_total) {
        const auto& rows = figures.by_group.cohort[row_index];
        for (std::size_t h = 0; h < group.cohort.size(); ++h) {
            std::vector<doc::Cell> row = group_key_cells(result, group, lang);
            const auto& f = group.cohort[h];
            row.insert(row.end(), {count_cell(figures.by_group.cohort_courses[row_index], t),
                                   doc::Cell::of_int(f.months), doc::Cell::of_int(f.days),
                                   share_cell(rows[h].cumulative, t, o.decimals),
                                   count_cell(rows[h].at_risk, t), count_cell(rows[h].full_follow_up, t),
                                   share_cell(rows[h].full_follow_up_share, t, o.decimals)});
            table.add_row(std::move(row), is_total);
            if (rows[h].cumulative.hidden() || f.cumulative.value) continue;
            undefined.push_back(format_text(labels::kCohortUndefined.in(lang),
                                            group_name(result, group, lang), std::to_string(f.months),
                                            f.cumulative.undefined_reason.in(lang)));
        }
    };
    long empty = 0;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const GroupRow& group = result.groups[i];
        if (group.stats.cohort.courses() == 0) {
            empty += is_subtotal(result, group) ? 0 : 1;
            continue;
        }
        add(group, i + 1, is_subtotal(result, group));
    }
    add(result.total, 0, true);
    table.notes.push_back(format_text(kCohortMethod.in(lang), date_text(o.as_of, lang)));
    table.notes.push_back(kFullFollowUpRule.in(lang));
    add_empty_groups_note(table, empty, labels::kNoCohortGroup, labels::kNoCohortGroups, lang);
    if (t > 0) table.notes.push_back(suppression_note(o));
    table.notes.insert(table.notes.end(), undefined.begin(), undefined.end());
    return table;
}

doc::Table capacity_by_group_table(const OutcomeResult& result, const OutcomeFigures& figures,
                                   const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const long t = o.suppress_below;
    const auto& g = figures.by_group;
    doc::Table table = group_table(result, "capacity_by_group", labels::kCapacityTitle, lang);
    table.columns.insert(table.columns.end(), {{"active_courses", kActiveCourses.in(lang)},
                                               {"in_aftercare", kInAftercare.in(lang)},
                                               {"without_consultant", labels::kWithoutConsultant.in(lang)},
                                               {"consultants", labels::kConsultants.in(lang)},
                                               {"mean_caseload", labels::kMeanCaseload.in(lang)}});
    auto add = [&](const GroupRow& group, std::size_t r, bool is_total) {
        std::vector<doc::Cell> row = group_key_cells(result, group, lang);
        const auto& mean = g.mean_caseload[r];
        row.insert(row.end(), {count_cell(g.active[r], t), count_cell(g.aftercare[r], t),
                               count_cell(g.without_consultant[r], t), doc::Cell::of_int(g.consultants[r]),
                               mean.mark != outcomes::Mark::shown ? hidden_cell(mean.mark, t)
                               : mean.value                       ? doc::Cell::of_number(*mean.value, 1)
                                                                  : doc::Cell::blank()});
        table.add_row(std::move(row), is_total);
    };
    // Every group, none left out: no active course is a figure of capacity.
    for (std::size_t i = 0; i < result.groups.size(); ++i)
        add(result.groups[i], i + 1, is_subtotal(result, result.groups[i]));
    add(result.total, 0, true);
    table.notes.push_back(o.capacity_day.empty()
                              ? kCapacityOpenRule.in(lang)
                              : format_text(kCapacityRule.in(lang), date_text(o.capacity_day, lang)));
    table.notes.push_back(labels::kCapacityGroupRule.in(lang));
    if (t > 0) table.notes.push_back(suppression_note(o));
    return table;
}

// Each consultant under the groups of the full breakdown where they have
// courses, with their active ones there; no subtotals (the capacity table holds them).
doc::Table caseload_by_group_table(const OutcomeResult& result, const OutcomeFigures& figures,
                                   const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const long t = o.suppress_below;
    doc::Table table = group_table(result, "caseloads", labels::kCaseloadTitle, lang);
    table.notes.clear();
    // Grouped by consultant, the key columns already name each row's
    // consultant; a second column would say it again (and repeat the key).
    const bool keyed_by_consultant = result.grouped_by(outcomes::GroupField::consultant);
    if (!keyed_by_consultant) table.columns.push_back({"consultant", kConsultant.in(lang)});
    table.columns.push_back({"active", kActiveCourses.in(lang)});
    // With maxima from targets.yaml each row says which one it was judged by.
    const bool own_max = figures.max_caseload_by_group;
    if (own_max) table.columns.push_back({"max_caseload", kMaxCaseload.in(lang)});
    table.columns.push_back({"above_max", kAboveMax.in(lang)});
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const GroupRow& group = result.groups[i];
        if (is_subtotal(result, group)) continue;
        for (std::size_t c = 0; c < group.caseloads.size(); ++c) {
            const auto& load = figures.by_group.caseloads[i + 1][c];
            std::vector<doc::Cell> row = group_key_cells(result, group, lang);
            if (!keyed_by_consultant) row.push_back(doc::Cell::of_text(group.caseloads[c].consultant));
            row.push_back(count_cell(load.active, t));
            if (own_max) row.push_back(doc::Cell::of_int(load.max));
            row.insert(
                row.end(),
                {!load.above_max || load.active.hidden()
                     ? hidden_cell(load.active.mark, t)
                     : doc::Cell::of_flag(*load.above_max, *load.above_max ? kYes.in(lang) : std::string())});
            table.add_row(std::move(row));
        }
    }
    table.notes.push_back(
        format_text((own_max ? counted(figures.without_consultant, kCaseloadGroupRuleOne, kCaseloadGroupRule)
                             : counted(figures.without_consultant, kCaseloadRuleOne, kCaseloadRule))
                        .in(lang),
                    std::to_string(o.max_caseload), count_text(figures.without_consultant, t)));
    const long several = figures.by_group.consultants_in_several_groups;
    add_empty_groups_note(table, several, labels::kSeveralGroupsOne, labels::kSeveralGroups, lang);
    if (!o.capacity_day.empty())
        table.notes.push_back(format_text(kCapacityRule.in(lang), date_text(o.capacity_day, lang)));
    if (t > 0) table.notes.push_back(suppression_note(o));
    return table;
}

}  // namespace ipskit::writers::reports
