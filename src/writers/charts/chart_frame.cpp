#include "writers/charts/chart_frame.hpp"

#include <algorithm>
#include <array>

#include "writers/doc/cell_format.hpp"

namespace ipskit::writers::charts {

std::string_view shade(std::size_t step_of_five) {
    // ColorBrewer YlGnBu, 5 classes: lightness falls from about 97 % to 25 %.
    static constexpr std::array<std::string_view, 5> kShades = {"#ffffcc", "#a1dab4", "#41b6c4", "#2c7fb8",
                                                                "#253494"};
    return kShades[std::min<std::size_t>(step_of_five, kShades.size() - 1)];
}

std::string_view score_shade(int score, int min, int max) {
    if (max <= min) return shade(4);
    const double position = static_cast<double>(std::clamp(score, min, max) - min) / (max - min);
    return shade(static_cast<std::size_t>(position * 4 + 0.5));
}

double draw_title(Svg& svg, std::string_view title, std::string_view subtitle) {
    svg.text({16, 26}, title, {16, Anchor::start, true});
    if (subtitle.empty()) return 40;
    svg.text({16, 46}, subtitle, {11, Anchor::start, false, "#555555"});
    return 58;
}

void draw_value_axis(Svg& svg, const ValueAxis& axis, double top, double bottom, int ticks,
                     const std::function<std::string(double)>& tick_label, std::string_view name) {
    for (int t = 0; t <= ticks; ++t) {
        const double value = axis.max * t / ticks;
        const double x = axis.x(value);
        svg.line({x, top}, {x, bottom}, {std::string(t == 0 ? kOutline : kGrid), t == 0 ? 1.0 : 0.6});
        svg.text({x, bottom + 14}, tick_label(value), {10, Anchor::middle});
    }
    svg.text({(axis.left + axis.right) / 2, bottom + 32}, name, {11, Anchor::middle});
}

std::string shorten(std::string_view text, std::size_t max_chars) {
    std::size_t chars = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (++chars > max_chars - 1 && chars > 1) {
            // Room for the rest only if what is left is this one character.
            std::size_t rest = 0;
            for (std::size_t j = i; j < text.size(); ++j)
                if ((static_cast<unsigned char>(text[j]) & 0xC0) != 0x80) ++rest;
            if (rest <= 1) return std::string(text);
            return std::string(text.substr(0, i)) + "…";
        }
    }
    return std::string(text);
}

namespace {

std::size_t chars_of(std::string_view text) {
    std::size_t n = 0;
    for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

}  // namespace

std::vector<std::string> wrap(std::string_view text, std::size_t max_chars, std::size_t max_lines) {
    std::vector<std::string> lines;
    std::string line;
    std::size_t from = 0;
    while (from < text.size()) {
        std::size_t to = text.find(' ', from);
        if (to == std::string_view::npos) to = text.size();
        const std::string_view word = text.substr(from, to - from);
        if (!line.empty() && chars_of(line) + 1 + chars_of(word) > max_chars) {
            if (lines.size() + 1 == max_lines) {
                lines.push_back(shorten(line + " " + std::string(text.substr(from)), max_chars));
                return lines;
            }
            lines.push_back(line);
            line.clear();
        }
        line += (line.empty() ? "" : " ") + std::string(word);
        from = to + 1;
    }
    if (!line.empty()) lines.push_back(shorten(line, max_chars));
    return lines;
}

std::string percent_text(double fraction, int decimals, Lang lang) {
    return doc::format_cell(doc::Cell::of_percent(fraction, decimals), doc::NumberStyle::for_lang(lang));
}

std::string fixed_text(double value, int decimals, Lang lang) {
    return doc::format_cell(doc::Cell::of_number(value, decimals), doc::NumberStyle::for_lang(lang));
}

}  // namespace ipskit::writers::charts
