#pragma once
// The cohort view: of the courses that started in the period, the cumulative
// share in job or education by each horizon. Closing for another reason is a
// competing event (Aalen-Johansen), and active courses are censored at the
// as-of date. The as-of date may be the latest date in the extract, known only
// after the last row, so open courses are kept as counts per start day and
// censored when the estimate is made; memory grows with distinct days, not rows.

#include <map>
#include <optional>
#include <vector>

#include "domain/outcomes/case.hpp"
#include "domain/stats/coefficient.hpp"
#include "domain/stats/competing_risks.hpp"

namespace ipskit::outcomes {

// A horizon in months as days: months x 30.4375 (the mean month), rounded.
long horizon_days(int months);

struct HorizonFigure {
    int months = 0;
    long days = 0;
    stats::Coefficient cumulative;    // Aalen-Johansen share in job or education by `days`
    long at_risk = 0;                 // courses still followed on day `days`
    long full_follow_up = 0;          // courses that started at least `days` before as-of
    long full_follow_up_success = 0;  // of those, in job or education by `days`
};

class CohortTracker {
public:
    // `as_of` is the explicit --as-of date, if any: a course that ended after
    // it is treated as still active on that date.
    CohortTracker(std::vector<int> horizons_months, std::optional<DayNumber> as_of);

    void add(const Case& c);
    void merge(const CohortTracker& other);
    long courses() const { return courses_; }
    // Courses left out because they started after the as-of date.
    long started_after_as_of() const { return started_after_as_of_; }
    std::vector<HorizonFigure> estimate(DayNumber as_of) const;

private:
    std::vector<int> months_;
    std::vector<long> days_;
    std::optional<DayNumber> as_of_;
    stats::EventTable closed_;                               // event time of every closed course
    std::map<DayNumber, long> open_starts_;                  // start day -> still-active courses
    std::map<DayNumber, long> starts_;                       // start day -> every course
    std::vector<std::map<DayNumber, long>> success_starts_;  // per horizon: start day -> successes by it
    long courses_ = 0;
    long started_after_as_of_ = 0;
};

}  // namespace ipskit::outcomes
