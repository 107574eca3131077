#include <doctest/doctest.h>

#include "domain/date.hpp"

using ipskit::Date;

TEST_CASE("domain::is_valid") {
    CHECK(ipskit::is_valid(2020, 2, 29));
    CHECK_FALSE(ipskit::is_valid(2019, 2, 29));
    CHECK(ipskit::is_valid(2000, 2, 29));        // divisible by 400
    CHECK_FALSE(ipskit::is_valid(1900, 2, 29));  // divisible by 100
    CHECK_FALSE(ipskit::is_valid(2020, 2, 30));
    CHECK_FALSE(ipskit::is_valid(2020, 4, 31));
    CHECK(ipskit::is_valid(2020, 12, 31));
    CHECK_FALSE(ipskit::is_valid(2020, 13, 1));
    CHECK_FALSE(ipskit::is_valid(2020, 0, 1));
    CHECK_FALSE(ipskit::is_valid(2020, 1, 0));
}

TEST_CASE("domain::days_in_month") {
    CHECK(ipskit::days_in_month(2020, 2) == 29);
    CHECK(ipskit::days_in_month(2021, 2) == 28);
    CHECK(ipskit::days_in_month(2021, 9) == 30);
    CHECK(ipskit::days_in_month(2021, 13) == 0);
}

TEST_CASE("domain::make_date") {
    CHECK(ipskit::make_date(2020, 2, 29) == Date{2020, 2, 29});
    CHECK_FALSE(ipskit::make_date(2021, 2, 29).has_value());
}

TEST_CASE("domain::days_from_civil") {
    CHECK(ipskit::days_from_civil(1970, 1, 1) == 0);
    CHECK(ipskit::days_from_civil(1970, 1, 2) == 1);
    CHECK(ipskit::days_from_civil(1969, 12, 31) == -1);
    CHECK(ipskit::days_from_civil(2000, 3, 1) == 11017);
    CHECK(ipskit::days_from_civil(2020, 11, 12) == 18578);

    SUBCASE("civil_from_days is its inverse over four centuries") {
        for (int days = -200000; days <= 200000; days += 7) {
            const Date d = ipskit::civil_from_days(days);
            REQUIRE(ipskit::is_valid(d.year, d.month, d.day));
            REQUIRE(d.days_since_epoch() == days);
        }
    }
}

TEST_CASE("domain::days_between") {
    CHECK(ipskit::days_between(Date{2020, 2, 28}, Date{2020, 3, 1}) == 2);
    CHECK(ipskit::days_between(Date{2021, 2, 28}, Date{2021, 3, 1}) == 1);
    CHECK(ipskit::days_between(Date{2020, 3, 1}, Date{2020, 2, 28}) == -2);
    CHECK(ipskit::days_between(Date{2019, 1, 1}, Date{2020, 1, 1}) == 365);
    CHECK(ipskit::days_between(Date{2020, 1, 1}, Date{2021, 1, 1}) == 366);
}

TEST_CASE("domain::Date comparison is calendar order") {
    CHECK(Date{2020, 1, 31} < Date{2020, 2, 1});
    CHECK(Date{2019, 12, 31} < Date{2020, 1, 1});
    CHECK(Date{2020, 5, 5} == Date{2020, 5, 5});
    CHECK(Date{2020, 5, 6} > Date{2020, 5, 5});
}

TEST_CASE("domain::Date::to_iso") {
    CHECK(Date{2020, 2, 9}.to_iso() == "2020-02-09");
    CHECK(Date{1999, 12, 31}.to_iso() == "1999-12-31");
    CHECK(Date{987, 1, 1}.to_iso() == "0987-01-01");
}
