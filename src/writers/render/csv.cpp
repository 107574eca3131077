#include "writers/render/csv.hpp"

#include "writers/doc/cell_format.hpp"

namespace ipskit::writers::render {

namespace {

bool starts_like_formula(const std::string& text) {
    if (text.empty()) return false;
    const char c = text.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string field(std::string text, bool is_text, char delimiter) {
    if (is_text && starts_like_formula(text)) text.insert(0, 1, '\'');
    const bool needs_quotes =
        text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) != std::string::npos;
    if (!needs_quotes) return text;
    std::string quoted = "\"";
    for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void render_table(const doc::Table& table, const doc::NumberStyle& style, char delimiter, std::string& out) {
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out += (c ? std::string(1, delimiter) : "") + field(table.columns[c].label, true, delimiter);
    out += "\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            if (c) out += delimiter;
            if (c >= row.size()) continue;
            const bool is_text = row[c].kind == doc::CellKind::text;
            out += field(doc::format_cell(row[c], style), is_text, delimiter);
        }
        out += "\n";
    }
}

}  // namespace

std::string render_csv(const doc::Document& document, Lang lang) {
    const char decimal_mark = lang == Lang::da ? ',' : '.';
    const char delimiter = lang == Lang::da ? ';' : ',';
    const doc::NumberStyle style = doc::NumberStyle::plain(decimal_mark);
    std::string out;
    bool several = false;
    for (const auto& block : document.blocks) {
        const auto* table = std::get_if<doc::Table>(&block);
        if (table == nullptr) continue;
        if (several || !out.empty()) out += "\n" + field(table->title, true, delimiter) + "\n";
        render_table(*table, style, delimiter, out);
        several = true;
    }
    return out;
}

}  // namespace ipskit::writers::render
