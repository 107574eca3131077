#include <doctest/doctest.h>

#include "domain/rounding.hpp"

using ipskit::round_half_away;

TEST_CASE("domain::round_half_away") {
    SUBCASE("published shares: 37 of 124 is 30 %") {
        CHECK(round_half_away(37.0 / 124 * 100, 0) == 30);
    }
    SUBCASE("halves go away from zero") {
        CHECK(round_half_away(0.5, 0) == 1);
        CHECK(round_half_away(2.5, 0) == 3);
        CHECK(round_half_away(-2.5, 0) == -3);
        CHECK(round_half_away(0.125, 2) == doctest::Approx(0.13));
    }
    SUBCASE("decimal ties that are not exact in binary") {
        CHECK(round_half_away(1.005, 2) == doctest::Approx(1.01));
        CHECK(round_half_away(0.285 * 100, 0) == 29);
    }
    SUBCASE("below the half stays down") {
        CHECK(round_half_away(2.4999, 0) == 2);
        CHECK(round_half_away(55.49, 0) == 55);
    }
}
