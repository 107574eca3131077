#pragma once
// Several reporting periods in one run (--years, --quarters): the periods
// themselves, and an aggregator that adds each course to every period at
// once, so that the extract is read a single time however many periods the
// report has. Memory grows with groups x periods, never with rows.

#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/period.hpp"
#include "domain/outcomes/referrals.hpp"

namespace ipskit::outcomes {

// A period with the name a report gives it: "2021", "2021Q3", or
// "2020-08-01 – 2023-07-31".
struct NamedPeriod {
    std::string name;
    Period period;
};

// The most periods one run reports: groups x periods sets the memory, and
// 100 quarters are 25 years.
inline constexpr int kMaxPeriods = 100;

// The calendar years first..last, each from 1 January to 31 December.
std::vector<NamedPeriod> year_periods(int first, int last);
// The quarters from (first_year, first_quarter) to (last_year, last_quarter),
// quarters numbered 1 to 4.
std::vector<NamedPeriod> quarter_periods(int first_year, int first_quarter, int last_year, int last_quarter);

// The share of a year that `period` spans, for pro-rating a yearly figure:
// whole calendar months count as months / 12 (a quarter is 0.25 whatever its
// days), any other span as days / 365.25. Both ends must be set.
double year_fraction(const Period& period);

class PeriodAggregator {
public:
    // `rules` holds everything but the period, which each of `periods` sets.
    PeriodAggregator(const AggregationRules& rules, const std::vector<NamedPeriod>& periods,
                     std::vector<GroupField> by, std::vector<std::string> attributes = {});

    // The group and consultant are looked up once, in the first period.
    // Returns the course's group number there, or kNotCounted for a
    // referral that never started, which is no course.
    static constexpr std::size_t kNotCounted = ReferralAggregator::kNoGroup;
    std::size_t add(const Case& c) {
        if (!c.started) return kNotCounted;
        const OutcomeAggregator::Place place = periods_.front().place_of(c);
        for (OutcomeAggregator& period : periods_) period.add_at(place, c);
        return place.group;
    }
    void merge(const PeriodAggregator& other);
    // One result per period, in the order of the periods.
    std::vector<OutcomeResult> finish(Lang order = Lang::en) const;

private:
    std::vector<OutcomeAggregator> periods_;
};

// The outcome figures and the referral path of every period in the same
// single pass, for read_cases_summed. A referral that never started is no
// course, but it is on the referral path, so each period's referrals see
// every row.
class PeriodsAndReferrals {
public:
    PeriodsAndReferrals(const AggregationRules& rules, const std::vector<NamedPeriod>& periods,
                        std::vector<GroupField> by, std::vector<std::string> attributes = {});

    void add(const Case& c) {
        const std::size_t group = outcomes_.add(c);
        for (ReferralAggregator& period : referrals_) period.add(c, group);
    }
    void merge(const PeriodsAndReferrals& other);
    std::vector<OutcomeResult> finish(Lang order = Lang::en) const { return outcomes_.finish(order); }
    // One result per period, in the order of the periods.
    std::vector<ReferralResult> finish_referrals(Lang order = Lang::en) const;

private:
    PeriodAggregator outcomes_;
    std::vector<ReferralAggregator> referrals_;
};

}  // namespace ipskit::outcomes
