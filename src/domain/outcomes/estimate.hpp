#pragma once
// The evaluation report's figures beyond the outcomes tables: the
// socio-economic estimate (closed courses times a gain per course) and the
// time to job or education in years as well as days.

#include <optional>

#include "domain/outcomes/figures.hpp"

namespace ipskit::outcomes {

// An estimate, not a measurement: what the closed courses would save if
// each saved what a course saved in the study the gain comes from. Hidden
// (no total) when the count of closed courses is hidden.
struct GainEstimate {
    CountFigure courses;
    double per_course = 0;
    std::optional<double> total;
};

GainEstimate gain_estimate(const OutcomeFigures& figures, double per_course);

// `days` in years of 365.25 days; empty when `days` is.
std::optional<double> years_of(std::optional<double> days);

// The days figure of the time table in years, each figure as years_of.
struct YearsFigure {
    std::optional<double> mean, median, q1, q3;
};
YearsFigure years_figure(const DaysFigure& days);

}  // namespace ipskit::outcomes
