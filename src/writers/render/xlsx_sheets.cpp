#include "writers/render/xlsx_sheets.hpp"

#include <algorithm>

namespace ipskit::writers::render {

namespace {

bool is_grouped(const doc::Table& t) {
    return !t.group_label.empty() && !t.columns.empty() && t.columns.front().key == "group";
}

bool joins(const doc::Table& grouped, const doc::Table& next) {
    if (!is_grouped(grouped) || next.group_label.empty() || grouped.columns.size() != next.columns.size() + 1)
        return false;
    for (std::size_t c = 0; c < next.columns.size(); ++c)
        if (grouped.columns[c + 1].key != next.columns[c].key) return false;
    return true;
}

void append_grouped_rows(doc::Table& grouped, const doc::Table& t) {
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        std::vector<doc::Cell> row{doc::Cell::of_text(t.title)};
        row.insert(row.end(), t.rows[r].begin(), t.rows[r].end());
        grouped.add_row(std::move(row), r < t.total_rows.size() && t.total_rows[r]);
    }
    grouped.notes.insert(grouped.notes.end(), t.notes.begin(), t.notes.end());
}

// `t` as the first of a run of tables written as one, each row led by the
// title of the table it came from; its column numbers move up by one.
doc::Table start_group(const doc::Table& t, const std::string& heading) {
    doc::Table g{t.id, heading.empty() ? t.title : heading, t.columns, {}, {}, {}, t.colour_scale};
    g.group_label = t.group_label;
    g.columns.insert(g.columns.begin(), {"group", t.group_label});
    if (g.colour_scale) {
        ++g.colour_scale->first_column;
        ++g.colour_scale->last_column;
    }
    g.charts = t.charts;
    for (auto& chart : g.charts) {
        ++chart.category_column;
        for (auto& c : chart.value_columns) ++c;
        if (chart.series_by) ++*chart.series_by;  // the table's title leads each row's group
    }
    append_grouped_rows(g, t);
    return g;
}

void add_to_plan(std::vector<SheetPlan>& plans, doc::Table t, const std::string& heading) {
    if (t.sheet.empty()) {
        plans.push_back({t.title, {std::move(t)}, false});
        return;
    }
    auto it = std::find_if(plans.begin(), plans.end(),
                           [&](const SheetPlan& p) { return p.shared && p.name == t.sheet; });
    if (it == plans.end()) it = plans.insert(plans.end(), SheetPlan{t.sheet, {}, true});
    if (t.group_label.empty())
        it->tables.push_back(std::move(t));
    else if (!it->tables.empty() && joins(it->tables.back(), t))
        append_grouped_rows(it->tables.back(), t);
    else
        it->tables.push_back(start_group(t, heading));
}

}  // namespace

std::vector<SheetPlan> plan_sheets(const doc::Document& document, const std::string& summary) {
    std::vector<SheetPlan> plans{{summary, {}, true}};
    std::string heading;
    for (const auto& block : document.blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) heading = h->text;
        if (const auto* table = std::get_if<doc::Table>(&block)) {
            doc::Table t = *table;
            if (t.title.empty()) t.title = heading;
            add_to_plan(plans, std::move(t), heading);
        }
    }
    return plans;
}

}  // namespace ipskit::writers::render
