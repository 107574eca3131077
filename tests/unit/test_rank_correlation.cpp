#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "domain/stats/rank_correlation.hpp"

namespace stats = ipskit::stats;

namespace {

// Thirteen sites of tests/unit/reference/rank_correlation.R: totals with ties.
const std::vector<double> kTotals{78, 85, 91, 98, 98, 102, 104, 104, 108, 111, 115, 119, 88};
const std::vector<double> kShares{0.31, 0.38, 0.42, 0.47, 0.40, 0.52, 0.55,
                                  0.18, 0.58, 0.61, 0.66, 0.64, 0.35};

void check_all(const std::vector<double>& got, const std::vector<double>& expected) {
    REQUIRE(got.size() == expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) CHECK(got[i] == doctest::Approx(expected[i]).epsilon(1e-12));
}

}  // namespace

// Expected values: tests/unit/reference/rank_correlation.R (R 4.2.2).
TEST_CASE("stats::mid_ranks") {
    SUBCASE("ties share the mean of their ranks: rank(total)") {
        check_all(stats::mid_ranks(kTotals), {1, 2, 4, 5.5, 5.5, 7, 8.5, 8.5, 10, 11, 12, 13, 3});
    }
    SUBCASE("nothing to rank") {
        CHECK(stats::mid_ranks({}).empty());
    }
}

TEST_CASE("stats::spearman") {
    SUBCASE("thirteen sites with ties: cor.test(total, share, method = \"spearman\")") {
        const auto r = stats::spearman(kTotals, kShares);
        CHECK(r.n == 13);
        REQUIRE(r.rho);
        CHECK(*r.rho == doctest::Approx(0.80441076585650662).epsilon(1e-12));
        REQUIRE(r.ci);
        CHECK(r.ci->lower == doctest::Approx(0.37818692887869021).epsilon(1e-12));
        CHECK(r.ci->upper == doctest::Approx(0.94923874078537218).epsilon(1e-12));
    }
    SUBCASE("five sites: the interval is wide and takes in 0") {
        const auto r = stats::spearman({80, 95, 101, 110, 120}, {0.30, 0.45, 0.40, 0.55, 0.60});
        CHECK(*r.rho == doctest::Approx(0.9).epsilon(1e-12));
        CHECK(r.ci->lower == doctest::Approx(-0.16889565860999642).epsilon(1e-12));
        CHECK(r.ci->upper == doctest::Approx(0.99606859247505131).epsilon(1e-12));
    }
    SUBCASE("a negative correlation with a tie in y") {
        const auto r = stats::spearman({1, 2, 3, 4, 5, 6}, {0.9, 0.8, 0.8, 0.5, 0.4, 0.1});
        CHECK(*r.rho == doctest::Approx(-0.98561076060916231).epsilon(1e-12));
        CHECK(r.ci->lower == doctest::Approx(-0.99908179528028884).epsilon(1e-12));
        CHECK(r.ci->upper == doctest::Approx(-0.79479271183129019).epsilon(1e-12));
    }
    SUBCASE("a perfect order has rho 1 and no interval") {
        const auto r = stats::spearman({1, 2, 3, 4}, {10, 20, 30, 40});
        CHECK(*r.rho == doctest::Approx(1.0));
        CHECK_FALSE(r.ci);
    }
    SUBCASE("three sites: rho, but too few for an interval") {
        const auto r = stats::spearman({1, 2, 3}, {3, 1, 2});
        CHECK(*r.rho == doctest::Approx(-0.5));
        CHECK_FALSE(r.ci);
    }
    SUBCASE("one value in x, or fewer than three sites: no rho") {
        CHECK_FALSE(stats::spearman({100, 100, 100, 100}, {0.1, 0.2, 0.3, 0.4}).rho);
        CHECK_FALSE(stats::spearman({1, 2}, {1, 2}).rho);
    }
    SUBCASE("x and y of different lengths") {
        CHECK_THROWS_AS(stats::spearman({1, 2, 3}, {1, 2}), std::invalid_argument);
    }
}

TEST_CASE("stats::least_squares") {
    SUBCASE("thirteen sites: coef(lm(share ~ total)) and rstandard") {
        const auto fit = stats::least_squares(kTotals, kShares);
        REQUIRE(fit);
        CHECK(fit->intercept == doctest::Approx(-0.37212790288529296).epsilon(1e-12));
        CHECK(fit->slope == doctest::Approx(0.0083840605207600363).epsilon(1e-12));
        const std::vector<double> expected{0.33303849425351079, 0.42073489627938632,  0.29585801751980823,
                                           0.20266062045499764, -0.48968993693678781, 0.36542924881988381,
                                           0.49808823453753276, -3.1741327757556905,  0.47000776399098343,
                                           0.52857064503897022, 0.72300133932624056,  0.16151398277750301,
                                           -0.16227875202307587};
        REQUIRE(fit->standardised.size() == expected.size());
        for (std::size_t i = 0; i < expected.size(); ++i)
            CHECK(*fit->standardised[i] == doctest::Approx(expected[i]).epsilon(1e-10));
    }
    SUBCASE("five sites: rstandard") {
        const auto fit = stats::least_squares({80, 95, 101, 110, 120}, {0.30, 0.45, 0.40, 0.55, 0.60});
        REQUIRE(fit);
        CHECK(*fit->standardised[2] == doctest::Approx(-1.5513848477269105).epsilon(1e-10));
    }
    SUBCASE("a point that alone sets the line has no standardised residual") {
        const auto fit = stats::least_squares({1, 1, 1, 5}, {0.1, 0.3, 0.2, 0.9});
        REQUIRE(fit);
        CHECK_FALSE(fit->standardised[3]);
        CHECK(fit->standardised[0]);
    }
    SUBCASE("no line: one x value, fewer than three points, or no scatter") {
        CHECK_FALSE(stats::least_squares({2, 2, 2}, {1, 2, 3}));
        CHECK_FALSE(stats::least_squares({1, 2}, {1, 2}));
        CHECK_FALSE(stats::least_squares({1, 2, 3}, {2, 4, 6}));
    }
}
