#include "domain/outcomes/estimate.hpp"

namespace ipskit::outcomes {

GainEstimate gain_estimate(const OutcomeFigures& figures, double per_course) {
    GainEstimate e;
    e.courses = figures.closed.front().counts[kAllColumn];
    e.per_course = per_course;
    if (!e.courses.hidden()) e.total = static_cast<double>(e.courses.n) * per_course;
    return e;
}

std::optional<double> years_of(std::optional<double> days) {
    // The mean length of a Gregorian year, so that 365 days are not a year
    // in a leap year and a little less in another.
    if (!days) return std::nullopt;
    return *days / 365.25;
}

YearsFigure years_figure(const DaysFigure& days) {
    return {years_of(days.mean), years_of(days.median), years_of(days.q1), years_of(days.q3)};
}

}  // namespace ipskit::outcomes
