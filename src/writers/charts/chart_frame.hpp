#pragma once
// What every chart shares: the title block, a horizontal value axis with its
// grid, the shades that stay apart in grey print, and labels in the report's
// language. Layout only; the figures come from the domain.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/text.hpp"
#include "writers/charts/svg.hpp"

namespace ipskit::writers::charts {

inline constexpr double kWidth = 760;
inline constexpr std::string_view kInk = "#222222";
inline constexpr std::string_view kGrid = "#c8c8c8";
inline constexpr std::string_view kOutline = "#444444";

// Five shades of one sequential scale, lightest first, whose lightness falls
// step by step, so each stays apart from the others in grey print.
std::string_view shade(std::size_t step_of_five);
// The shade of `score` on a scale from `min` to `max`.
std::string_view score_shade(int score, int min, int max);

// Title (bold) and an optional subtitle at the top; returns the y below them.
double draw_title(Svg& svg, std::string_view title, std::string_view subtitle);

// A horizontal value axis from 0 to `max` over x = left..right: a grid line
// and a label at each tick from `ticks` steps, the axis name centred below.
struct ValueAxis {
    double left = 0;
    double right = 0;
    double max = 1;
    double x(double value) const { return left + (right - left) * value / max; }
};
void draw_value_axis(Svg& svg, const ValueAxis& axis, double top, double bottom, int ticks,
                     const std::function<std::string(double)>& tick_label, std::string_view name);

// A text of at most `max_chars` characters (UTF-8 code points), cut with "…".
std::string shorten(std::string_view text, std::size_t max_chars);

// Text broken at spaces into lines of at most `max_chars` characters; the
// last of `max_lines` lines is shortened with "…" if the text goes on.
std::vector<std::string> wrap(std::string_view text, std::size_t max_chars, std::size_t max_lines);

// "30 %" in Danish, "30%" in English, as the tables show shares.
std::string percent_text(double fraction, int decimals, Lang lang);
std::string fixed_text(double value, int decimals, Lang lang);

}  // namespace ipskit::writers::charts
