#include <string_view>

#include <doctest/doctest.h>

#include "domain/text.hpp"
#include "util/plural.hpp"

using ipskit::util::by_count;

TEST_CASE("util::by_count") {
    const std::string_view one = "group", many = "groups";
    SUBCASE("exactly one is singular") {
        CHECK(by_count(1, one, many) == "group");
        CHECK(by_count(-1L, one, many) == "group");
    }
    SUBCASE("none and more than one are plural") {
        CHECK(by_count(0, one, many) == "groups");
        CHECK(by_count(2U, one, many) == "groups");
        CHECK(by_count(1000000LL, one, many) == "groups");
    }
    SUBCASE("a report's text pair keeps both languages") {
        const ipskit::Text course{"active course", "aktivt forløb"};
        const ipskit::Text courses{"active courses", "aktive forløb"};
        CHECK(by_count(1, course, courses).in(ipskit::Lang::da) == "aktivt forløb");
        CHECK(by_count(3, course, courses).in(ipskit::Lang::da) == "aktive forløb");
        CHECK(by_count(1, course, courses).in(ipskit::Lang::en) == "active course");
    }
}
