#include "writers/markdown_writer.hpp"

#include <fmt/format.h>

#include "writers/cell_format.hpp"
#include "writers/markdown_text.hpp"

namespace ipskit::doc {

namespace {

// Every text of the document passes through markdown::inline_text,
// block_text or cell_text on its way out: the document does not say which
// texts came from an input, so none is trusted.
using markdown::block_text;
using markdown::cell_text;
using markdown::inline_text;

bool is_numeric(CellKind kind) {
    return kind == CellKind::integer || kind == CellKind::number || kind == CellKind::percent ||
           kind == CellKind::suppressed;
}

// A column is right-aligned when every filled cell in it holds a figure.
bool numeric_column(const Table& table, std::size_t col) {
    bool any = false;
    for (const auto& row : table.rows) {
        if (col >= row.size() || row[col].kind == CellKind::empty) continue;
        if (!is_numeric(row[col].kind)) return false;
        any = true;
    }
    return any;
}

void render_table(const Table& table, const NumberStyle& style, std::string& out) {
    if (!table.title.empty()) out += fmt::format("### {}\n\n", inline_text(table.title));
    std::string header = "|", rule = "|";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        header += " " + cell_text(table.columns[c].label) + " |";
        rule += numeric_column(table, c) ? " ---: |" : " --- |";
    }
    out += header + "\n" + rule + "\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool bold = r < table.total_rows.size() && table.total_rows[r];
        out += "|";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            std::string text =
                c < table.rows[r].size() ? cell_text(format_cell(table.rows[r][c], style)) : "";
            if (bold && !text.empty()) text = "**" + text + "**";
            out += " " + text + " |";
        }
        out += "\n";
    }
    out += "\n";
    for (const auto& note : table.notes) out += fmt::format("_{}_\n\n", inline_text(note));
}

struct BlockRenderer {
    const NumberStyle& style;
    std::string& out;

    void operator()(const Heading& h) const {
        out += fmt::format("{} {}\n\n", std::string(static_cast<std::size_t>(h.level), '#'),
                           inline_text(h.text));
    }
    void operator()(const Paragraph& p) const { out += block_text(p.text) + "\n\n"; }
    void operator()(const BulletList& list) const {
        for (const auto& item : list.items) out += "- " + block_text(item) + "\n";
        out += "\n";
    }
    void operator()(const Table& t) const { render_table(t, style, out); }
};

}  // namespace

std::string render_markdown(const Document& document, Lang lang) {
    const NumberStyle style = NumberStyle::for_lang(lang);
    std::string out = fmt::format("# {}\n\n", inline_text(document.title));
    for (const auto& fact : document.facts)
        if (!fact.label.empty())
            out += fmt::format("- **{}:** {}\n", inline_text(fact.label),
                               inline_text(format_cell(fact.value, style)));
    if (!document.facts.empty()) out += "\n";
    for (const auto& block : document.blocks) std::visit(BlockRenderer{style, out}, block);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace ipskit::doc
