#include "domain/outcomes/periods.hpp"

#include <string>

#include "domain/date.hpp"

namespace ipskit::outcomes {

std::vector<NamedPeriod> year_periods(int first, int last) {
    std::vector<NamedPeriod> periods;
    for (int year = first; year <= last; ++year)
        periods.push_back(
            {std::to_string(year), {days_from_civil(year, 1, 1), days_from_civil(year, 12, 31)}});
    return periods;
}

std::vector<NamedPeriod> quarter_periods(int first_year, int first_quarter, int last_year, int last_quarter) {
    std::vector<NamedPeriod> periods;
    for (int number = first_year * 4 + first_quarter - 1; number <= last_year * 4 + last_quarter - 1;
         ++number) {
        const int year = number / 4;
        const int quarter = number % 4 + 1;
        const DayNumber first = days_from_civil(year, quarter * 3 - 2, 1);
        // The day before the next quarter's first day.
        const DayNumber last =
            (quarter == 4 ? days_from_civil(year + 1, 1, 1) : days_from_civil(year, quarter * 3 + 1, 1)) - 1;
        periods.push_back({std::to_string(year) + "Q" + std::to_string(quarter), {first, last}});
    }
    return periods;
}

double year_fraction(const Period& period) {
    const Date first = civil_from_days(*period.from);
    const Date after = civil_from_days(*period.to + 1);
    // Whole months: from the first of a month to the last day of one.
    if (first.day == 1 && after.day == 1) {
        const int months = (after.year - first.year) * 12 + after.month - first.month;
        return months / 12.0;
    }
    return (*period.to - *period.from + 1) / 365.25;
}

PeriodAggregator::PeriodAggregator(const AggregationRules& rules, const std::vector<NamedPeriod>& periods,
                                   std::vector<GroupField> by, std::vector<std::string> attributes) {
    for (const NamedPeriod& named : periods) {
        AggregationRules own = rules;
        own.period = named.period;
        periods_.emplace_back(std::move(own), by, attributes);
    }
}

void PeriodAggregator::merge(const PeriodAggregator& other) {
    for (std::size_t i = 0; i < periods_.size(); ++i) periods_[i].merge(other.periods_[i]);
}

std::vector<OutcomeResult> PeriodAggregator::finish(Lang order) const {
    std::vector<OutcomeResult> results;
    for (const OutcomeAggregator& period : periods_) results.push_back(period.finish(order));
    return results;
}

PeriodsAndReferrals::PeriodsAndReferrals(const AggregationRules& rules,
                                         const std::vector<NamedPeriod>& periods, std::vector<GroupField> by,
                                         std::vector<std::string> attributes)
    : outcomes_(rules, periods, by, attributes) {
    for (const NamedPeriod& named : periods) referrals_.emplace_back(named.period, by, attributes);
}

void PeriodsAndReferrals::merge(const PeriodsAndReferrals& other) {
    outcomes_.merge(other.outcomes_);
    for (std::size_t i = 0; i < referrals_.size(); ++i) referrals_[i].merge(other.referrals_[i]);
}

std::vector<ReferralResult> PeriodsAndReferrals::finish_referrals(Lang order) const {
    std::vector<ReferralResult> results;
    for (const ReferralAggregator& period : referrals_) results.push_back(period.finish(order));
    return results;
}

}  // namespace ipskit::outcomes
