#include "writers/render/markdown.hpp"

#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "writers/doc/cell_format.hpp"
#include "writers/render/markdown_text.hpp"

namespace ipskit::writers::render {

namespace {

// Every text of the document passes through inline_text,
// block_text or cell_text on its way out: the document does not say which
// texts came from an input, so none is trusted.

bool is_numeric(doc::CellKind kind) {
    return kind == doc::CellKind::integer || kind == doc::CellKind::number ||
           kind == doc::CellKind::percent || kind == doc::CellKind::suppressed;
}

// A column is right-aligned when every filled cell in it holds a figure.
bool numeric_column(const doc::Table& table, std::size_t col) {
    bool any = false;
    for (const auto& row : table.rows) {
        if (col >= row.size() || row[col].kind == doc::CellKind::empty) continue;
        if (!is_numeric(row[col].kind)) return false;
        any = true;
    }
    return any;
}

void render_table(const doc::Table& table, const doc::NumberStyle& style, std::string& out) {
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
                c < table.rows[r].size() ? cell_text(doc::format_cell(table.rows[r][c], style)) : "";
            if (bold && !text.empty()) text = "**" + text + "**";
            out += " " + text + " |";
        }
        out += "\n";
    }
    out += "\n";
    for (const auto& note : table.notes) out += fmt::format("_{}_\n\n", inline_text(note));
}

// A link destination that CommonMark takes as written: everything but
// unreserved characters and '/' is percent-encoded, so a folder named with
// spaces or brackets still refers to the file.
std::string link_path(std::string_view path) {
    std::string out;
    for (const char c : path) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) != 0 || c == '-' || c == '_' || c == '.' || c == '~' || c == '/')
            out += c;
        else
            out += fmt::format("%{:02X}", u);
    }
    return out;
}

struct BlockRenderer {
    const doc::NumberStyle& style;
    const MarkdownOptions& options;
    std::string& out;

    void operator()(const doc::Heading& h) const {
        out += fmt::format("{} {}\n\n", std::string(static_cast<std::size_t>(h.level), '#'),
                           inline_text(h.text));
    }
    void operator()(const doc::Paragraph& p) const { out += block_text(p.text) + "\n\n"; }
    void operator()(const doc::BulletList& list) const {
        for (const auto& item : list.items) out += "- " + block_text(item) + "\n";
        out += "\n";
    }
    void operator()(const doc::Table& t) const { render_table(t, style, out); }
    void operator()(const doc::Figure& f) const {
        if (!options.figures) return;
        const std::string folder = options.figure_folder.empty() ? "" : options.figure_folder + "/";
        out += fmt::format("![{}]({})\n\n", inline_text(f.title), link_path(folder + f.id + ".svg"));
    }
};

}  // namespace

std::string render_markdown(const doc::Document& document, Lang lang, const MarkdownOptions& options) {
    const doc::NumberStyle style = doc::NumberStyle::for_lang(lang);
    std::string out = fmt::format("# {}\n\n", inline_text(document.title));
    for (const auto& fact : document.facts)
        if (!fact.label.empty())
            out += fmt::format("- **{}:** {}\n", inline_text(fact.label),
                               inline_text(doc::format_cell(fact.value, style)));
    if (!document.facts.empty()) out += "\n";
    for (const auto& block : document.blocks) std::visit(BlockRenderer{style, options, out}, block);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace ipskit::writers::render
