#include "domain/outcomes/cohort.hpp"

#include <cmath>

namespace ipskit::outcomes {

namespace {

void add_count(std::map<DayNumber, long>& counts, DayNumber day, long n) {
    if (n != 0) counts[day] += n;
}

void merge_counts(std::map<DayNumber, long>& into, const std::map<DayNumber, long>& from) {
    for (const auto& [day, n] : from) add_count(into, day, n);
}

// Courses that started on or before `last_start`.
long started_by(const std::map<DayNumber, long>& counts, DayNumber last_start) {
    long n = 0;
    for (auto it = counts.begin(); it != counts.end() && it->first <= last_start; ++it) n += it->second;
    return n;
}

}  // namespace

long horizon_days(int months) {
    return std::lround(months * 30.4375);
}

CohortTracker::CohortTracker(std::vector<int> horizons_months, std::optional<DayNumber> as_of)
    : months_(std::move(horizons_months)), as_of_(as_of), success_starts_(months_.size()) {
    for (int m : months_) days_.push_back(horizon_days(m));
}

void CohortTracker::add(const Case& c) {
    if (as_of_ && c.start > *as_of_) {
        ++started_after_as_of_;
        return;
    }
    ++courses_;
    add_count(starts_, c.start, 1);
    const auto known = [&](std::optional<DayNumber> day) { return day && (!as_of_ || *day <= *as_of_); };
    // A job or education counts from the day it began (a course in aftercare
    // may still be open then); without that date, from the day it closed.
    const bool success = c.outcome && is_job_or_education(*c.outcome);
    std::optional<DayNumber> event_day;
    if (success && known(c.outcome_date))
        event_day = c.outcome_date;
    else if (known(c.end))
        event_day = c.end;
    if (!event_day) {
        add_count(open_starts_, c.start, 1);
        return;
    }
    const long time = *event_day - c.start;
    closed_.add(time, success ? stats::Event::success : stats::Event::competing);
    if (!success) return;
    for (std::size_t h = 0; h < days_.size(); ++h)
        if (time <= days_[h]) add_count(success_starts_[h], c.start, 1);
}

void CohortTracker::merge(const CohortTracker& other) {
    closed_.merge(other.closed_);
    merge_counts(open_starts_, other.open_starts_);
    merge_counts(starts_, other.starts_);
    for (std::size_t h = 0; h < success_starts_.size(); ++h)
        merge_counts(success_starts_[h], other.success_starts_[h]);
    courses_ += other.courses_;
    started_after_as_of_ += other.started_after_as_of_;
}

std::vector<HorizonFigure> CohortTracker::estimate(DayNumber as_of) const {
    stats::EventTable events = closed_;
    for (const auto& [start, n] : open_starts_)
        if (start <= as_of) events.add(as_of - start, stats::Event::censored, n);
    std::vector<HorizonFigure> figures;
    for (std::size_t h = 0; h < days_.size(); ++h) {
        HorizonFigure f;
        f.months = months_[h];
        f.days = days_[h];
        f.cumulative = events.n() > 0 ? events.aalen_johansen(f.days)
                                      : stats::Coefficient::undefined({"no courses started in the period",
                                                                       "ingen forløb startet i perioden"});
        f.at_risk = events.at_risk(f.days);
        // Started at least `days` before as-of: the outcome by the horizon is known.
        const auto last_start = static_cast<DayNumber>(as_of - f.days);
        f.full_follow_up = started_by(starts_, last_start);
        f.full_follow_up_success = started_by(success_starts_[h], last_start);
        figures.push_back(std::move(f));
    }
    return figures;
}

}  // namespace ipskit::outcomes
