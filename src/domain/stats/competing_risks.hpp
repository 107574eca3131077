#pragma once
// Time from programme start to a job (or education) when cases can also close
// for other reasons, which prevents the job outcome from happening at all.
// Counts are kept per distinct day, so memory grows with distinct times, not
// cases, and tables from several extracts can be merged.

#include <map>

#include "domain/stats/coefficient.hpp"

namespace ipskit::stats {

enum class Event {
    censored,  // still open at the end of follow-up
    success,   // started a job or education
    competing  // closed for another reason
};

class EventTable {
public:
    // Records `count` cases whose follow-up ended at time_days (>= 0; day 0
    // is allowed) with event e. Throws std::invalid_argument for a negative
    // time or count.
    void add(long time_days, Event e, long count = 1);
    void merge(const EventTable& other);

    long n() const { return n_; }
    // Cases still under observation at `time`: those whose follow-up ended on
    // or after it (a case censored on day t counts as at risk on day t).
    long at_risk(long time) const;

    // Both estimates below are undefined when the table is empty, or when the
    // horizon lies past the last day observed while some case was still open
    // then (the estimate there is unknown, not the last value carried on).
    // A negative horizon throws std::invalid_argument.

    // Cumulative incidence of success by horizon_days (Aalen-Johansen): the
    // share of cases expected to have reached a job by then, allowing for
    // cases that closed for other reasons first.
    Coefficient aalen_johansen(long horizon_days) const;
    // 1 - Kaplan-Meier with competing closures treated as censored. It
    // overstates the share (it pretends closed cases could still get a job)
    // and is only printed for comparison.
    Coefficient km_one_minus_survival(long horizon_days) const;

private:
    struct Counts {
        long success = 0;
        long competing = 0;
        long censored = 0;
        long total() const { return success + competing + censored; }
    };
    std::map<long, Counts> by_time_;
    long n_ = 0;
};

}  // namespace ipskit::stats
