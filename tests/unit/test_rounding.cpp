#include <stdexcept>

#include <doctest/doctest.h>

#include "domain/rounding.hpp"

// Expected values: Python decimal.Decimal(text).quantize(..., ROUND_HALF_UP),
// see tests/unit/reference/rounding.py.
using ipskit::round_half_away;

TEST_CASE("domain::round_half_away") {
    SUBCASE("a share as a whole percentage: 37/124*100 = 29.84 -> 30") {
        CHECK(round_half_away(37.0 / 124.0 * 100.0, 0) == 30.0);
        CHECK(round_half_away(37.0 / 124.0 * 100.0, 1) == 29.8);
    }
    SUBCASE("exact halves go away from zero") {
        CHECK(round_half_away(0.5, 0) == 1.0);
        CHECK(round_half_away(2.5, 0) == 3.0);
        CHECK(round_half_away(-2.5, 0) == -3.0);
    }
    SUBCASE("halves that a double stores slightly low still round up") {
        CHECK(round_half_away(1.005, 2) == 1.01);
        CHECK(round_half_away(-1.005, 2) == -1.01);
        CHECK(round_half_away(0.285 * 100.0, 0) == 29.0);
        CHECK(round_half_away(123456789.125, 2) == 123456789.13);
    }
    SUBCASE("values clearly below a half round down") {
        CHECK(round_half_away(1.0049, 2) == 1.0);
        CHECK(round_half_away(0.0, 3) == 0.0);
        CHECK(round_half_away(123456789.1249, 2) == 123456789.12);
    }
    SUBCASE("values too large to carry the decimals come back unchanged") {
        CHECK(round_half_away(1e300, 2) == 1e300);
    }
    SUBCASE("decimals outside 0..15 are a caller error") {
        CHECK_THROWS_AS(round_half_away(1.0, -1), std::invalid_argument);
        CHECK_THROWS_AS(round_half_away(1.0, 16), std::invalid_argument);
    }
}
