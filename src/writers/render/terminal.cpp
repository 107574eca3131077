#include "writers/render/terminal.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "writers/doc/cell_format.hpp"
#include "writers/render/render_labels.hpp"

namespace ipskit::writers::render {

namespace {

std::string pad(const std::string& text, std::size_t width, bool right) {
    const std::size_t w = display_width(text);
    const std::string fill(width > w ? width - w : 0, ' ');
    return right ? fill + text : text + fill;
}

std::string one_line(std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text;
}

void render_table(const doc::Table& table, const doc::NumberStyle& style, std::string& out) {
    if (!table.title.empty()) out += table.title + "\n\n";
    const std::size_t ncol = table.columns.size();
    std::vector<std::vector<std::string>> text(table.rows.size(), std::vector<std::string>(ncol));
    std::vector<std::size_t> width(ncol, 0);
    std::vector<bool> right(ncol, false);
    for (std::size_t c = 0; c < ncol; ++c) width[c] = display_width(table.columns[c].label);
    for (std::size_t r = 0; r < table.rows.size(); ++r)
        for (std::size_t c = 0; c < ncol && c < table.rows[r].size(); ++c) {
            const doc::Cell& cell = table.rows[r][c];
            text[r][c] = one_line(doc::format_cell(cell, style));
            width[c] = std::max(width[c], display_width(text[r][c]));
            if (cell.kind != doc::CellKind::text && cell.kind != doc::CellKind::empty &&
                cell.kind != doc::CellKind::date)
                right[c] = true;
        }
    auto line = [&](auto cell_text) {
        std::string row;
        for (std::size_t c = 0; c < ncol; ++c) row += (c ? "  " : "") + pad(cell_text(c), width[c], right[c]);
        while (!row.empty() && row.back() == ' ') row.pop_back();
        out += row + "\n";
    };
    line([&](std::size_t c) { return table.columns[c].label; });
    line([&](std::size_t c) { return std::string(width[c], '-'); });
    for (std::size_t r = 0; r < text.size(); ++r) line([&](std::size_t c) { return text[r][c]; });
    out += "\n";
    for (const auto& note : table.notes) out += note + "\n";
    if (!table.notes.empty()) out += "\n";
}

struct BlockRenderer {
    const doc::NumberStyle& style;
    Lang lang;
    std::string& out;

    void operator()(const doc::Heading& h) const {
        out += h.text + "\n" + std::string(display_width(h.text), '=') + "\n\n";
    }
    void operator()(const doc::Paragraph& p) const { out += p.text + "\n\n"; }
    void operator()(const doc::BulletList& list) const {
        for (const auto& item : list.items) out += "  * " + item + "\n";
        out += "\n";
    }
    void operator()(const doc::Table& t) const { render_table(t, style, out); }
    // A terminal cannot draw the chart; it says one is there, in the other formats.
    void operator()(const doc::Figure& f) const {
        out += fmt::format(fmt::runtime(render_labels::kFigure.in(lang)), f.title) + "\n\n";
    }
};

}  // namespace

std::size_t display_width(const std::string& text) {
    std::size_t width = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
    return width;
}

std::string render_terminal(const doc::Document& document, Lang lang) {
    const doc::NumberStyle style = doc::NumberStyle::for_lang(lang);
    std::string out = document.title + "\n\n";
    std::size_t label_width = 0;
    for (const auto& fact : document.facts) label_width = std::max(label_width, display_width(fact.label));
    for (const auto& fact : document.facts)
        if (!fact.label.empty())
            out += pad(fact.label + ":", label_width + 1, false) + " " + doc::format_cell(fact.value, style) +
                   "\n";
    if (!document.facts.empty()) out += "\n";
    for (const auto& block : document.blocks) std::visit(BlockRenderer{style, lang, out}, block);
    while (out.size() > 1 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') out.pop_back();
    return out;
}

}  // namespace ipskit::writers::render
