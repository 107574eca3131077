// The closed-course tables: counts and shares by outcome, overall and by
// group, and the target. What is hidden, the shares, their intervals and
// the verdict come from outcomes::compute_figures; this file lays them out.

#include <array>

#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using outcomes::Outcome;
using outcomes::OutcomeResult;

namespace {

using outcomes::kAllColumn;
using outcomes::kClosedColumns;
using outcomes::kJobOrEducationColumn;

void add_ci_cells(std::vector<doc::Cell>& row, const outcomes::ShareFigure& share, long threshold) {
    for (const auto bound : {&stats::Interval::lower, &stats::Interval::upper})
        row.push_back(share.hidden() ? hidden_cell(share.mark, threshold)
                      : share.ci     ? doc::Cell::of_percent((*share.ci).*bound, 1)
                                     : doc::Cell::blank());
}

doc::Cell met_cell(const outcomes::ClosedRow& row, long threshold, Lang lang) {
    if (row.target_mark != outcomes::Mark::shown) return hidden_cell(row.target_mark, threshold);
    const auto met = row.target_met;
    return met ? doc::Cell::of_flag(*met, (*met ? kMet : kNotMet).in(lang)) : doc::Cell::blank();
}

// Days from start to job or education of the group; hidden with few
// courses or with the group's job or education.
void add_days_cells(std::vector<doc::Cell>& row, const outcomes::DaysFigure& days, long threshold) {
    row.push_back(count_cell(days.n, threshold));
    for (const auto& figure : {days.mean, days.median})
        row.push_back(days.n.hidden() ? hidden_cell(days.n.mark, threshold)
                      : figure        ? doc::Cell::of_number(*figure, 0)
                                      : doc::Cell::blank());
}

std::vector<std::string> closed_notes(const outcomes::OutcomeFigures& figures,
                                      const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    std::vector<std::string> notes;
    notes.push_back(o.period_name.empty() ? kNoPeriodRule.in(lang)
                                          : format_text(kPeriodRule.in(lang), date_text(o.period_from, lang),
                                                        date_text(o.period_to, lang)));
    const outcomes::CountFigure& closed = figures.closed.front().counts[kAllColumn];
    notes.push_back(format_text(counted(closed, kShareRuleOne, kShareRule).in(lang),
                                count_text(closed, o.suppress_below)));
    const long t = o.suppress_below;
    notes.push_back(format_text(kLeftOut.in(lang), count_text(figures.still_active, t),
                                count_text(figures.closed_before, t), count_text(figures.closed_after, t)));
    if (o.rows_with_errors > 0)
        notes.push_back(format_text(util::by_count(o.rows_with_errors, kErrorRow, kErrorRows).in(lang),
                                    o.rows_with_errors));
    notes.push_back(kRounding.in(lang));
    if (o.ci) notes.push_back(kCiNote.in(lang));
    if (o.suppress_below > 0) notes.push_back(suppression_note(o));
    return notes;
}

}  // namespace

std::string suppression_note(const OutcomesReportOptions& o) {
    return format_text(kSuppressed.in(o.lang), o.suppress_below);
}

doc::Table closed_table(const OutcomeResult&, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"closed_outcomes", kClosedTitle.in(lang), {}, {}, {}, closed_notes(figures, o)};
    table.columns = {{"outcome", kOutcome.in(lang)}, {"n", kCount.in(lang)}, {"share", kShare.in(lang)}};
    if (o.ci)
        table.columns.insert(table.columns.end(),
                             {{"share_ci_lower", kCiLower.in(lang)}, {"share_ci_upper", kCiUpper.in(lang)}});
    const outcomes::ClosedRow& total = figures.closed.front();
    auto add = [&](const std::string& id, const std::string& label, std::size_t column, bool is_total) {
        std::vector<doc::Cell> row = {doc::Cell::of_choice(id, label),
                                      count_cell(total.counts[column], o.suppress_below),
                                      share_cell(total.shares[column], o.suppress_below, o.decimals)};
        if (o.ci) add_ci_cells(row, total.shares[column], o.suppress_below);
        table.add_row(std::move(row), is_total);
    };
    for (Outcome outcome : outcomes::kOutcomes)
        add(outcome_id(outcome), outcome_name(outcome).in(lang), static_cast<std::size_t>(outcome), false);
    add("total", kTotal.in(lang), kAllColumn, true);
    add("job_or_education", kJobOrEducation.in(lang), kJobOrEducationColumn, false);
    return table;
}

doc::Table closed_by_group_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                                 const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"closed_outcomes_by_group", kClosedByGroupTitle.in(lang), {}, {}, {},
                     closed_notes(figures, o)};
    table.notes.insert(table.notes.begin(), kGroupTotals.in(lang));
    for (auto field : result.by) table.columns.push_back(group_column(field, result.attributes, lang));
    const std::array<const Text*, kClosedColumns> names = {&outcome_name(Outcome::job),
                                                           &outcome_name(Outcome::flexjob),
                                                           &outcome_name(Outcome::education),
                                                           &outcome_name(Outcome::other),
                                                           &kTotal,
                                                           &kJobOrEducation};
    const std::array<std::string, kClosedColumns> keys = {"job",   "flexjob", "education",
                                                          "other", "total",   "job_or_education"};
    for (std::size_t c = 0; c < kClosedColumns; ++c) {
        table.columns.push_back({keys[c], names[c]->in(lang)});
        if (c == kAllColumn) continue;
        table.columns.push_back({keys[c] + "_share", names[c]->in(lang) + " %"});
        if (o.ci)
            table.columns.insert(table.columns.end(), {{keys[c] + "_share_ci_lower", kCiLower.in(lang)},
                                                       {keys[c] + "_share_ci_upper", kCiUpper.in(lang)}});
    }
    table.columns.push_back({"target_met", kMetColumn.in(lang)});
    table.columns.insert(table.columns.end(), {{"days_n", kDaysN.in(lang)},
                                               {"days_mean", kMeanDays.in(lang)},
                                               {"days_median", kMedianDays.in(lang)}});

    table.key_columns = result.by.size();
    auto add = [&](const outcomes::GroupRow& group, std::size_t row_index, bool is_total) {
        std::vector<doc::Cell> row = group_key_cells(result, group, lang);
        const outcomes::ClosedRow& closed = figures.closed[row_index];
        for (std::size_t c = 0; c < kClosedColumns; ++c) {
            row.push_back(count_cell(closed.counts[c], o.suppress_below));
            if (c == kAllColumn) continue;
            row.push_back(share_cell(closed.shares[c], o.suppress_below, o.decimals));
            if (o.ci) add_ci_cells(row, closed.shares[c], o.suppress_below);
        }
        row.push_back(met_cell(closed, o.suppress_below, lang));
        add_days_cells(row, figures.days_to_outcome[row_index], o.suppress_below);
        table.add_row(std::move(row), is_total);
    };
    // A group with no course closed in the period would be a row of zeros
    // and blanks; its courses are counted in the notes as left out.
    long empty_groups = 0;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const auto& group = result.groups[i];
        const bool subtotal = group.key.size() < result.by.size();
        if (group.stats.closed.total() == 0) {
            empty_groups += subtotal ? 0 : 1;
            continue;
        }
        add(group, i + 1, subtotal);
    }
    if (empty_groups > 0)
        table.notes.push_back(
            format_text(util::by_count(empty_groups, kEmptyGroup, kEmptyGroups).in(lang), empty_groups));
    add(result.total, 0, true);
    return table;
}

doc::Table target_table(const OutcomeResult&, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const outcomes::ClosedRow& total = figures.closed.front();
    const outcomes::ShareFigure& share = total.shares[kJobOrEducationColumn];
    doc::Table table{"target", kTargetTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", kMeasure.in(lang)},
                     {"share", kShare.in(lang)},
                     {"target", kTarget.in(lang)},
                     {"result", kResult.in(lang)}};
    table.add_row({doc::Cell::of_choice("job_or_education", kJobOrEducation.in(lang)),
                   share_cell(share, o.suppress_below, o.decimals),
                   doc::Cell::of_percent(o.target, o.decimals), met_cell(total, o.suppress_below, lang)});
    if (!share.hidden())
        table.notes.push_back(
            format_text(util::by_count(total.counts[kAllColumn].n, kTargetRuleOne, kTargetRule).in(lang),
                        total.counts[kJobOrEducationColumn].n, total.counts[kAllColumn].n));
    return table;
}

}  // namespace ipskit::writers::reports
