// The charts of a fidelity review: the item profile, the section means and
// the trend of totals. Each works out its layout first (rows, then height),
// then draws grid lines before bars, so that bars and labels lie on top.

#include <algorithm>
#include <array>

#include <fmt/format.h>

#include "domain/date.hpp"
#include "writers/charts/chart_frame.hpp"
#include "writers/charts/chart_labels.hpp"
#include "writers/charts/charts.hpp"

namespace ipskit::writers::charts {

namespace {

namespace labels = chart_labels;

constexpr double kLabelLeft = 16;
constexpr double kBarsLeft = 330;
constexpr double kBarsRight = 710;
constexpr std::size_t kNameChars = 50;
constexpr double kLine = 12;

std::string legend_date(const Text& label, const Review& review, Lang lang) {
    return fmt::format(fmt::runtime(label.in(lang)), date_for_reader(review.review_date, lang == Lang::da));
}

// The swatches that say which bar is which review; returns the y below them.
double draw_review_legend(Svg& svg, double y, const FidelityReport& report, Lang lang) {
    svg.rect(kLabelLeft, y - 9, 14, 10, shade(3), {std::string(kOutline), 0.5});
    svg.text({kLabelLeft + 20, y}, legend_date(labels::kThisReview, *report.score.review, lang), {11});
    if (report.previous != nullptr) {
        svg.rect(kLabelLeft + 250, y - 7, 14, 6, "#ffffff", {std::string(kOutline), 0.8});
        svg.text({kLabelLeft + 270, y}, legend_date(labels::kPreviousReview, *report.previous, lang), {11});
    }
    return y + 20;
}

// A bar of `value` on `axis` with its figure written after its end.
void draw_bar(Svg& svg, const ValueAxis& axis, double y, double height, double value, std::string_view fill,
              const std::string& figure, bool hollow) {
    const Stroke outline{std::string(kOutline), hollow ? 0.8 : 0.5};
    svg.rect(axis.left, y, axis.x(value) - axis.left, height, hollow ? "#ffffff" : fill, outline);
    TextStyle style{hollow ? 9.0 : 10.0, Anchor::start, !hollow, hollow ? "#555555" : std::string(kInk)};
    if (!figure.empty()) svg.text({axis.x(value) + 4, y + height - 1}, figure, style);
}

const SectionScore* previous_section(const FidelityReport& report, const Section* section) {
    if (!report.previous_score) return nullptr;
    for (const auto& s : report.previous_score->sections)
        if (s.section->id == section->id) return &s;
    return nullptr;
}

}  // namespace

doc::Figure item_profile(const FidelityReport& report, Lang lang) {
    const ReviewScore& review = report.score;
    const Scale& scale = *review.scale;
    const bool previous = report.previous != nullptr;
    const double row = previous ? 22 : 17, section_row = 22;
    // A long name takes two lines, and its row grows to hold them.
    const auto row_of = [&](const ItemReport& r) {
        const auto lines = static_cast<double>(wrap(r.item->name.in(lang), kNameChars, 2).size());
        return std::max(row, kLine * lines + 6);
    };
    double height = 0;
    for (const auto& section : scale.sections) {
        height += section_row;
        for (const auto& r : report.items) height += r.item->section == section.id ? row_of(r) : 0;
    }
    const std::string title = labels::kItemProfile.in(lang);
    const double legend_y = 40 + 22, top = legend_y + 44, bottom = top + height;
    Svg svg(kWidth, bottom + 48, title + " — " + review.review->site);
    draw_title(svg, title, review.review->site);
    double y = draw_review_legend(svg, legend_y, report, lang);
    for (int score = scale.score_min; score <= scale.score_max; ++score)
        svg.rect(kLabelLeft + 14.0 * (score - scale.score_min), y - 9, 14, 10,
                 score_shade(score, scale.score_min, scale.score_max), {std::string(kOutline), 0.5});
    const double key_x = kLabelLeft + 14.0 * (scale.score_max - scale.score_min + 1) + 6;
    svg.text({key_x, y},
             fmt::format(fmt::runtime(labels::kScoreKey.in(lang)), scale.score_min, scale.score_max), {11});
    svg.text({kLabelLeft, top - 6}, labels::kItem.in(lang), {11, Anchor::start, true});
    const ValueAxis axis{kBarsLeft, kBarsRight, static_cast<double>(scale.score_max)};
    draw_value_axis(
        svg, axis, top, bottom, scale.score_max,
        [](double v) { return fmt::format("{}", static_cast<int>(v)); }, labels::kScore.in(lang));
    y = top;
    for (const auto& section : scale.sections) {
        svg.text({kLabelLeft, y + 15}, section.name.in(lang), {12, Anchor::start, true});
        y += section_row;
        for (const auto& r : report.items) {
            if (r.item->section != section.id) continue;
            svg.text({kLabelLeft + 22, y + 11}, fmt::format("{}", r.item->number), {10.5, Anchor::end});
            const auto lines = wrap(r.item->name.in(lang), kNameChars, 2);
            for (std::size_t l = 0; l < lines.size(); ++l)
                svg.text({kLabelLeft + 30, y + 11 + kLine * static_cast<double>(l)}, lines[l], {10.5});
            // The score, and its change since the previous review when it changed: the
            // outlined bar below shows the previous score, so it needs no figure of its own.
            const int score = r.rating->score;
            const std::string change = r.change && *r.change != 0 ? fmt::format(" ({:+})", *r.change) : "";
            draw_bar(svg, axis, y + 2, previous ? 10 : 11, score,
                     score_shade(score, scale.score_min, scale.score_max), fmt::format("{}", score) + change,
                     false);
            if (r.previous) draw_bar(svg, axis, y + 13, 6, *r.previous, "", "", true);
            y += row_of(r);
        }
    }
    return {"item_profile", title, svg.finish()};
}

doc::Figure section_means(const FidelityReport& report, Lang lang) {
    const ReviewScore& review = report.score;
    const double row = report.previous ? 32 : 24;
    const std::string title = labels::kSectionMeans.in(lang);
    const double legend_y = 40 + 22, top = legend_y + 16;
    const double bottom = top + row * static_cast<double>(review.sections.size()) + 6;
    Svg svg(kWidth, bottom + 48, title + " — " + review.review->site);
    draw_title(svg, title, review.review->site);
    draw_review_legend(svg, legend_y, report, lang);
    const ValueAxis axis{kBarsLeft, kBarsRight, static_cast<double>(review.scale->score_max)};
    draw_value_axis(
        svg, axis, top, bottom, review.scale->score_max,
        [](double v) { return fmt::format("{}", static_cast<int>(v)); }, labels::kMeanScore.in(lang));
    double y = top + 6;
    for (const auto& s : review.sections) {
        svg.text({kLabelLeft, y + 12}, shorten(s.section->name.in(lang), 48), {11.5, Anchor::start, true});
        draw_bar(svg, axis, y + 2, 14, s.mean, shade(3), fixed_text(s.mean, 2, lang), false);
        if (const SectionScore* before = previous_section(report, s.section))
            draw_bar(svg, axis, y + 19, 7, before->mean, "", fixed_text(before->mean, 2, lang), true);
        y += row;
    }
    return {"section_means", title, svg.finish()};
}

namespace {

// Grey levels for the fidelity bands, lowest level lightest, far enough
// apart to tell in print; each band also carries its name.
std::string_view band_shade(std::size_t rank_from_lowest) {
    static constexpr std::array<std::string_view, 4> kBands = {"#f5f5f5", "#e6e6e6", "#d4d4d4", "#bfbfbf"};
    return kBands[std::min(rank_from_lowest, kBands.size() - 1)];
}

struct TotalAxis {
    double top = 0, bottom = 0;
    int min = 0, max = 1;
    double y(double total) const { return bottom - (bottom - top) * (total - min) / (max - min); }
};

void draw_level_bands(Svg& svg, const Scale& scale, const TotalAxis& axis, double left, double right,
                      Lang lang) {
    const std::size_t n = scale.levels.size();
    for (std::size_t i = 0; i < n; ++i) {  // highest first, as the scale lists them
        const Level& level = scale.levels[i];
        // A band reaches halfway to the next level's total, so bands meet without a gap.
        const double hi = i == 0 ? axis.max : std::min<double>(axis.max, level.max + 0.5);
        const double lo = i + 1 == n ? axis.min : std::max<double>(axis.min, level.min - 0.5);
        if (hi <= lo) continue;
        svg.rect(left, axis.y(hi), right - left, axis.y(lo) - axis.y(hi), band_shade(n - 1 - i));
        const double middle = (axis.y(hi) + axis.y(lo)) / 2;
        svg.text({right + 8, middle - 1}, shorten(level.name.in(lang), 30), {10.5, Anchor::start, true});
        svg.text({right + 8, middle + 11}, fmt::format("{}–{}", level.min, level.max), {10});
        svg.line({left - 4, axis.y(level.min)}, {left, axis.y(level.min)}, {std::string(kOutline), 1});
        svg.text({left - 7, axis.y(level.min) + 4}, fmt::format("{}", level.min), {10, Anchor::end});
    }
    svg.text({left - 7, axis.y(axis.max) + 4}, fmt::format("{}", axis.max), {10, Anchor::end});
}

}  // namespace

doc::Figure total_trend(const FidelityReport& report, Lang lang) {
    const Scale& scale = *report.score.scale;
    const std::string title = labels::kTrend.in(lang);
    const std::string& site = report.score.review->site;
    const double left = 70, right = 560;
    const TotalAxis axis{70, 330, scale.total_min(), std::max(scale.total_max(), scale.total_min() + 1)};
    Svg svg(kWidth, axis.bottom + 56, title + " — " + site);
    draw_title(svg, title, site);
    draw_level_bands(svg, scale, axis, left, right, lang);
    svg.line({left, axis.top}, {left, axis.bottom}, {std::string(kOutline), 1});
    svg.line({left, axis.bottom}, {right, axis.bottom}, {std::string(kOutline), 1});
    svg.text({22, (axis.top + axis.bottom) / 2}, labels::kTotalScore.in(lang),
             {11, Anchor::middle, false, std::string(kInk), -90});
    svg.text({(left + right) / 2, axis.bottom + 44}, labels::kReviewDate.in(lang), {11, Anchor::middle});
    const std::size_t n = report.totals.size();
    std::vector<Point> points;
    for (std::size_t r = 0; r < n; ++r) {
        const double x =
            n == 1 ? (left + right) / 2
                   : left + 40 + (right - left - 80) * static_cast<double>(r) / static_cast<double>(n - 1);
        points.push_back({x, axis.y(report.totals[r].total)});
        svg.text({x, axis.bottom + 16},
                 date_for_reader(report.totals[r].review->review_date, lang == Lang::da),
                 {10, Anchor::middle});
    }
    svg.polyline(points, {std::string(kInk), 2});
    for (std::size_t r = 0; r < n; ++r) {
        svg.circle(points[r], 4.5, "#ffffff", {std::string(kInk), 2});
        svg.text({points[r].x, points[r].y - 10}, fmt::format("{}", report.totals[r].total),
                 {11, Anchor::middle, true});
    }
    return {"total_trend", title, svg.finish()};
}

}  // namespace ipskit::writers::charts
