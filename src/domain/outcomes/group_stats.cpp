#include "domain/outcomes/group_stats.hpp"

namespace ipskit::outcomes {

long OutcomeCounts::total() const {
    long n = 0;
    for (long count : by_outcome) n += count;
    return n;
}

long OutcomeCounts::job_or_education() const {
    long n = 0;
    for (Outcome o : kOutcomes)
        if (is_job_or_education(o)) n += of(o);
    return n;
}

GroupStats::GroupStats(const AggregationRules& rules) : cohort(rules.horizons_months, rules.as_of) {}

void GroupStats::add(const Case& c, const AggregationRules& rules) {
    ++courses;
    if (rules.period.contains(c.start)) ++started;
    add_closed(c, rules);
    add_capacity(c, rules);
    if (!rules.cohort) return;
    if (rules.period.contains(c.start))
        cohort.add(c);
    else
        ++cohort_outside_period;
}

void GroupStats::add_closed(const Case& c, const AggregationRules& rules) {
    if (!c.end) {
        ++active;
        return;
    }
    if (!rules.period.contains(*c.end)) {
        ++(rules.period.is_before(*c.end) ? closed_before : closed_after);
        return;
    }
    // The reader refuses a closed course without an outcome.
    const Outcome outcome = c.outcome.value_or(Outcome::other);
    ++closed.by_outcome[static_cast<std::size_t>(outcome)];
    if (is_job_or_education(outcome)) {
        if (c.outcome_date)
            days_to_outcome.add(*c.outcome_date - c.start);
        else
            ++outcome_without_date;
    }
    if (c.first_employer_contact)
        days_to_contact.add(*c.first_employer_contact - c.start);
    else
        ++without_contact;
}

void GroupStats::add_capacity(const Case& c, const AggregationRules& rules) {
    const std::optional<DayNumber> day = rules.capacity_day();
    const bool active_then = day ? c.start <= *day && (!c.end || *c.end > *day) : !c.end;
    if (!active_then) return;
    ++active_at_capacity_day;
    if (c.aftercare) ++aftercare_at_capacity_day;
}

void GroupStats::merge(const GroupStats& other) {
    courses += other.courses;
    started += other.started;
    for (std::size_t i = 0; i < closed.by_outcome.size(); ++i)
        closed.by_outcome[i] += other.closed.by_outcome[i];
    active += other.active;
    closed_before += other.closed_before;
    closed_after += other.closed_after;
    days_to_outcome.merge(other.days_to_outcome);
    outcome_without_date += other.outcome_without_date;
    days_to_contact.merge(other.days_to_contact);
    without_contact += other.without_contact;
    active_at_capacity_day += other.active_at_capacity_day;
    aftercare_at_capacity_day += other.aftercare_at_capacity_day;
    cohort.merge(other.cohort);
    cohort_outside_period += other.cohort_outside_period;
}

}  // namespace ipskit::outcomes
