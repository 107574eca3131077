#include "writers/reports/outcomes_periods_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_periods_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"
#include "writers/reports/referral_table.hpp"

namespace ipskit::writers::reports {

namespace pl = period_labels;

std::string period_text(const std::string& name, Lang lang) {
    std::string text = date_text(name, lang);
    if (lang == Lang::da && text.size() == 6 && text[4] == 'Q') text[4] = 'K';
    return text;
}

doc::Cell period_cell(const std::string& name, Lang lang) {
    return doc::Cell::of_choice(name, period_text(name, lang));
}

void add_group_cells(std::vector<doc::Cell>& row, const outcomes::GroupRow& group,
                     const std::vector<outcomes::GroupField>& by, Lang lang) {
    for (std::size_t f = 0; f < by.size(); ++f)
        row.push_back(f < group.key.size() && !group.key[f].empty() ? doc::Cell::of_text(group.key[f])
                      : f < group.key.size()  ? doc::Cell::undefined(group_value({}, by[f], lang))
                      : f == group.key.size() ? doc::Cell::undefined(kTotal.in(lang))
                                              : doc::Cell::blank());
}

std::string span_text(const PeriodsReport& report, Lang lang) {
    const auto& first = report.periods.front().name;
    const auto& last = report.periods.back().name;
    if (report.periods.size() == 1) return period_text(first, lang);
    return fmt::format(fmt::runtime(pl::kSpan.in(lang)), period_text(first, lang), period_text(last, lang));
}

namespace {

// The notes of one table over every period: a note every period shares
// once, the others behind the name of their period.
std::vector<std::string> stacked_notes(const std::vector<const doc::Table*>& tables,
                                       const PeriodsReport& report, Lang lang) {
    std::vector<std::string> notes;
    auto in_every = [&](const std::string& note) {
        return std::all_of(tables.begin(), tables.end(), [&](const doc::Table* t) {
            return std::find(t->notes.begin(), t->notes.end(), note) != t->notes.end();
        });
    };
    for (const std::string& note : tables.front()->notes)
        if (in_every(note)) notes.push_back(note);
    for (std::size_t p = 0; p < tables.size(); ++p)
        for (const std::string& note : tables[p]->notes)
            if (!in_every(note))
                notes.push_back(fmt::format(fmt::runtime(pl::kPeriodNote.in(lang)),
                                            period_text(report.periods[p].name, lang), note));
    return notes;
}

// The same table of every period as one, a period column first.
doc::Table stacked_table(const std::vector<const doc::Table*>& tables, const PeriodsReport& report,
                         Lang lang) {
    doc::Table table = *tables.front();
    table.columns.insert(table.columns.begin(), {"period", pl::kPeriodColumn.in(lang)});
    table.rows.clear();
    table.total_rows.clear();
    for (std::size_t p = 0; p < tables.size(); ++p)
        for (std::size_t r = 0; r < tables[p]->rows.size(); ++r) {
            std::vector<doc::Cell> row{period_cell(report.periods[p].name, lang)};
            row.insert(row.end(), tables[p]->rows[r].begin(), tables[p]->rows[r].end());
            table.add_row(std::move(row), r < tables[p]->total_rows.size() && tables[p]->total_rows[r]);
        }
    table.notes = stacked_notes(tables, report, lang);
    // The period is part of a row's group, so that JSON keeps one object per group and period.
    if (table.key_columns > 0) ++table.key_columns;
    // What the workbook draws from the table's columns moves with them.
    if (table.colour_scale) {
        ++table.colour_scale->first_column;
        ++table.colour_scale->last_column;
    }
    for (auto& chart : table.charts) {
        ++chart.category_column;
        for (auto& column : chart.value_columns) ++column;
        if (chart.series_by) ++*chart.series_by;  // the period is part of a row's group
    }
    return table;
}

std::vector<const doc::Table*> tables_named(const std::vector<doc::Document>& documents,
                                            const std::string& id) {
    std::vector<const doc::Table*> found;
    for (const auto& document : documents)
        for (const auto& block : document.blocks)
            if (const auto* t = std::get_if<doc::Table>(&block); t && t->id == id) found.push_back(t);
    return found;
}

void add_trend_row(doc::Table& table, const PeriodsReport& report, std::size_t p, std::size_t row,
                   const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& result = report.results[p];
    const auto& group = row == 0 ? result.total : result.groups[row - 1];
    const outcomes::TrendCell& cell = report.trend.cells[p][row];
    std::vector<doc::Cell> cells;
    add_group_cells(cells, group, result.by, lang);
    cells.push_back(period_cell(report.periods[p].name, lang));
    const long t = o.suppress_below;
    cells.insert(cells.end(), {count_cell(cell.started, t), count_cell(cell.closed, t),
                               count_cell(cell.job_or_education, t), share_cell(cell.share, t, o.decimals),
                               count_cell(cell.active_at_end, t)});
    table.add_row(std::move(cells), row == 0 || group.key.size() < result.by.size());
}

}  // namespace

doc::Table trend_table(const PeriodsReport& report) {
    const OutcomesReportOptions& o = report.options.front();
    const Lang lang = o.lang;
    const auto& by = report.results.front().by;
    doc::Table table{"trend", pl::kTrendTitle.in(lang), {}, {}, {}, {}};
    // The group first, then its periods: a group's trend reads down the rows.
    for (auto field : by)
        table.columns.push_back(group_column(field, report.results.front().attributes, lang));
    table.columns.push_back({"period", pl::kPeriodColumn.in(lang)});
    table.columns.insert(table.columns.end(), {{"started", pl::kStarted.in(lang)},
                                               {"closed", pl::kClosed.in(lang)},
                                               {"job_or_education", kJobOrEducation.in(lang)},
                                               {"job_or_education_share", pl::kJobOrEducationShare.in(lang)},
                                               {"active_at_end", pl::kActiveAtEnd.in(lang)}});
    // Group after group, each with its periods in order, so that a group's
    // trend reads down the rows; the overall total last.
    const std::size_t groups = report.results.front().groups.size();
    for (std::size_t row = 1; row <= groups; ++row)
        for (std::size_t p = 0; p < report.periods.size(); ++p) add_trend_row(table, report, p, row, o);
    for (std::size_t p = 0; p < report.periods.size(); ++p) add_trend_row(table, report, p, 0, o);
    if (!by.empty()) table.key_columns = by.size() + 1;  // the group and the period
    // The workbook draws each group's share over the periods, as a report's trend chart does.
    doc::SheetChart chart{doc::SheetChart::Kind::line,
                          pl::kShareTrendTitle.in(lang),
                          by.size(),
                          {by.size() + 4},
                          pl::kJobOrEducationShare.in(lang)};
    chart.series_by = by.size();
    table.charts.push_back(std::move(chart));
    table.notes = {pl::kTrendCounts.in(lang), pl::kTrendShare.in(lang)};
    if (groups > 0) table.notes.push_back(pl::kTrendOrder.in(lang));
    if (o.suppress_below > 0) table.notes.push_back(suppression_note(o));
    return table;
}

doc::Document period_document(const PeriodsReport& report, std::size_t p) {
    doc::Document document = build_outcomes_report(report.results[p], report.figures[p], report.options[p]);
    // Every period gets the table when one has a path, so that the stack has each period's rows.
    if (!report.referrals.empty())
        document.blocks.emplace_back(
            referral_table(report.referrals[p], report.referral_figures[p], report.options[p]));
    return document;
}

doc::Document build_outcomes_periods_report(const PeriodsReport& report) {
    const Lang lang = report.options.front().lang;
    std::vector<doc::Document> documents;
    for (std::size_t p = 0; p < report.periods.size(); ++p) documents.push_back(period_document(report, p));
    doc::Document document{
        "outcomes", kTitle.in(lang) + " " + span_text(report, lang), documents.front().facts, {}};
    std::vector<std::string> names, shown;
    for (const auto& period : report.periods) {
        names.push_back(period.name);
        shown.push_back(period_text(period.name, lang));
    }
    for (auto& fact : document.facts)
        if (fact.key == "period")
            fact.value = doc::Cell::of_choice(names.front() + ".." + names.back(), span_text(report, lang));
    document.facts.insert(document.facts.begin() + 1,
                          {"periods", pl::kPeriods.in(lang),
                           doc::Cell::of_choice(fmt::format("{}", fmt::join(names, ",")),
                                                fmt::format("{}", fmt::join(shown, ", ")))});
    document.blocks.emplace_back(trend_table(report));
    if (report.has_targets) {
        document.blocks.emplace_back(targets_table(report));
        for (auto& block : below_target_words(report)) document.blocks.push_back(std::move(block));
    }
    for (const auto& block : documents.front().blocks) {
        const auto* first = std::get_if<doc::Table>(&block);
        if (!first) continue;
        const auto tables = tables_named(documents, first->id);
        // A table some period lacks (no consultant active then) is left out of the stack.
        if (tables.size() == documents.size())
            document.blocks.emplace_back(stacked_table(tables, report, lang));
    }
    return document;
}

}  // namespace ipskit::writers::reports
