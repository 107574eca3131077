#include <string>

#include <doctest/doctest.h>

#include "readers/duplicate_ids.hpp"

using ipskit::readers::DuplicateIdFinder;

TEST_CASE("readers::DuplicateIdFinder") {
    SUBCASE("a repeated id gives the line it was first seen on") {
        DuplicateIdFinder finder;
        CHECK(finder.add("HJ-0001", 2) == 0);
        CHECK(finder.add("HJ-0002", 3) == 0);
        CHECK(finder.add("HJ-0001", 7) == 2);
        CHECK(finder.add("HJ-0001", 9) == 2);  // still the first line
        CHECK(finder.size() == 2);
    }
    SUBCASE("ids are compared exactly: case and spaces count") {
        DuplicateIdFinder finder;
        CHECK(finder.add("a1", 2) == 0);
        CHECK(finder.add("A1", 3) == 0);
        CHECK(finder.add("a1 ", 4) == 0);
    }
    SUBCASE("no false duplicates among 200,000 distinct ids while the table grows") {
        DuplicateIdFinder finder;
        int duplicates = 0;
        for (int i = 0; i < 200000; ++i) duplicates += finder.add("RS-" + std::to_string(i), i + 2) != 0;
        CHECK(duplicates == 0);
        CHECK(finder.add("RS-123456", 1) == 123458);
    }
}

TEST_CASE("readers::DuplicateIdFinder at_end") {
    DuplicateIdFinder finder(DuplicateIdFinder::Mode::at_end);
    CHECK(finder.add("A", 2) == 0);
    CHECK(finder.add("B", 3) == 0);
    CHECK(finder.add("A", 4) == 0);  // found only by finish()
    CHECK(finder.add("C", 5) == 0);
    CHECK(finder.add("A", 6) == 0);
    const auto found = finder.finish();
    REQUIRE(found.size() == 2);
    CHECK(found[0].first_line == 2);
    CHECK(found[0].line == 4);
    CHECK(found[1].first_line == 2);
    CHECK(found[1].line == 6);
}
