#include "writers/render/xlsx_charts.hpp"

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

namespace ipskit::writers::render {

namespace {

// A chart over the table's rows up to its first total row, so that the
// total does not stand as one more bar.
bool plain_chart(const ChartSheet& sheet, const doc::Table& t, const Placement& at,
                 const doc::SheetChart& spec, lxw_row_t row, lxw_col_t col) {
    std::size_t rows = 0;
    while (rows < t.rows.size() && !(rows < t.total_rows.size() && t.total_rows[rows])) ++rows;
    if (rows == 0 || spec.value_columns.empty()) return false;
    const uint8_t type = spec.kind == doc::SheetChart::Kind::bar    ? LXW_CHART_BAR
                         : spec.kind == doc::SheetChart::Kind::line ? LXW_CHART_LINE
                                                                    : LXW_CHART_COLUMN;
    lxw_chart* chart = workbook_add_chart(sheet.book, type);
    const auto last = static_cast<lxw_row_t>(at.first + rows - 1);
    const auto category = static_cast<lxw_col_t>(spec.category_column);
    for (std::size_t c : spec.value_columns) {
        const auto value = static_cast<lxw_col_t>(c);
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        chart_series_set_categories(series, sheet.name.c_str(), at.first, category, last, category);
        chart_series_set_values(series, sheet.name.c_str(), at.first, value, last, value);
        chart_series_set_name_range(series, sheet.name.c_str(), at.header, value);
        if (type == LXW_CHART_LINE) chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
    }
    chart_title_set_name(chart, spec.title.c_str());
    if (!spec.value_axis.empty()) chart_axis_set_name(chart->y_axis, spec.value_axis.c_str());
    chart_legend_set_position(
        chart, spec.value_columns.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.3;
    worksheet_insert_chart_opt(sheet.ws, row, col, chart, &options);
    return true;
}

// "Øst / Køge": the group's cells as the table shows them.
std::string group_name(const std::vector<doc::Cell>& cells, std::size_t n, const doc::NumberStyle& style) {
    std::string shown;
    for (std::size_t c = 0; c < n && c < cells.size(); ++c) {
        const std::string text = doc::format_cell(cells[c], style);
        if (text.empty()) continue;
        shown += (shown.empty() ? "" : " / ") + text;
    }
    return shown;
}

// Rows [first, last] of one group of a long table.
struct Run {
    std::size_t first = 0, last = 0;
};

bool same_group(const doc::Table& t, std::size_t a, std::size_t b, std::size_t n) {
    for (std::size_t c = 0; c < n; ++c) {
        const doc::Cell x = c < t.rows[a].size() ? t.rows[a][c] : doc::Cell::blank();
        const doc::Cell y = c < t.rows[b].size() ? t.rows[b][c] : doc::Cell::blank();
        if (x.kind != y.kind || x.text != y.text || x.value != y.value) return false;
    }
    return true;
}

// The groups' runs of rows, without the subtotals' but with the last run,
// the overall total.
std::vector<Run> group_runs(const doc::Table& t, std::size_t n) {
    std::vector<Run> runs;
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        if (!runs.empty() && same_group(t, runs.back().last, r, n))
            runs.back().last = r;
        else
            runs.push_back({r, r});
    }
    const auto is_total = [&](const Run& run) {
        return run.first < t.total_rows.size() && t.total_rows[run.first];
    };
    std::vector<Run> drawn;
    for (std::size_t i = 0; i < runs.size(); ++i)
        if (!is_total(runs[i]) || i + 1 == runs.size()) drawn.push_back(runs[i]);
    return drawn;
}

// More lines than this are no longer told apart: no chart.
constexpr std::size_t kMostLines = 20;

bool group_chart(const ChartSheet& sheet, const doc::Table& t, const Placement& at,
                 const doc::SheetChart& spec, lxw_row_t row, lxw_col_t col) {
    if (spec.value_columns.empty()) return false;
    const std::vector<Run> runs = group_runs(t, *spec.series_by);
    if (runs.empty() || runs.size() > kMostLines) return false;
    const std::size_t value = spec.value_columns.front();
    // A figure hidden behind a text would be drawn as 0; an empty cell
    // (no course closed) is a gap in the line.
    for (const Run& run : runs)
        for (std::size_t r = run.first; r <= run.last; ++r) {
            const doc::Cell cell = value < t.rows[r].size() ? t.rows[r][value] : doc::Cell::blank();
            const bool blank = cell.kind == doc::CellKind::empty && cell.text.empty();
            if (!blank && cell.kind != doc::CellKind::percent && cell.kind != doc::CellKind::number &&
                cell.kind != doc::CellKind::integer)
                return false;
        }
    lxw_chart* chart = workbook_add_chart(sheet.book, LXW_CHART_LINE);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);
    const auto category = static_cast<lxw_col_t>(spec.category_column);
    const auto column = static_cast<lxw_col_t>(value);
    for (const Run& run : runs) {
        lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
        const auto first = static_cast<lxw_row_t>(at.first + run.first);
        const auto last = static_cast<lxw_row_t>(at.first + run.last);
        chart_series_set_categories(series, sheet.name.c_str(), first, category, last, category);
        chart_series_set_values(series, sheet.name.c_str(), first, column, last, column);
        chart_series_set_name(series, group_name(t.rows[run.first], *spec.series_by, sheet.style).c_str());
        chart_series_set_marker_type(series, LXW_CHART_MARKER_AUTOMATIC);
    }
    chart_title_set_name(chart, spec.title.c_str());
    if (!spec.value_axis.empty()) chart_axis_set_name(chart->y_axis, spec.value_axis.c_str());
    const bool percent = std::any_of(t.rows.begin(), t.rows.end(), [&](const auto& cells) {
        return value < cells.size() && cells[value].kind == doc::CellKind::percent;
    });
    if (percent) chart_axis_set_num_format(chart->y_axis, "0%");
    chart_legend_set_position(chart, runs.size() > 1 ? LXW_CHART_LEGEND_BOTTOM : LXW_CHART_LEGEND_NONE);
    lxw_chart_options options{};
    options.x_scale = 1.5;
    options.y_scale = 1.6;
    worksheet_insert_chart_opt(sheet.ws, row, col, chart, &options);
    return true;
}

}  // namespace

bool add_chart(const ChartSheet& sheet, const doc::Table& t, const Placement& at, const doc::SheetChart& spec,
               lxw_row_t row, lxw_col_t col) {
    return spec.series_by ? group_chart(sheet, t, at, spec, row, col)
                          : plain_chart(sheet, t, at, spec, row, col);
}

}  // namespace ipskit::writers::render
