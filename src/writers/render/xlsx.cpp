#include "writers/render/xlsx.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "util/error.hpp"
#include "writers/doc/cell_format.hpp"
#include "writers/render/render_labels.hpp"
#include "writers/render/terminal.hpp"

namespace ipskit::writers::render {

namespace {

// Fixed so that the same report always gives the same bytes (2000-01-01 UTC).
constexpr time_t kFixedCreationTime = 946684800;
constexpr std::size_t kMaxSheetName = 31;

class Formats {
public:
    explicit Formats(lxw_workbook* book) : book_(book) {}

    lxw_format* header() {
        return get("header", [](lxw_format* f) { format_set_bold(f); });
    }
    lxw_format* title() {
        return get("title", [](lxw_format* f) {
            format_set_bold(f);
            format_set_font_size(f, 14);
        });
    }
    lxw_format* for_cell(const doc::Cell& cell, bool bold) {
        const std::string code = number_code(cell);
        return get(code + (bold ? "|b" : ""), [&](lxw_format* f) {
            if (!code.empty()) format_set_num_format(f, code.c_str());
            if (bold) format_set_bold(f);
        });
    }

private:
    static std::string number_code(const doc::Cell& cell) {
        const std::string decimals =
            cell.decimals > 0 ? "." + std::string(static_cast<std::size_t>(cell.decimals), '0') : "";
        if (cell.kind == doc::CellKind::percent) return "0" + decimals + "%";
        if (cell.kind == doc::CellKind::number) return "0" + decimals;
        if (cell.kind == doc::CellKind::integer) return "0";
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

void write_cell(lxw_worksheet* ws, lxw_row_t r, lxw_col_t c, const doc::Cell& cell, lxw_format* format,
                const doc::NumberStyle& style) {
    switch (cell.kind) {
        case doc::CellKind::date:
            worksheet_write_string(ws, r, c, doc::format_cell(cell, style).c_str(), format);
            break;
        case doc::CellKind::empty:
            if (!cell.text.empty()) worksheet_write_string(ws, r, c, cell.text.c_str(), format);
            break;
        case doc::CellKind::text:
        case doc::CellKind::suppressed:
            worksheet_write_string(ws, r, c, cell.text.c_str(), format);
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
void colour_scores(lxw_worksheet* ws, const doc::Table& table) {
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
    worksheet_conditional_format_range(ws, 1, static_cast<lxw_col_t>(scale.first_column),
                                       static_cast<lxw_row_t>(table.rows.size()),
                                       static_cast<lxw_col_t>(scale.last_column), &format);
}

// An Excel sheet holds 1,048,576 rows; libxlsxwriter drops the cells past it
// with no more than a return code. A table that does not fit is refused
// whole rather than cut without a word.
void refuse_too_long(const doc::Table& table, const std::string& path) {
    const std::size_t rows = 1 + table.rows.size() + (table.notes.empty() ? 0 : 1 + table.notes.size());
    if (rows <= LXW_ROW_MAX) return;
    throw util::Error({path, 0, 0},
                      fmt::format("the table \"{}\" needs {} rows, over the {} rows of an Excel sheet",
                                  table.title, rows, LXW_ROW_MAX),
                      "break it down by fewer groups, or write it as CSV or JSON (-o report.csv)");
}

void write_table_sheet(lxw_worksheet* ws, const doc::Table& table, Formats& formats, Lang lang) {
    const doc::NumberStyle style = doc::NumberStyle::for_lang(lang);
    std::vector<std::size_t> widths(table.columns.size(), 0);
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), table.columns[c].label.c_str(),
                               formats.header());
        widths[c] = display_width(table.columns[c].label);
    }
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool bold = r < table.total_rows.size() && table.total_rows[r];
        for (std::size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c) {
            const doc::Cell& cell = table.rows[r][c];
            write_cell(ws, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), cell,
                       formats.for_cell(cell, bold), style);
            widths[c] = std::max(widths[c], display_width(doc::format_cell(cell, style)));
        }
    }
    auto next = static_cast<lxw_row_t>(table.rows.size() + 2);
    for (const auto& note : table.notes) worksheet_write_string(ws, next++, 0, note.c_str(), nullptr);
    colour_scores(ws, table);
    worksheet_freeze_panes(ws, 1, 0);
    fit_columns(ws, widths);
}

struct SummaryWriter {
    lxw_worksheet* ws;
    lxw_row_t& row;

    void operator()(const doc::Heading& h) const {
        worksheet_write_string(ws, row++, 0, h.text.c_str(), nullptr);
    }
    void operator()(const doc::Paragraph& p) const {
        worksheet_write_string(ws, row++, 0, p.text.c_str(), nullptr);
    }
    void operator()(const doc::BulletList& list) const {
        for (const auto& item : list.items)
            worksheet_write_string(ws, row++, 0, ("• " + item).c_str(), nullptr);
    }
    void operator()(const doc::Table&) const {}
    void operator()(const doc::Figure&) const {}  // the workbook's own charts are drawn apart
};

void write_summary_sheet(lxw_worksheet* ws, const doc::Document& document, Formats& formats, Lang lang) {
    const doc::NumberStyle style = doc::NumberStyle::for_lang(lang);
    lxw_row_t row = 0;
    worksheet_write_string(ws, row++, 0, document.title.c_str(), formats.title());
    row++;
    std::size_t label_width = 8;
    for (const auto& fact : document.facts) {
        if (fact.label.empty()) continue;
        worksheet_write_string(ws, row, 0, fact.label.c_str(), formats.header());
        worksheet_write_string(ws, row++, 1, doc::format_cell(fact.value, style).c_str(), nullptr);
        label_width = std::max(label_width, display_width(fact.label));
    }
    row++;
    for (const auto& block : document.blocks) std::visit(SummaryWriter{ws, row}, block);
    fit_columns(ws, {label_width, 40});
}

}  // namespace

void write_xlsx(const doc::Document& document, Lang lang, const std::string& path) {
    for (const auto& block : document.blocks)
        if (const auto* table = std::get_if<doc::Table>(&block)) refuse_too_long(*table, path);
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr)
        throw util::Error({path, 0, 0}, "cannot create the spreadsheet",
                          "check that the folder exists and is writable");
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(document.title.c_str());
    properties.created = kFixedCreationTime;
    workbook_set_properties(book, &properties);
    Formats formats(book);
    std::set<std::string> used;
    const std::string& summary_name = render_labels::kSummarySheet.in(lang);
    write_summary_sheet(workbook_add_worksheet(book, sheet_name(summary_name, used).c_str()), document,
                        formats, lang);
    // A table without a title of its own (the heading above says it) is
    // named after that heading.
    std::string heading;
    for (const auto& block : document.blocks) {
        if (const auto* h = std::get_if<doc::Heading>(&block)) heading = h->text;
        if (const auto* table = std::get_if<doc::Table>(&block))
            write_table_sheet(
                workbook_add_worksheet(
                    book, sheet_name(table->title.empty() ? heading : table->title, used).c_str()),
                *table, formats, lang);
    }
    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR)
        throw util::Error({path, 0, 0}, std::string("cannot write the spreadsheet: ") + lxw_strerror(status),
                          "check the disk space and that the folder is writable");
}

}  // namespace ipskit::writers::render
