#pragma once
// The figures of one group of courses (a site, a cluster, ... or all of them),
// updated one course at a time. Everything here is a counter, a histogram of
// days or a cohort tracker, so a group costs the same for ten rows or a million.

#include <array>
#include <optional>
#include <vector>

#include "domain/outcomes/case.hpp"
#include "domain/outcomes/cohort.hpp"
#include "domain/outcomes/period.hpp"
#include "domain/stats/distribution.hpp"

namespace ipskit::outcomes {

// What the aggregation needs to know about the run.
struct AggregationRules {
    Period period;
    std::optional<DayNumber> as_of;  // the explicit --as-of date
    bool cohort = false;
    std::vector<int> horizons_months;

    // The day capacity is counted on: the end of the period, else --as-of;
    // empty: count every course without an end date.
    std::optional<DayNumber> capacity_day() const { return period.to ? period.to : as_of; }
};

// Closed courses by outcome.
struct OutcomeCounts {
    std::array<long, 4> by_outcome{};

    long of(Outcome o) const { return by_outcome[static_cast<std::size_t>(o)]; }
    long total() const;
    long job_or_education() const;
};

struct GroupStats {
    explicit GroupStats(const AggregationRules& rules);

    void add(const Case& c, const AggregationRules& rules);
    void merge(const GroupStats& other);

    long courses = 0;        // every course of the group in the extract
    long started = 0;        // started in the period (for the trend over several periods)
    OutcomeCounts closed;    // closed in the period
    long active = 0;         // no end date: left out of the closed-course table
    long closed_before = 0;  // closed before the period
    long closed_after = 0;   // closed after the period

    // Closed in the period with job, flexjob or education: days from start
    // to the outcome date, and how many have no outcome date.
    stats::IntHistogram days_to_outcome;
    long outcome_without_date = 0;
    // Closed in the period: days from start to first employer contact.
    stats::IntHistogram days_to_contact;
    long without_contact = 0;

    long active_at_capacity_day = 0;
    long aftercare_at_capacity_day = 0;

    // Courses that started in the period; only filled with --cohort.
    CohortTracker cohort;
    long cohort_outside_period = 0;

private:
    void add_closed(const Case& c, const AggregationRules& rules);
    void add_capacity(const Case& c, const AggregationRules& rules);
};

}  // namespace ipskit::outcomes
