#include <stdexcept>

#include <doctest/doctest.h>

#include "domain/stats/proportion.hpp"

namespace stats = ipskit::stats;

namespace {

void check_interval(stats::Interval got, double lower, double upper) {
    CHECK(got.lower == doctest::Approx(lower).epsilon(1e-12));
    CHECK(got.upper == doctest::Approx(upper).epsilon(1e-12));
}

}  // namespace

// Expected values: tests/unit/reference/proportion.R, i.e.
// prop.test(x, n, correct = FALSE)$conf.int in R 4.2.
TEST_CASE("stats::wilson_interval") {
    SUBCASE("typical share: prop.test(37, 124, correct = FALSE)") {
        check_interval(stats::wilson_interval(37, 124), 0.22490003724175062, 0.38399053346013556);
    }
    SUBCASE("none of ten: prop.test(0, 10, correct = FALSE), lower bound exactly 0") {
        const auto ci = stats::wilson_interval(0, 10);
        CHECK(ci.lower == 0.0);
        CHECK(ci.upper == doctest::Approx(0.27753279986288915).epsilon(1e-12));
    }
    SUBCASE("all of ten: prop.test(10, 10, correct = FALSE), upper bound exactly 1") {
        const auto ci = stats::wilson_interval(10, 10);
        CHECK(ci.lower == doctest::Approx(0.72246720013711085).epsilon(1e-12));
        CHECK(ci.upper == 1.0);
    }
    SUBCASE("a single case: prop.test(1, 1, correct = FALSE)") {
        check_interval(stats::wilson_interval(1, 1), 0.2065493143772375, 1.0);
    }
    SUBCASE("prop.test(5, 20, correct = FALSE)") {
        check_interval(stats::wilson_interval(5, 20), 0.11186170140766569, 0.46870087761874396);
    }
    SUBCASE("large n: prop.test(123456, 1e6, correct = FALSE)") {
        check_interval(stats::wilson_interval(123456, 1000000), 0.12281269653142285, 0.12410219641400438);
    }
    SUBCASE("90 % with z = qnorm(0.95): prop.test(37, 124, conf.level = 0.90, correct = FALSE)") {
        check_interval(stats::wilson_interval(37, 124, 1.6448536269514715), 0.23569339328734581,
                       0.36969088085757612);
    }
    SUBCASE("impossible counts are a caller error") {
        CHECK_THROWS_AS(stats::wilson_interval(0, 0), std::invalid_argument);
        CHECK_THROWS_AS(stats::wilson_interval(3, 2), std::invalid_argument);
        CHECK_THROWS_AS(stats::wilson_interval(-1, 2), std::invalid_argument);
    }
}

// Expected values: decimal rounding of the written number, half away from
// zero, from tests/unit/reference/rounding.py (Python decimal, ROUND_HALF_UP).
// Results are compared exactly against the nearest double of the decimal.
