// Cumulative incidence with a competing event, from counts per distinct day.
//
// At each distinct time t_j with n_j cases at risk, d1_j successes, d2_j
// competing closures and c_j censorings:
//
//   S(t)    = prod_{t_j <= t} (1 - (d1_j + d2_j) / n_j)   overall Kaplan-Meier
//                                                        of "any event"
//   CIF(h)  = sum_{t_j <= h} S(t_j-) d1_j / n_j           Aalen-Johansen
//   KM1(h)  = 1 - prod_{t_j <= h} (1 - d1_j / n_j)        competing as censored
//
// CIF weights each day's success hazard by the share still event-free just
// before it, so a case closed for another reason no longer counts as able to
// find work. KM1 keeps such cases in the "could still succeed" mass and so
// overstates success whenever competing closures occur.
//
// Ties: on a day with both events and censorings, events come first, so the
// censored cases are in that day's risk set (as in R's survival and cmprsk).
// Beyond the last day observed, the estimate is only known if no case was
// left open, i.e. the survival function has already reached 0; otherwise the
// result is undefined rather than silently carried forward (cmprsk's
// timepoints() returns NA there too).

#include "domain/stats/competing_risks.hpp"

#include <stdexcept>
#include <string>

namespace ipskit::stats {

namespace {

// (n - d) / n as a ratio of integers, so that d == n gives exactly 0.
double surviving_share(long at_risk, long events) {
    return static_cast<double>(at_risk - events) / static_cast<double>(at_risk);
}

Coefficient no_cases() {
    return Coefficient::undefined({"no cases", "ingen forløb"});
}

Coefficient beyond_follow_up(long last_day, long horizon_days) {
    const std::string last = std::to_string(last_day), horizon = std::to_string(horizon_days);
    return Coefficient::undefined(
        {"follow-up ends at day " + last + ", before the " + horizon + "-day horizon, with cases still open",
         "opfølgningen slutter på dag " + last + ", før horisonten på " + horizon +
             " dage, mens der stadig er åbne forløb"});
}

}  // namespace

void EventTable::add(long time_days, Event e, long count) {
    if (time_days < 0) throw std::invalid_argument("EventTable::add: time must not be negative");
    if (count < 0) throw std::invalid_argument("EventTable::add: count must not be negative");
    if (count == 0) return;
    Counts& c = by_time_[time_days];
    switch (e) {
        case Event::censored:
            c.censored += count;
            break;
        case Event::success:
            c.success += count;
            break;
        case Event::competing:
            c.competing += count;
            break;
    }
    n_ += count;
}

void EventTable::merge(const EventTable& other) {
    for (const auto& [time, c] : other.by_time_) {
        add(time, Event::success, c.success);
        add(time, Event::competing, c.competing);
        add(time, Event::censored, c.censored);
    }
}

long EventTable::at_risk(long time) const {
    long ended_before = 0;
    for (auto it = by_time_.begin(); it != by_time_.end() && it->first < time; ++it)
        ended_before += it->second.total();
    return n_ - ended_before;
}

Coefficient EventTable::aalen_johansen(long horizon_days) const {
    if (horizon_days < 0) throw std::invalid_argument("aalen_johansen: horizon must not be negative");
    if (n_ == 0) return no_cases();
    double event_free = 1.0;  // S(t_j-)
    double incidence = 0.0;
    long risk = n_;
    for (const auto& [time, c] : by_time_) {
        if (time > horizon_days) return Coefficient::of(incidence);
        incidence += event_free * static_cast<double>(c.success) / static_cast<double>(risk);
        event_free *= surviving_share(risk, c.success + c.competing);
        risk -= c.total();
    }
    // The horizon lies on or after the last day observed.
    const long last_day = by_time_.rbegin()->first;
    if (horizon_days > last_day && event_free > 0.0) return beyond_follow_up(last_day, horizon_days);
    return Coefficient::of(incidence);
}

Coefficient EventTable::km_one_minus_survival(long horizon_days) const {
    if (horizon_days < 0) throw std::invalid_argument("km_one_minus_survival: horizon must not be negative");
    if (n_ == 0) return no_cases();
    double not_yet = 1.0;  // Kaplan-Meier "no success yet"
    long risk = n_;
    for (const auto& [time, c] : by_time_) {
        if (time > horizon_days) return Coefficient::of(1.0 - not_yet);
        not_yet *= surviving_share(risk, c.success);
        risk -= c.total();
    }
    const long last_day = by_time_.rbegin()->first;
    if (horizon_days > last_day && not_yet > 0.0) return beyond_follow_up(last_day, horizon_days);
    return Coefficient::of(1.0 - not_yet);
}

}  // namespace ipskit::stats
