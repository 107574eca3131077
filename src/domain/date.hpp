#pragma once
// A calendar date in the proleptic Gregorian calendar, as the case extracts
// use them (no time of day, no time zone). Knows nothing of text formats
// beyond writing itself as ISO 8601.

#include <compare>
#include <optional>
#include <string>

namespace ipskit {

struct Date {
    int year = 1970;
    int month = 1;  // 1..12
    int day = 1;    // 1..days_in_month(year, month)

    // Members are ordered year, month, day, so the defaulted comparison is
    // calendar order.
    friend auto operator<=>(const Date&, const Date&) = default;

    // Days since 1970-01-01 (negative before it).
    int days_since_epoch() const;
    // "2020-02-29".
    std::string to_iso() const;
};

bool is_leap_year(int year);
// 28..31; 0 when month is not 1..12.
int days_in_month(int year, int month);
bool is_valid(int year, int month, int day);
// The date, or nullopt when year-month-day does not exist.
std::optional<Date> make_date(int year, int month, int day);

// Days since 1970-01-01 of a valid date (Howard Hinnant's algorithm).
int days_from_civil(int year, int month, int day);
// The inverse of days_from_civil.
Date civil_from_days(int days);
// to - from in days: positive when `to` is later.
int days_between(const Date& from, const Date& to);

}  // namespace ipskit
