#include <stdexcept>

#include <doctest/doctest.h>

#include "domain/stats/agreement.hpp"

namespace stats = ipskit::stats;

// Expected values: tests/unit/reference/agreement.R (R 4.2, psych 2.2.9):
// psych::ICC(x, lmer = FALSE)$results["Single_random_raters", "ICC"] and the
// Shrout & Fleiss formula written out, which agree to 1e-15. For data without
// variance psych returns ~1e-15 instead of NaN; the formula gives NaN.

namespace {

const stats::Scores typical_a = {4, 5, 3, 4, 2, 5, 4, 3, 4, 5, 1, 3, 4, 4, 5, 2, 3, 4, 5, 4, 3, 2, 4, 5, 3};
const stats::Scores typical_b = {4, 4, 3, 5, 2, 5, 3, 3, 4, 4, 2, 3, 4, 5, 5, 2, 4, 4, 5, 3, 3, 1, 4, 5, 2};

void check_value(const stats::Coefficient& got, double expected) {
    REQUIRE(got.value.has_value());
    CHECK(*got.value == doctest::Approx(expected).epsilon(1e-12));
}

void check_undefined(const stats::Coefficient& got, const char* reason_part) {
    CHECK_FALSE(got.value.has_value());
    CHECK(got.undefined_reason.en.find(reason_part) != std::string::npos);
}

}  // namespace

TEST_CASE("stats::icc_2_1") {
    SUBCASE("two reviewers, typical: psych::ICC(cbind(a, b)) Single_random_raters") {
        check_value(stats::icc_2_1(typical_a, typical_b), 0.84435797665369672);
    }
    SUBCASE("perfect agreement with variation is 1") {
        check_value(stats::icc_2_1(typical_a, typical_a), 1.0);
    }
    SUBCASE("a reviewer who gave every item the same score: 0") {
        check_value(stats::icc_2_1(stats::Scores(25, 4), typical_b), 0.0);
    }
    SUBCASE("kappa paradox ratings") {
        stats::Scores a(22, 5);
        stats::Scores b(22, 5);
        a.insert(a.end(), {4, 5, 4});
        b.insert(b.end(), {5, 4, 5});
        check_value(stats::icc_2_1(a, b), -0.058823529411764601);
    }
    SUBCASE("published: Shrout & Fleiss (1979) Table 2, 6 targets x 4 judges, ICC(2,1) = .29") {
        const stats::RatingMatrix sf = {{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                                        {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        check_value(stats::icc_2_1(sf), 0.28976377952755922);
        CHECK(*stats::icc_2_1(sf).value == doctest::Approx(0.29).epsilon(0.02));
    }
    SUBCASE("three reviewers of 25 items") {
        const stats::Scores c = {4, 5, 3, 5, 2, 4, 4, 3, 4, 5, 1, 2, 4, 4, 5, 3, 3, 4, 5, 4, 3, 2, 5, 5, 3};
        stats::RatingMatrix ratings;
        for (std::size_t i = 0; i < c.size(); ++i) ratings.push_back({typical_a[i], typical_b[i], c[i]});
        check_value(stats::icc_2_1(ratings), 0.85560807907176628);
    }
    SUBCASE("published data of Gwet's cont3x3abstractors treated as scores") {
        stats::RatingMatrix ratings;
        const int table[3][3] = {{13, 0, 0}, {0, 20, 7}, {0, 4, 56}};
        for (int k = 0; k < 3; ++k)
            for (int l = 0; l < 3; ++l)
                for (int c = 0; c < table[k][l]; ++c) ratings.push_back({k + 1, l + 1});
        check_value(stats::icc_2_1(ratings), 0.89312003140641738);
    }
    SUBCASE("no variance at all: undefined (psych prints ~1e-15)") {
        check_undefined(stats::icc_2_1(stats::Scores(25, 4), stats::Scores(25, 4)), "no variance");
        check_undefined(stats::icc_2_1(stats::RatingMatrix(25, std::vector<int>{3, 3, 3})), "no variance");
    }
    SUBCASE("two items, two reviewers, equal means: zero denominator") {
        // Row means 1.5, 1.5 and column means 1.5, 1.5, so MSR = MSC = 0 and
        // the denominator MSR + MSE (k - 1 - k / n) vanishes for n = k = 2.
        check_undefined(stats::icc_2_1({1, 2}, {2, 1}), "without a denominator");
    }
    SUBCASE("fewer than two items") {
        check_undefined(stats::icc_2_1({3}, {4}), "at least two items");
        check_undefined(stats::icc_2_1(stats::Scores{}, stats::Scores{}), "no items");
    }
    SUBCASE("caller errors") {
        CHECK_THROWS_AS(stats::icc_2_1({1, 2}, {1}), std::invalid_argument);
        CHECK_THROWS_AS(stats::icc_2_1(stats::RatingMatrix{{1}, {2}}), std::invalid_argument);
        CHECK_THROWS_AS(stats::icc_2_1(stats::RatingMatrix{{1, 2}, {2}}), std::invalid_argument);
    }
}
