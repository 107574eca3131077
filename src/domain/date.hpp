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
    constexpr int days_since_epoch() const;
    // "2020-02-29".
    std::string to_iso() const;
    // "29-02-2020", as Danes write a date.
    std::string to_danish() const;
};

// The calendar functions below are inline: readers call them for every date
// cell of an extract, and a call costs as much as the arithmetic.

constexpr bool is_leap_year(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

// Outside the function, so that it is not built on the stack for each call.
inline constexpr int kDaysInMonth[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

// 28..31; 0 when month is not 1..12.
constexpr int days_in_month(int year, int month) {
    if (month < 1 || month > 12) return 0;
    if (month == 2 && is_leap_year(year)) return 29;
    return kDaysInMonth[month - 1];
}

constexpr bool is_valid(int year, int month, int day) {
    return day >= 1 && day <= days_in_month(year, month);
}

// The date, or nullopt when year-month-day does not exist.
std::optional<Date> make_date(int year, int month, int day);

// Days since 1970-01-01 of a valid date (Howard Hinnant's algorithm, see
// https://howardhinnant.github.io/date_algorithms.html): shifting the year to
// start in March puts the leap day last, so each 400-year era has the same
// shape and the day count is closed-form.
constexpr int days_from_civil(int year, int month, int day) {
    const int y = year - (month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int year_of_era = y - era * 400;
    const int day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

constexpr int Date::days_since_epoch() const {
    return days_from_civil(year, month, day);
}

// `text` with every ISO date in it ("2020-11-12", or a period "2020-01-01 –
// 2020-06-30") as Danes write dates ("12-11-2020") when `danish`; the rest of
// the text, and every text when not `danish`, is given back as it is.
std::string date_for_reader(const std::string& text, bool danish);

// The inverse of days_from_civil.
Date civil_from_days(int days);
// to - from in days: positive when `to` is later.
int days_between(const Date& from, const Date& to);

}  // namespace ipskit
