#pragma once
// A small SVG writer for the charts ipskit draws itself. Every text is a
// <text> element, so a reader can search and copy it; every number is
// written with one fixed rule, so the same chart gives the same bytes; the
// drawing has a viewBox, so it scales to the page, and a <title>, so a
// screen reader names it. Colours are attributes, not a style sheet: a
// chart may stand alone as a file or sit inline in an HTML page beside
// others without their styles meeting.

#include <string>
#include <string_view>
#include <vector>

namespace ipskit::writers::charts {

// Text made safe inside an XML element or a double-quoted attribute.
std::string escape(std::string_view text);

// A coordinate: at most one decimal, no trailing ".0", never "-0".
std::string number(double value);

enum class Anchor { start, middle, end };

struct TextStyle {
    double size = 11;
    Anchor anchor = Anchor::start;
    bool bold = false;
    std::string fill = "#222222";
    double rotate = 0;  // degrees about the text's own point; -90 reads upwards
};

struct Stroke {
    std::string colour = "none";
    double width = 1;
    bool dashed = false;
};

struct Point {
    double x = 0;
    double y = 0;
};

class Svg {
public:
    Svg(double width, double height, std::string_view title);

    void rect(double x, double y, double width, double height, std::string_view fill,
              const Stroke& stroke = {});
    void line(Point from, Point to, const Stroke& stroke);
    void polyline(const std::vector<Point>& points, const Stroke& stroke);
    void circle(Point centre, double radius, std::string_view fill, const Stroke& stroke = {});
    void text(Point at, std::string_view text, const TextStyle& style = {});
    // The whole document, from <svg> to </svg>, ending in a line feed.
    std::string finish() const;

private:
    double width_;
    double height_;
    std::string title_;
    std::string body_;
};

}  // namespace ipskit::writers::charts
