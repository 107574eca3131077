#include "writers/charts/svg.hpp"

#include <cmath>

#include <fmt/format.h>

#include "writers/doc/xml_text.hpp"

namespace ipskit::writers::charts {

namespace {

std::string stroke_attributes(const Stroke& stroke) {
    if (stroke.colour == "none") return "";
    std::string out =
        fmt::format(R"( stroke="{}" stroke-width="{}")", escape(stroke.colour), number(stroke.width));
    if (stroke.dashed) out += R"( stroke-dasharray="5 3")";
    return out;
}

std::string_view anchor_name(Anchor anchor) {
    switch (anchor) {
        case Anchor::middle:
            return "middle";
        case Anchor::end:
            return "end";
        case Anchor::start:
            break;
    }
    return "start";
}

}  // namespace

// A chart's text is one line: a line break or tab becomes a space.
std::string escape(std::string_view text) {
    std::string line(text);
    for (char& c : line)
        if (c == '\n' || c == '\t') c = ' ';
    return doc::xml_escaped(line);
}

std::string number(double value) {
    // Rounded to tenths first, so that 0.04 and -0.04 both give "0", never "-0".
    const double tenths = std::round(value * 10);
    if (tenths == 0) return "0";
    std::string out = fmt::format("{:.1f}", tenths / 10);
    if (out.size() > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
    return out;
}

Svg::Svg(double width, double height, std::string_view title)
    : width_(width), height_(height), title_(title) {}

void Svg::rect(double x, double y, double width, double height, std::string_view fill, const Stroke& stroke) {
    body_ += fmt::format(R"(<rect x="{}" y="{}" width="{}" height="{}" fill="{}"{}/>)", number(x), number(y),
                         number(width), number(height), escape(fill), stroke_attributes(stroke));
    body_ += "\n";
}

void Svg::line(Point from, Point to, const Stroke& stroke) {
    body_ += fmt::format(R"(<line x1="{}" y1="{}" x2="{}" y2="{}"{}/>)", number(from.x), number(from.y),
                         number(to.x), number(to.y), stroke_attributes(stroke));
    body_ += "\n";
}

void Svg::polyline(const std::vector<Point>& points, const Stroke& stroke) {
    std::string list;
    for (const Point& p : points) list += (list.empty() ? "" : " ") + number(p.x) + "," + number(p.y);
    body_ += fmt::format(R"(<polyline points="{}" fill="none"{}/>)", list, stroke_attributes(stroke));
    body_ += "\n";
}

void Svg::circle(Point centre, double radius, std::string_view fill, const Stroke& stroke) {
    body_ += fmt::format(R"(<circle cx="{}" cy="{}" r="{}" fill="{}"{}/>)", number(centre.x),
                         number(centre.y), number(radius), escape(fill), stroke_attributes(stroke));
    body_ += "\n";
}

void Svg::text(Point at, std::string_view text, const TextStyle& style) {
    std::string attributes =
        fmt::format(R"(x="{}" y="{}" font-size="{}")", number(at.x), number(at.y), number(style.size));
    if (style.anchor != Anchor::start)
        attributes += fmt::format(R"( text-anchor="{}")", anchor_name(style.anchor));
    if (style.bold) attributes += R"( font-weight="bold")";
    if (style.fill != "#222222") attributes += fmt::format(R"( fill="{}")", escape(style.fill));
    if (style.rotate != 0)
        attributes += fmt::format(R"x( transform="rotate({} {} {})")x", number(style.rotate), number(at.x),
                                  number(at.y));
    body_ += fmt::format("<text {}>{}</text>\n", attributes, escape(text));
}

std::string Svg::finish() const {
    return fmt::format(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{0}\" height=\"{1}\" viewBox=\"0 0 {0} {1}\" "
        "role=\"img\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\" fill=\"#222222\">\n"
        "<title>{2}</title>\n"
        "<rect x=\"0\" y=\"0\" width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
        "{3}</svg>\n",
        number(width_), number(height_), escape(title_), body_);
}

}  // namespace ipskit::writers::charts
