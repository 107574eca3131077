// The charts of an evaluation: closed courses by outcome, job or education
// by group against the target, and the cohort curve. A figure that
// suppression hides is drawn as no bar or point, with its marker written
// where it would be, so a chart tells no more than the tables.

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "writers/charts/chart_frame.hpp"
#include "writers/charts/chart_labels.hpp"
#include "writers/charts/charts.hpp"

namespace ipskit::writers::charts {

namespace {

namespace labels = chart_labels;
using outcomes::Mark;

constexpr double kLabelLeft = 16;
constexpr double kBarsLeft = 250;
constexpr double kBarsRight = 690;

std::string marker(Mark mark, long threshold) {
    return mark == Mark::small ? fmt::format("<{}", threshold) : std::string("x");
}

std::string percent_tick(double fraction, Lang lang) {
    return percent_text(fraction, 0, lang);
}

// A share as a bar with "share (n)" after it, or its marker when hidden.
void draw_share_bar(Svg& svg, const ValueAxis& axis, double y, double height,
                    const outcomes::ShareFigure& share, const std::string& suffix, std::string_view fill,
                    const OutcomeChartOptions& options) {
    if (share.hidden() || !share.value) {
        const std::string shown = share.hidden() ? marker(share.mark, options.suppress_below) : "–";
        svg.text({axis.left + 4, y + height - 2}, shown, {10.5, Anchor::start, true});
        return;
    }
    svg.rect(axis.left, y, axis.x(*share.value) - axis.left, height, fill, {std::string(kOutline), 0.6});
    svg.text({axis.x(*share.value) + 4, y + height - 2},
             percent_text(*share.value, options.decimals, options.lang) + suffix,
             {10.5, Anchor::start, true});
}

std::string count_text(const outcomes::CountFigure& count, long threshold) {
    return count.hidden() ? marker(count.mark, threshold) : fmt::format("{}", count.n);
}

void hidden_note(Svg& svg, double y, const OutcomeChartOptions& options) {
    if (options.suppress_below > 0)
        svg.text({kLabelLeft, y},
                 fmt::format(fmt::runtime(labels::kHidden.in(options.lang)), options.suppress_below),
                 {10, Anchor::start, false, "#555555"});
}

}  // namespace

doc::Figure outcome_distribution(const outcomes::OutcomeFigures& figures,
                                 const OutcomeChartOptions& options) {
    const Lang lang = options.lang;
    static const std::array<const Text*, 4> kNames = {&labels::kJob, &labels::kFlexjob, &labels::kEducation,
                                                      &labels::kOther};
    const outcomes::ClosedRow& total = figures.closed.front();
    const std::string title = labels::kDistribution.in(lang);
    const double row = 30, top = 70, bottom = top + row * 4 + 6;
    Svg svg(kWidth, bottom + 62, title);
    draw_title(svg, title,
               fmt::format(fmt::runtime(labels::kClosedCourses.in(lang)),
                           count_text(total.counts[outcomes::kAllColumn], options.suppress_below)));
    const ValueAxis axis{kBarsLeft, kBarsRight, 1};
    draw_value_axis(
        svg, axis, top, bottom, 5, [lang](double v) { return percent_tick(v, lang); },
        labels::kShareOfClosed.in(lang));
    for (std::size_t o = 0; o < kNames.size(); ++o) {
        const double y = top + 8 + row * static_cast<double>(o);
        svg.text({kLabelLeft, y + 13}, kNames[o]->in(lang), {11.5, Anchor::start, true});
        const std::string n = " (" + count_text(total.counts[o], options.suppress_below) + ")";
        draw_share_bar(svg, axis, y, 17, total.shares[o], n, shade(4 - o), options);
    }
    hidden_note(svg, bottom + 50, options);
    return {"outcome_distribution", title, svg.finish()};
}

namespace {

std::string group_name(const outcomes::OutcomeResult& result, const outcomes::GroupRow& group, Lang lang) {
    std::string name;
    for (std::size_t f = 0; f < group.key.size(); ++f) {
        const std::string& value = group.key[f];
        const Text& missing =
            result.by[f] == outcomes::GroupField::year ? labels::kStillActive : labels::kNotGiven;
        name += (f ? " / " : "") + (value.empty() ? missing.in(lang) : value);
    }
    return name;
}

struct GroupBar {
    std::string name;
    const outcomes::ClosedRow* row = nullptr;
};

// The innermost groups (subtotals would count their courses twice), then the total.
std::vector<GroupBar> group_bars(const outcomes::OutcomeResult& result,
                                 const outcomes::OutcomeFigures& figures, Lang lang) {
    std::vector<GroupBar> bars;
    for (std::size_t g = 0; g < result.groups.size(); ++g)
        if (result.groups[g].key.size() == result.by.size())
            bars.push_back({group_name(result, result.groups[g], lang), &figures.closed[g + 1]});
    bars.push_back({labels::kTotal.in(lang), &figures.closed.front()});
    return bars;
}

void draw_target_legend(Svg& svg, double y, Lang lang) {
    svg.rect(kLabelLeft, y - 9, 14, 10, shade(3), {std::string(kOutline), 0.6});
    svg.text({kLabelLeft + 20, y}, labels::kTargetMet.in(lang), {11});
    svg.rect(kLabelLeft + 150, y - 9, 14, 10, shade(0), {std::string(kOutline), 0.6});
    svg.text({kLabelLeft + 170, y}, labels::kTargetNotMet.in(lang), {11});
}

}  // namespace

doc::Figure share_by_group(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                           const OutcomeChartOptions& options) {
    const Lang lang = options.lang;
    const std::vector<GroupBar> bars = group_bars(result, figures, lang);
    const std::string title = labels::kShareByGroup.in(lang);
    const double row = 22, top = 84, bottom = top + row * static_cast<double>(bars.size()) + 6;
    Svg svg(kWidth, bottom + 62, title);
    draw_title(svg, title, "");
    draw_target_legend(svg, 58, lang);
    const ValueAxis axis{kBarsLeft, kBarsRight, 1};
    draw_value_axis(
        svg, axis, top, bottom, 5, [lang](double v) { return percent_tick(v, lang); },
        labels::kShareJobOrEducation.in(lang));
    for (std::size_t b = 0; b < bars.size(); ++b) {
        const double y = top + 6 + row * static_cast<double>(b);
        const bool total = b + 1 == bars.size();
        svg.text({kLabelLeft, y + 11}, shorten(bars[b].name, 36), {10.5, Anchor::start, total});
        const auto& row_figures = *bars[b].row;
        const std::string_view fill = row_figures.target_met.value_or(false) ? shade(3) : shade(0);
        const std::string n =
            " (" + count_text(row_figures.counts[outcomes::kAllColumn], options.suppress_below) + ")";
        draw_share_bar(svg, axis, y, 13, row_figures.shares[outcomes::kJobOrEducationColumn], n, fill,
                       options);
    }
    // The target on top of the bars, dashed, so it reads in grey print too.
    const double x = axis.x(options.target_percent / 100);
    svg.line({x, top - 4}, {x, bottom}, {std::string(kInk), 1.6, true});
    svg.text({x, top - 8},
             fmt::format(fmt::runtime(labels::kTarget.in(lang)),
                         percent_text(options.target_percent / 100, 0, lang)),
             {10.5, Anchor::middle, true});
    hidden_note(svg, bottom + 50, options);
    return {"share_by_group", title, svg.finish()};
}

doc::Figure cohort_curve(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                         const OutcomeChartOptions& options) {
    const Lang lang = options.lang;
    const std::string title = labels::kCohort.in(lang);
    const auto& horizons = result.total.cohort;
    const int last_month = horizons.empty() ? 12 : std::max(1, horizons.back().months);
    const double left = 80, right = 700, top = 60, bottom = 320;
    const auto x_of = [&](double months) { return left + (right - left) * months / last_month; };
    const auto y_of = [&](double share) { return bottom - (bottom - top) * share; };
    Svg svg(kWidth, bottom + 72, title);
    draw_title(svg, title, "");
    for (int t = 0; t <= 5; ++t) {
        const double y = y_of(t / 5.0);
        svg.line({left, y}, {right, y}, {std::string(t == 0 ? kOutline : kGrid), t == 0 ? 1.0 : 0.6});
        svg.text({left - 7, y + 4}, percent_tick(t / 5.0, lang), {10, Anchor::end});
    }
    svg.line({left, top}, {left, bottom}, {std::string(kOutline), 1});
    svg.text({22, (top + bottom) / 2}, labels::kShareOfCohort.in(lang),
             {11, Anchor::middle, false, std::string(kInk), -90});
    svg.text({(left + right) / 2, bottom + 36}, labels::kMonths.in(lang), {11, Anchor::middle});
    svg.text({x_of(0), bottom + 16}, "0", {10, Anchor::middle});
    // The curve starts at 0 on the day of start and runs through each shown horizon;
    // a hidden horizon breaks it, so no line passes through a hidden figure.
    std::vector<Point> run{{x_of(0), y_of(0)}};
    for (std::size_t h = 0; h < horizons.size() && h < figures.cohort.size(); ++h) {
        const double x = x_of(horizons[h].months);
        svg.text({x, bottom + 16}, fmt::format("{}", horizons[h].months), {10, Anchor::middle});
        const auto& share = figures.cohort[h].cumulative;
        if (share.hidden() || !share.value) {
            if (run.size() > 1) svg.polyline(run, {std::string(kInk), 2});
            run.clear();
            svg.text({x, bottom - 8}, share.hidden() ? marker(share.mark, options.suppress_below) : "–",
                     {10.5, Anchor::middle, true});
            continue;
        }
        run.push_back({x, y_of(*share.value)});
    }
    if (run.size() > 1) svg.polyline(run, {std::string(kInk), 2});
    for (std::size_t h = 0; h < horizons.size() && h < figures.cohort.size(); ++h) {
        const auto& share = figures.cohort[h].cumulative;
        if (share.hidden() || !share.value) continue;
        const Point p{x_of(horizons[h].months), y_of(*share.value)};
        svg.circle(p, 4.5, "#ffffff", {std::string(kInk), 2});
        svg.text({p.x, p.y - 10}, percent_text(*share.value, options.decimals, lang),
                 {10.5, Anchor::middle, true});
    }
    hidden_note(svg, bottom + 60, options);
    return {"cohort_curve", title, svg.finish()};
}

namespace {

// A target as targets.yaml gives it: whole percents, or one decimal (47.5 %).
std::string target_text(double fraction, Lang lang) {
    const double percent = fraction * 100;
    return percent_text(fraction, std::abs(percent - std::round(percent)) < 1e-9 ? 0 : 1, lang);
}

struct TrendPanel {
    std::string name;
    std::size_t cell = 0;  // into each period's trend cells: 0 the total, g + 1 groups[g]
    double target = 0.5;   // the share the group is held to, a fraction
};

// One group's shares over the periods in a panel whose plot spans x = left..right, y = top..bottom.
// `own_targets`: the groups' targets differ, so each line says its value.
void draw_trend_panel(Svg& svg, const TrendPanel& panel, const outcomes::TrendFigures& trend,
                      const std::vector<std::string>& periods, Point at, double width, bool total,
                      bool own_targets, const OutcomeChartOptions& options) {
    const Lang lang = options.lang;
    // A wider right margin holds each target's value (47,5 %) inside the chart.
    const double left = at.x + 34, right = at.x + width - (own_targets ? 24 : 14), top = at.y + 22,
                 bottom = at.y + 112;
    const std::size_t n = periods.size();
    const auto x_of = [&](std::size_t p) {
        return n < 2 ? (left + right) / 2
                     : left + (right - left) * static_cast<double>(p) / static_cast<double>(n - 1);
    };
    const auto y_of = [&](double share) { return bottom - (bottom - top) * share; };
    svg.text({at.x, at.y + 10}, shorten(panel.name, 30), {11, Anchor::start, total});
    for (int t = 0; t <= 2; ++t) {
        const double y = y_of(t / 2.0);
        svg.line({left, y}, {right, y}, {std::string(t == 0 ? kOutline : kGrid), t == 0 ? 1.0 : 0.6});
        svg.text({left - 5, y + 3.5}, percent_tick(t / 2.0, lang), {9, Anchor::end});
    }
    const double target = y_of(panel.target);
    svg.line({left, target}, {right, target}, {std::string(kInk), 1.2, true});
    // In the margin right of the plot, clear of the next panel's tick labels.
    if (own_targets) svg.text({right + 4, target + 3}, target_text(panel.target, lang), {8.5});
    // Every period named when they are few, else the first and the last.
    for (std::size_t p = 0; p < n; ++p)
        if (n <= 4 || p == 0 || p + 1 == n) svg.text({x_of(p), bottom + 13}, periods[p], {9, Anchor::middle});
    // A hidden share breaks the line, so no line passes through a hidden figure.
    std::vector<Point> run;
    for (std::size_t p = 0; p < n; ++p) {
        const outcomes::ShareFigure& share = trend.cells[p][panel.cell].share;
        if (share.hidden() || !share.value) {
            if (run.size() > 1) svg.polyline(run, {std::string(kInk), 1.8});
            run.clear();
            svg.text({x_of(p), bottom - 4}, share.hidden() ? marker(share.mark, options.suppress_below) : "–",
                     {9, Anchor::middle, true});
            continue;
        }
        run.push_back({x_of(p), y_of(*share.value)});
    }
    if (run.size() > 1) svg.polyline(run, {std::string(kInk), 1.8});
    // Every point labelled when the periods are few, else the last one shown.
    std::optional<std::size_t> last;
    for (std::size_t p = 0; p < n; ++p)
        if (const auto& share = trend.cells[p][panel.cell].share; !share.hidden() && share.value) last = p;
    for (std::size_t p = 0; p < n; ++p) {
        const outcomes::ShareFigure& share = trend.cells[p][panel.cell].share;
        if (share.hidden() || !share.value) continue;
        const Point point{x_of(p), y_of(*share.value)};
        svg.circle(point, 3, "#ffffff", {std::string(kInk), 1.5});
        if (n > 4 && p != last) continue;
        // The first label starts at its point and the last ends at it, so that
        // neither reaches the tick labels left of the plot or the margin right of it.
        const Anchor anchor = n < 2        ? Anchor::middle
                              : p == 0     ? Anchor::start
                              : p + 1 == n ? Anchor::end
                                           : Anchor::middle;
        const double dx = anchor == Anchor::start ? -2 : anchor == Anchor::end ? 2 : 0;
        // Above the point, unless the target's line would cross the figure there.
        const double above = point.y - 6;
        const double baseline = target > above - 9 && target < above + 2 ? point.y + 13 : above;
        svg.text({point.x + dx, baseline}, percent_text(*share.value, options.decimals, lang),
                 {9, anchor, true});
    }
}

}  // namespace

doc::Figure share_trend(const outcomes::OutcomeResult& result, const outcomes::TrendFigures& trend,
                        const std::vector<std::string>& periods, const OutcomeChartOptions& options,
                        const std::vector<std::optional<double>>& share_targets) {
    const Lang lang = options.lang;
    const auto target_of = [&](std::size_t cell) {
        return cell < share_targets.size() && share_targets[cell] ? *share_targets[cell]
                                                                  : options.target_percent / 100;
    };
    std::vector<TrendPanel> panels;
    for (std::size_t g = 0; g < result.groups.size(); ++g)
        if (result.groups[g].key.size() == result.by.size())
            panels.push_back({group_name(result, result.groups[g], lang), g + 1, target_of(g + 1)});
    panels.push_back({labels::kTotal.in(lang), 0, target_of(0)});
    const bool own_targets = std::any_of(
        panels.begin(), panels.end(), [&](const TrendPanel& p) { return p.target != panels.front().target; });
    const std::string title = labels::kShareTrend.in(lang);
    const std::size_t columns = std::min<std::size_t>(3, panels.size());
    const std::size_t rows = (panels.size() + columns - 1) / columns;
    const double top = 84, gap = 20, height = 136;
    const double width =
        (kWidth - 2 * kLabelLeft - gap * static_cast<double>(columns - 1)) / static_cast<double>(columns);
    const double bottom = top + height * static_cast<double>(rows);
    Svg svg(kWidth, bottom + 40, title);
    draw_title(svg, title,
               fmt::format(fmt::runtime(labels::kPeriodsSpan.in(lang)), periods.front(), periods.back()));
    // The key: the dashed line is the target, one for all or each group's own.
    svg.line({kLabelLeft, 58}, {kLabelLeft + 28, 58}, {std::string(kInk), 1.2, true});
    svg.text({kLabelLeft + 34, 62},
             own_targets ? labels::kOwnTargets.in(lang)
                         : fmt::format(fmt::runtime(labels::kTarget.in(lang)),
                                       target_text(panels.front().target, lang)),
             {11});
    for (std::size_t i = 0; i < panels.size(); ++i) {
        const Point at{kLabelLeft + (width + gap) * static_cast<double>(i % columns),
                       top + height * static_cast<double>(i / columns)};
        draw_trend_panel(svg, panels[i], trend, periods, at, width, i + 1 == panels.size(), own_targets,
                         options);
    }
    hidden_note(svg, bottom + 24, options);
    return {"share_trend", title, svg.finish()};
}

}  // namespace ipskit::writers::charts
