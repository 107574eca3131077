#include "writers/render/xlsx.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/doc/cell_format.hpp"
#include "writers/doc/xlsx_text.hpp"
#include "writers/render/render_labels.hpp"
#include "writers/render/terminal.hpp"
#include "writers/render/xlsx_charts.hpp"
#include "writers/render/xlsx_sheets.hpp"

namespace ipskit::writers::render {

namespace {

// Fixed so that the same report always gives the same bytes (2000-01-01 UTC).
constexpr time_t kFixedCreationTime = 946684800;
constexpr std::size_t kMaxSheetName = 31;

class Formats {
public:
    // Dates show as the report's language writes them (12-11-2020 in Danish).
    Formats(lxw_workbook* book, bool danish_dates) : book_(book), danish_dates_(danish_dates) {}

    // A grey header that prints as grey, and thin borders around every cell
    // of a table, so that a printed sheet reads as a table.
    lxw_format* header() {
        return get("header", [](lxw_format* f) {
            format_set_bold(f);
            format_set_bg_color(f, 0xD9D9D9);
            format_set_border(f, LXW_BORDER_THIN);
            format_set_text_wrap(f);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
    }
    lxw_format* label() {
        return get("label", [](lxw_format* f) { format_set_bold(f); });
    }
    lxw_format* table_title() {
        return get("table_title", [](lxw_format* f) {
            format_set_bold(f);
            format_set_font_size(f, 12);
        });
    }
    lxw_format* title() {
        return get("title", [](lxw_format* f) {
            format_set_bold(f);
            format_set_font_size(f, 14);
        });
    }
    lxw_format* for_cell(const doc::Cell& cell, bool bold, bool border = true) {
        const std::string code = number_code(cell);
        return get(code + (bold ? "|b" : "") + (border ? "|r" : ""), [&](lxw_format* f) {
            if (!code.empty()) format_set_num_format(f, code.c_str());
            if (bold) format_set_bold(f);
            if (border) format_set_border(f, LXW_BORDER_THIN);
            format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        });
    }

private:
    std::string number_code(const doc::Cell& cell) const {
        const std::string decimals =
            cell.decimals > 0 ? "." + std::string(static_cast<std::size_t>(cell.decimals), '0') : "";
        if (cell.kind == doc::CellKind::percent) return "0" + decimals + "%";
        if (cell.kind == doc::CellKind::number) return "0" + decimals;
        if (cell.kind == doc::CellKind::integer) return "0";
        if (cell.kind == doc::CellKind::date) return danish_dates_ ? "dd-mm-yyyy" : "yyyy-mm-dd";
        return {};
    }
    template <typename Setup>
    lxw_format* get(const std::string& key, Setup setup) {
        auto it = cache_.find(key);
        if (it != cache_.end()) return it->second;
        lxw_format* f = workbook_add_format(book_);
        setup(f);
        return cache_[key] = f;
    }

    lxw_workbook* book_;
    bool danish_dates_;
    std::map<std::string, lxw_format*> cache_;
};

// `name` cut to at most `max` bytes on a UTF-8 character boundary.
std::string cut_on_character(std::string name, std::size_t max) {
    while (name.size() > max) {
        name.pop_back();
        while (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0x80) name.pop_back();
        if (!name.empty() && (static_cast<unsigned char>(name.back()) & 0xC0) == 0xC0) name.pop_back();
    }
    return name;
}

// `name` cut to at most `max` bytes at the end of a whole word, so that a
// tab never reads "Priorities for improvement (ite"; without a space that
// fits, on a character boundary. Punctuation left dangling goes too.
std::string cut_on_word(const std::string& name, std::size_t max) {
    if (name.size() <= max) return name;
    const std::size_t space = name.rfind(' ', max);
    std::string cut =
        space != std::string::npos && space > 0 ? name.substr(0, space) : cut_on_character(name, max);
    while (!cut.empty() && std::string_view(" (-,:;").find(cut.back()) != std::string_view::npos)
        cut.pop_back();
    return cut.empty() ? cut_on_character(name, max) : cut;
}

std::string sheet_name(const std::string& wanted, std::set<std::string>& used) {
    std::string name;
    for (char c : wanted)
        if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) name += c;
    name = cut_on_word(name, kMaxSheetName);
    if (name.empty()) name = "Sheet";
    std::string unique = name;
    for (int n = 2; used.count(unique); ++n)
        unique = cut_on_word(name, kMaxSheetName - 3) + " " + std::to_string(n);
    used.insert(unique);
    return unique;
}

// Every text cell goes through here, so that a group named "_x0041_" is
// not shown by Excel as "A".
void write_text(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const std::string& text, lxw_format* format) {
    worksheet_write_string(ws, r, c, doc::protect_xstring_lookalikes(text).c_str(), format);
}

// A date cell as a real date; text that is no YYYY-MM-DD date stays text.
void write_date(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const doc::Cell& cell, lxw_format* format) {
    lxw_datetime date{};
    char rest = 0;
    if (std::sscanf(cell.text.c_str(), "%4d-%2d-%2d%c", &date.year, &date.month, &date.day, &rest) == 3 &&
        date.year >= 1900 && date.month >= 1 && date.month <= 12 && date.day >= 1 && date.day <= 31)
        worksheet_write_datetime(ws, r, c, &date, format);
    else
        write_text(ws, r, c, cell.text, format);
}

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const doc::Cell& cell, lxw_format* format) {
    switch (cell.kind) {
        case doc::CellKind::empty:
            if (!cell.text.empty())
                write_text(ws, r, c, cell.text, format);
            else if (format != nullptr)
                worksheet_write_blank(ws, r, c, format);  // so that the border is drawn
            break;
        case doc::CellKind::text:
        case doc::CellKind::suppressed:
            write_text(ws, r, c, cell.text, format);
            break;
        case doc::CellKind::date:
            write_date(ws, r, c, cell, format);
            break;
        case doc::CellKind::integer:
        case doc::CellKind::number:
        case doc::CellKind::percent:
            worksheet_write_number(ws, r, c, cell.value, format);
            break;
    }
}

void fit_columns(lxw_worksheet* ws, const std::vector<std::size_t>& widths) {
    for (std::size_t c = 0; c < widths.size(); ++c) {
        const double width = static_cast<double>(std::clamp<std::size_t>(widths[c] + 2, 8, 60));
        worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width, nullptr);
    }
}

// Red at the worst score, yellow halfway, green at the best, so weak items
// stand out in a matrix of many sites.
void colour_scores(lxw_worksheet* ws, const doc::Table& table, const Placement& at) {
    if (!table.colour_scale || table.rows.empty()) return;
    const doc::ColourScale& scale = *table.colour_scale;
    lxw_conditional_format format{};
    format.type = LXW_CONDITIONAL_3_COLOR_SCALE;
    format.min_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    format.mid_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    format.max_rule_type = LXW_CONDITIONAL_RULE_TYPE_NUMBER;
    format.min_value = scale.min;
    format.mid_value = (scale.min + scale.max) / 2;
    format.max_value = scale.max;
    format.min_color = 0xF8696B;
    format.mid_color = 0xFFEB84;
    format.max_color = 0x63BE7B;
    worksheet_conditional_format_range(ws, at.first, static_cast<lxw_col_t>(scale.first_column),
                                       static_cast<lxw_row_t>(at.first + table.rows.size() - 1),
                                       static_cast<lxw_col_t>(scale.last_column), &format);
}

// An Excel sheet holds 1,048,576 rows; libxlsxwriter drops the cells past it
// with no more than a return code. A table that does not fit is refused
// whole rather than cut without a word.
void refuse_too_long(const doc::Table& table, const std::string& path) {
    // The sheet's title, a blank row, the table's title and its header come first.
    const std::size_t rows = 4 + table.rows.size() + (table.notes.empty() ? 0 : 1 + table.notes.size());
    if (rows <= LXW_ROW_MAX) return;
    throw util::Error(
        {path, 0, 0},
        fmt::format(
            fmt::runtime(util::tr("the table \"{}\" needs {} rows, over the {} rows of an Excel sheet",
                                  "tabellen \"{}\" skal bruge {} rækker, over de {} rækker i et Excel-ark")),
            table.title, rows, LXW_ROW_MAX),
        util::tr("break it down by fewer groups, or write it as CSV or JSON (-o report.csv)",
                 "del den op i færre grupper, eller skriv den som CSV eller JSON (-o rapport.csv)"));
}

struct SheetWriter {
    lxw_workbook* book;
    lxw_worksheet* ws;
    std::string name;
    Formats& formats;
    doc::NumberStyle style;
    std::vector<std::size_t> widths{};
    std::vector<std::pair<const doc::Table*, Placement>> placed{};

    void widen(std::size_t c, std::size_t width) {
        if (widths.size() <= c) widths.resize(c + 1, 0);
        widths[c] = std::max(widths[c], width);
    }

    lxw_row_t table(const doc::Table& t, lxw_row_t row) {
        write_text(ws, row++, 0, t.title, formats.table_title());
        Placement at{row, static_cast<lxw_row_t>(row + 1), t.rows.size()};
        for (std::size_t c = 0; c < t.columns.size(); ++c) {
            write_text(ws, row, static_cast<lxw_col_t>(c), t.columns[c].label, formats.header());
            widen(c, std::min<std::size_t>(display_width(t.columns[c].label), 24));
        }
        ++row;
        for (std::size_t r = 0; r < t.rows.size(); ++r, ++row) {
            const bool bold = r < t.total_rows.size() && t.total_rows[r];
            for (std::size_t c = 0; c < t.columns.size(); ++c) {
                const doc::Cell cell = c < t.rows[r].size() ? t.rows[r][c] : doc::Cell::blank();
                write_cell(ws, row, static_cast<lxw_col_t>(c), cell, formats.for_cell(cell, bold));
                widen(c, display_width(doc::format_cell(cell, style)));
            }
        }
        if (!t.notes.empty()) ++row;
        for (const auto& note : t.notes) write_text(ws, row++, 0, note, nullptr);
        colour_scores(ws, t, at);
        placed.emplace_back(&t, at);
        return row + 1;
    }

    // The header of the sheet's first table stays in view and is printed
    // on every page; only that table can have the sheet's one filter.
    void finish(bool freeze_first_table) {
        worksheet_set_landscape(ws);
        worksheet_set_paper(ws, 9);  // A4
        worksheet_fit_to_pages(ws, 1, 0);
        if (placed.empty() || !freeze_first_table) {
            worksheet_freeze_panes(ws, 1, 0);
        } else {
            const auto& [t, at] = placed.front();
            worksheet_freeze_panes(ws, at.header + 1, 1);
            worksheet_repeat_rows(ws, at.header, at.header);
            if (at.rows > 0)
                worksheet_autofilter(ws, at.header, 0, static_cast<lxw_row_t>(at.header + at.rows),
                                     static_cast<lxw_col_t>(t->columns.size() - 1));
        }
        add_charts();
        fit_columns(ws, widths);
    }

    void add_charts() {
        lxw_row_t row = placed.empty() ? 0 : placed.front().second.header;
        const auto col = static_cast<lxw_col_t>(widths.size() + 1);
        for (const auto& [t, at] : placed)
            for (const auto& chart : t->charts)
                if (add_chart({book, ws, name, style}, *t, at, chart, row, col)) row += 20;
    }
};

struct SummaryWriter {
    lxw_worksheet* ws;
    lxw_row_t& row;

    void operator()(const doc::Heading& h) const { write_text(ws, row++, 0, h.text, nullptr); }
    void operator()(const doc::Paragraph& p) const { write_text(ws, row++, 0, p.text, nullptr); }
    void operator()(const doc::BulletList& list) const {
        for (const auto& item : list.items) write_text(ws, row++, 0, "• " + item, nullptr);
    }
    void operator()(const doc::Table&) const {}
    void operator()(const doc::Figure&) const {}  // the workbook's own charts are drawn apart
};

// The facts as real numbers and dates, and the document's text.
lxw_row_t write_summary(SheetWriter& w, const doc::Document& document) {
    lxw_row_t row = 2;
    for (const auto& fact : document.facts) {
        if (fact.label.empty()) continue;
        write_text(w.ws, row, 0, fact.label, w.formats.label());
        write_cell(w.ws, row++, 1, fact.value, w.formats.for_cell(fact.value, false, false));
        w.widen(0, display_width(fact.label));
    }
    w.widen(1, 40);
    row++;
    for (const auto& block : document.blocks) std::visit(SummaryWriter{w.ws, row}, block);
    return row + 1;
}

void write_sheet(lxw_workbook* book, const SheetPlan& plan, bool summary, const doc::Document& document,
                 Formats& formats, Lang lang, std::set<std::string>& used) {
    const std::string name = sheet_name(plan.name, used);
    SheetWriter w{book, workbook_add_worksheet(book, name.c_str()), name, formats,
                  doc::NumberStyle::for_lang(lang)};
    write_text(w.ws, 0, 0, document.title, formats.title());
    lxw_row_t row = summary ? write_summary(w, document) : 2;
    for (const auto& table : plan.tables) row = w.table(table, row);
    w.finish(!summary);
}

}  // namespace

void write_xlsx(const doc::Document& document, Lang lang, const std::string& path) {
    for (const auto& block : document.blocks)
        if (const auto* table = std::get_if<doc::Table>(&block)) refuse_too_long(*table, path);
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr)
        throw util::Error({path, 0, 0},
                          util::tr("cannot create the spreadsheet", "kan ikke oprette projektmappen"),
                          util::tr("check that the folder exists and is writable",
                                   "tjek, at mappen findes, og at der kan skrives i den"));
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(document.title.c_str());
    properties.created = kFixedCreationTime;
    workbook_set_properties(book, &properties);
    Formats formats(book, lang == Lang::da);
    std::set<std::string> used;
    const std::vector<SheetPlan> plans = plan_sheets(document, render_labels::kSummarySheet.in(lang));
    for (std::size_t i = 0; i < plans.size(); ++i)
        write_sheet(book, plans[i], i == 0, document, formats, lang, used);
    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR)
        throw util::Error({path, 0, 0},
                          util::tr("cannot write the spreadsheet: ", "kan ikke skrive projektmappen: ") +
                              lxw_strerror(status),
                          util::tr("check the disk space and that the folder is writable",
                                   "tjek pladsen på disken, og at der kan skrives i mappen"));
}

}  // namespace ipskit::writers::render
