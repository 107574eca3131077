#include "writers/render/html.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "writers/doc/cell_format.hpp"
#include "writers/doc/xml_text.hpp"
#include "writers/render/html_style.hpp"

namespace ipskit::writers::render {

namespace {

// Every text of the document is escaped on its way out; only the charts,
// which ipskit drew itself and whose texts its SVG writer escaped, go in as
// they are.
std::string escape(std::string_view text) {
    return doc::xml_escaped(text);
}

// As escape, with a line break kept as <br>.
std::string escape_lines(std::string_view text) {
    std::string out;
    std::size_t from = 0;
    while (true) {
        const std::size_t at = text.find('\n', from);
        out += escape(text.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) return out;
        out += "<br>";
        from = at + 1;
    }
}

bool is_numeric(doc::CellKind kind) {
    return kind == doc::CellKind::integer || kind == doc::CellKind::number ||
           kind == doc::CellKind::percent || kind == doc::CellKind::suppressed;
}

// A column is right-aligned when every filled cell in it holds a figure, as in Markdown.
bool numeric_column(const doc::Table& table, std::size_t col) {
    bool any = false;
    for (const auto& row : table.rows) {
        if (col >= row.size() || row[col].kind == doc::CellKind::empty) continue;
        if (!is_numeric(row[col].kind)) return false;
        any = true;
    }
    return any;
}

constexpr std::size_t kNarrowColumns = 7;

void render_table(const doc::Table& table, const doc::NumberStyle& style, std::string& out) {
    std::vector<bool> numeric;
    for (std::size_t c = 0; c < table.columns.size(); ++c) numeric.push_back(numeric_column(table, c));
    const auto cls = [&](std::size_t c) {
        return numeric[c] ? std::string(R"( class="num")") : std::string();
    };
    // A table of many columns gets a smaller type, so that it fits the width of an A4 page.
    const bool wide = table.columns.size() > kNarrowColumns;
    out += fmt::format("<div class=\"table\" id=\"table-{}\">\n<table{}>\n", escape(table.id),
                       wide ? " class=\"wide\"" : "");
    if (!table.title.empty()) out += fmt::format("<caption>{}</caption>\n", escape(table.title));
    out += "<thead><tr>";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        out += fmt::format("<th scope=\"col\"{}>{}</th>", cls(c), escape_lines(table.columns[c].label));
    out += "</tr></thead>\n<tbody>\n";
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        const bool total = r < table.total_rows.size() && table.total_rows[r];
        out += total ? "<tr class=\"total\">" : "<tr>";
        for (std::size_t c = 0; c < table.columns.size(); ++c) {
            const std::string text =
                c < table.rows[r].size() ? doc::format_cell(table.rows[r][c], style) : "";
            out += fmt::format("<td{}>{}</td>", cls(c), escape_lines(text));
        }
        out += "</tr>\n";
    }
    out += "</tbody>\n</table>\n";
    for (const auto& note : table.notes) out += fmt::format("<p class=\"note\">{}</p>\n", escape_lines(note));
    out += "</div>\n";
}

// The top level of a document's outline: its chapters (level 1) when it
// has any, else its sections. Under a title (the page's h1) every heading
// moves one level down, so the outline has no gap and no second h1.
struct Outline {
    int top = 2;
    int shift = 0;
};

Outline outline_of(const doc::Document& document) {
    Outline outline{6, 0};
    for (const auto& block : document.blocks)
        if (const auto* h = std::get_if<doc::Heading>(&block))
            outline.top = std::min(outline.top, std::max(h->level, 1));
    if (!document.title.empty() && outline.top == 1) outline.shift = 1;
    return outline;
}

struct BlockRenderer {
    const doc::NumberStyle& style;
    const Outline& outline;
    std::string& out;
    bool& in_part;
    bool& content_before;  // something was written before the first part

    // A top-level heading opens a part, which print starts on a new page
    // unless the part is the first thing on the first page.
    void operator()(const doc::Heading& h) const {
        const int level = std::max(h.level, 1);
        if (level == outline.top) {
            if (in_part) out += "</section>\n";
            out +=
                content_before || in_part ? "<section class=\"part break\">\n" : "<section class=\"part\">\n";
            in_part = true;
        }
        const int html_level = std::clamp(level + outline.shift, 1, 6);
        out += fmt::format("<h{0}>{1}</h{0}>\n", html_level, escape(h.text));
    }
    void operator()(const doc::Paragraph& p) const {
        out += fmt::format("<p>{}</p>\n", escape_lines(p.text));
    }
    void operator()(const doc::BulletList& list) const {
        out += "<ul>\n";
        for (const auto& item : list.items) out += fmt::format("<li>{}</li>\n", escape_lines(item));
        out += "</ul>\n";
    }
    void operator()(const doc::Table& t) const { render_table(t, style, out); }
    void operator()(const doc::Figure& f) const {
        out += fmt::format("<figure class=\"chart\" id=\"figure-{}\">\n{}</figure>\n", escape(f.id), f.svg);
    }
};

void render_header(const doc::Document& document, const doc::NumberStyle& style, std::string& out) {
    out += fmt::format("<header class=\"title\">\n<h1>{}</h1>\n", escape(document.title));
    std::string facts;
    for (const auto& fact : document.facts)
        if (!fact.label.empty())
            facts += fmt::format("<dt>{}</dt><dd>{}</dd>\n", escape(fact.label),
                                 escape_lines(doc::format_cell(fact.value, style)));
    if (!facts.empty()) out += "<dl class=\"facts\">\n" + facts + "</dl>\n";
    out += "</header>\n";
}

}  // namespace

std::string render_html(const doc::Document& document, Lang lang) {
    const doc::NumberStyle style = doc::NumberStyle::for_lang(lang);
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"generator\" "
        "content=\"ipskit\">\n<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n",
        lang == Lang::da ? "da" : "en", escape(document.title), kHtmlStyle);
    render_header(document, style, out);
    const Outline outline = outline_of(document);
    bool in_part = false, content_before = false;
    out += "<main>\n";
    for (const auto& block : document.blocks) {
        std::visit(BlockRenderer{style, outline, out, in_part, content_before}, block);
        content_before = true;
    }
    if (in_part) out += "</section>\n";
    out += "</main>\n</body>\n</html>\n";
    return out;
}

}  // namespace ipskit::writers::render
