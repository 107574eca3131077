#include "writers/render/csv.hpp"

#include "writers/doc/cell_format.hpp"

namespace ipskit::writers::render {

namespace {

void end_line(std::string& out) {
    out += doc::kCsvLineEnd;
}

void render_table(const doc::Table& table, const doc::NumberStyle& style, char delimiter, std::string& out) {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out += (c ? std::string(1, delimiter) : "") + doc::csv_text_field(table.columns[c].label, delimiter);
    end_line(out);
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c) out += delimiter;
            if (c >= row.size()) continue;
            const std::string text = doc::format_cell(row[c], style);
            out += row[c].kind == doc::CellKind::text ? doc::csv_text_field(text, delimiter)
                                                      : doc::csv_field(text, delimiter);
        }
        end_line(out);
    }
}

// "Outcomes 2020 — Closed courses by outcome": a table copied out of the
// file, or the file opened alone, still says what it counts and when.
std::string table_title(const doc::Document& document, const doc::Table& table) {
    if (document.title.empty()) return table.title;
    if (table.title.empty()) return document.title;
    return document.title + " — " + table.title;
}

}  // namespace

std::string render_csv(const doc::Document& document, doc::CsvDialect dialect) {
    const doc::CsvConventions csv = doc::conventions(dialect);
    const doc::NumberStyle style = doc::NumberStyle::plain(csv.decimal_mark);
    std::string out = csv.byte_order_mark ? std::string(doc::kUtf8ByteOrderMark) : std::string();
    bool first = true;
    for (const auto& block : document.blocks) {
        const auto* table = std::get_if<doc::Table>(&block);
        if (table == nullptr) continue;
        if (!first) end_line(out);
        out += doc::csv_title_row(table_title(document, *table), table->columns.size(), csv.delimiter);
        end_line(out);
        render_table(*table, style, csv.delimiter, out);
        first = false;
    }
    return out;
}

}  // namespace ipskit::writers::render
