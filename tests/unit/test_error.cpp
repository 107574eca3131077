#include <doctest/doctest.h>

#include "util/error.hpp"

using ipskit::util::Error;
using ipskit::util::ErrorCollector;

TEST_CASE("util::format_diagnostic") {
    SUBCASE("file, line, column, what and fix") {
        const Error e({"cases.csv", 3, 2}, "31-02-2020 is not a date", "write the day first");
        CHECK(std::string(e.what()) ==
              "cases.csv:3:2: error: 31-02-2020 is not a date — write the day first");
    }
    SUBCASE("unknown column and line are left out") {
        CHECK(std::string(Error({"a.yaml", 4, 0}, "x").what()) == "a.yaml:4: error: x");
        CHECK(std::string(Error({"a.yaml", 0, 0}, "x").what()) == "a.yaml: error: x");
        CHECK(std::string(Error({}, "x", "y").what()) == "error: x — y");
    }
}

TEST_CASE("util::ErrorCollector") {
    ErrorCollector errors(2);
    CHECK_NOTHROW(errors.throw_if_any());
    for (int line = 2; line <= 5; ++line) errors.add({{"c.csv", line, 1}, "bad", ""});
    CHECK(errors.count() == 4);
    CHECK_THROWS_WITH_AS(errors.throw_if_any(),
                         "c.csv:2:1: error: bad\nc.csv:3:1: error: bad\n... and 2 more errors not shown",
                         Error);
}

TEST_CASE("util::ErrorCollector counts what a caller did not add") {
    ErrorCollector errors(3);
    errors.add({{"c.csv", 2, 1}, "bad", ""});
    CHECK(errors.room() == 2);
    errors.add({{"c.csv", 3, 1}, "bad", ""});
    errors.add_not_shown(4);
    CHECK(errors.room() == 1);
    CHECK(errors.count() == 6);
    CHECK_THROWS_WITH_AS(errors.throw_if_any(),
                         "c.csv:2:1: error: bad\nc.csv:3:1: error: bad\n... and 4 more errors not shown",
                         Error);
}
