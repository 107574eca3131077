#include <stdexcept>

#include <doctest/doctest.h>

#include "domain/stats/agreement.hpp"

namespace stats = ipskit::stats;

// Expected values: tests/unit/reference/agreement.R (R 4.2, psych 2.2.9), which
// prints psych::cohen.kappa(cbind(a, b), levels = 1:5) next to the same
// coefficients written out from their formulas (Cohen 1960/1968, Gwet 2008
// and 2014, Fleiss 1971); the two agree to 1e-15 wherever psych applies.
// Published values are quoted where the data come from a publication.

namespace {

// Two reviewers, 25 fidelity items on 1..5.
const stats::Scores typical_a = {4, 5, 3, 4, 2, 5, 4, 3, 4, 5, 1, 3, 4, 4, 5, 2, 3, 4, 5, 4, 3, 2, 4, 5, 3};
const stats::Scores typical_b = {4, 4, 3, 5, 2, 5, 3, 3, 4, 4, 2, 3, 4, 5, 5, 2, 4, 4, 5, 3, 3, 1, 4, 5, 2};
const stats::Scores all_fours(25, 4);

// R: never_a <- rep(1:5, 5); never_b <- never_a %% 5 + 1
stats::Scores never_a() {
    stats::Scores s;
    for (int i = 0; i < 25; ++i) s.push_back(i % 5 + 1);
    return s;
}
stats::Scores never_b() {
    stats::Scores s;
    for (int v : never_a()) s.push_back(v % 5 + 1);
    return s;
}

// R: c(rep(5, 22), 4, 5, 4) and c(rep(5, 22), 5, 4, 5)
stats::Scores paradox(std::initializer_list<int> tail) {
    stats::Scores s(22, 5);
    s.insert(s.end(), tail);
    return s;
}

// Two reviewers from a q x q contingency table (row = first reviewer), items in
// row-major order; the coefficients do not depend on the order.
struct Pair {
    stats::Scores a;
    stats::Scores b;
};
Pair from_table(const std::vector<std::vector<int>>& table) {
    Pair p;
    for (std::size_t k = 0; k < table.size(); ++k)
        for (std::size_t l = 0; l < table[k].size(); ++l)
            for (int c = 0; c < table[k][l]; ++c) {
                p.a.push_back(static_cast<int>(k) + 1);
                p.b.push_back(static_cast<int>(l) + 1);
            }
    return p;
}

void check_value(const stats::Coefficient& got, double expected) {
    REQUIRE(got.value.has_value());
    CHECK(*got.value == doctest::Approx(expected).epsilon(1e-12));
    CHECK(got.undefined_reason.en.empty());
}

void check_undefined(const stats::Coefficient& got, const char* reason_part) {
    CHECK_FALSE(got.value.has_value());
    CHECK(got.undefined_reason.en.find(reason_part) != std::string::npos);
}

}  // namespace

TEST_CASE("stats::exact_agreement and stats::within_one_agreement") {
    SUBCASE("typical: mean(a == b), mean(abs(a - b) <= 1)") {
        check_value(stats::exact_agreement(typical_a, typical_b), 0.6);
        check_value(stats::within_one_agreement(typical_a, typical_b), 1.0);
    }
    SUBCASE("never agree, but mostly one point apart") {
        check_value(stats::exact_agreement(never_a(), never_b()), 0.0);
        check_value(stats::within_one_agreement(never_a(), never_b()), 0.8);
    }
    SUBCASE("no items") {
        check_undefined(stats::exact_agreement({}, {}), "no items");
        check_undefined(stats::within_one_agreement({}, {}), "no items");
    }
    SUBCASE("different lengths are a caller error") {
        CHECK_THROWS_AS(stats::exact_agreement({1, 2}, {1}), std::invalid_argument);
    }
}

TEST_CASE("stats::cohen_kappa") {
    SUBCASE("typical: psych::cohen.kappa(cbind(a, b), levels = 1:5)$kappa") {
        check_value(stats::cohen_kappa(typical_a, typical_b, 1, 5), 0.46581196581196582);
    }
    SUBCASE("perfect agreement with variation is 1") {
        check_value(stats::cohen_kappa(typical_a, typical_a, 1, 5), 1.0);
    }
    SUBCASE("perfect agreement on one score is undefined (R gives NaN)") {
        check_undefined(stats::cohen_kappa(all_fours, all_fours, 1, 5), "chance agreement is 1");
    }
    SUBCASE("a reviewer who gave every item the same score: kappa is 0") {
        check_value(stats::cohen_kappa(all_fours, typical_b, 1, 5), 0.0);
    }
    SUBCASE("reviewers who never agree: -0.25") {
        check_value(stats::cohen_kappa(never_a(), never_b(), 1, 5), -0.25000000000000006);
    }
    SUBCASE("kappa paradox: 88 % raw agreement, kappa below 0") {
        check_value(stats::cohen_kappa(paradox({4, 5, 4}), paradox({5, 4, 5}), 1, 5), -0.056338028169013725);
    }
    SUBCASE("published: Gwet (2014) cont3x3abstractors, irrCAC reports 0.796") {
        const auto p = from_table({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        check_value(stats::cohen_kappa(p.a, p.b, 1, 3), 0.79640940218397205);
    }
    SUBCASE("published: Wikipedia 'Cohen's kappa' 50 proposals, kappa 0.4") {
        const auto p = from_table({{20, 5}, {10, 15}});
        check_value(stats::cohen_kappa(p.a, p.b, 1, 2), 0.4);
    }
    SUBCASE("caller errors") {
        CHECK_THROWS_AS(stats::cohen_kappa({1, 6}, {1, 2}, 1, 5), std::invalid_argument);
        CHECK_THROWS_AS(stats::cohen_kappa({1, 2}, {1}, 1, 5), std::invalid_argument);
        CHECK_THROWS_AS(stats::cohen_kappa({1}, {1}, 1, 1), std::invalid_argument);
    }
    SUBCASE("no items") {
        check_undefined(stats::cohen_kappa({}, {}, 1, 5), "no items");
    }
}

TEST_CASE("stats::weighted_kappa_quadratic") {
    SUBCASE("typical: psych::cohen.kappa(cbind(a, b), levels = 1:5)$weighted.kappa") {
        check_value(stats::weighted_kappa_quadratic(typical_a, typical_b, 1, 5), 0.83891752577319578);
    }
    SUBCASE("perfect agreement with variation is 1") {
        check_value(stats::weighted_kappa_quadratic(typical_a, typical_a, 1, 5), 1.0);
    }
    SUBCASE("perfect agreement on one score is undefined") {
        check_undefined(stats::weighted_kappa_quadratic(all_fours, all_fours, 1, 5), "chance agreement is 1");
    }
    SUBCASE("a reviewer who gave every item the same score: 0") {
        check_value(stats::weighted_kappa_quadratic(all_fours, typical_b, 1, 5), 0.0);
    }
    SUBCASE("reviewers who never agree but are mostly one apart: 0 (R: -4.4e-16)") {
        check_value(stats::weighted_kappa_quadratic(never_a(), never_b(), 1, 5), 0.0);
    }
    SUBCASE("kappa paradox") {
        check_value(stats::weighted_kappa_quadratic(paradox({4, 5, 4}), paradox({5, 4, 5}), 1, 5),
                    -0.056338028169007917);
    }
    SUBCASE("only 2, 4, 5 occur on a 1..5 scale: distances are score differences") {
        // psych with levels = 1:5 gives 0.58333333333333304; without levels it
        // gives 0.642857..., because it then measures distance in ranks of the
        // values that occur (2, 4, 5 -> 1, 2, 3).
        const stats::Scores a = {2, 4, 5, 5, 4, 2, 5, 4, 4, 5};
        const stats::Scores b = {2, 5, 5, 4, 4, 4, 5, 4, 2, 5};
        check_value(stats::weighted_kappa_quadratic(a, b, 1, 5), 0.58333333333333304);
    }
    SUBCASE("published: cont3x3abstractors, irrCAC reports 0.892") {
        const auto p = from_table({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        check_value(stats::weighted_kappa_quadratic(p.a, p.b, 1, 3), 0.89215686274509809);
    }
    SUBCASE("published: cont4x4diagnosis, irrCAC reports 0.383") {
        const auto p = from_table({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}});
        check_value(stats::weighted_kappa_quadratic(p.a, p.b, 1, 4), 0.38318594413494872);
        check_value(stats::cohen_kappa(p.a, p.b, 1, 4), 0.43150077588117941);
    }
}

TEST_CASE("stats::gwet_ac1") {
    SUBCASE("typical") {
        check_value(stats::gwet_ac1(typical_a, typical_b, 1, 5), 0.50799507995079951);
    }
    SUBCASE("perfect agreement with variation is 1") {
        check_value(stats::gwet_ac1(typical_a, typical_a, 1, 5), 1.0);
    }
    SUBCASE("perfect agreement on one score is still defined: 1") {
        check_value(stats::gwet_ac1(all_fours, all_fours, 1, 5), 1.0);
    }
    SUBCASE("a reviewer who gave every item the same score") {
        check_value(stats::gwet_ac1(all_fours, typical_b, 1, 5), 0.2164093109011293);
    }
    SUBCASE("reviewers who never agree") {
        check_value(stats::gwet_ac1(never_a(), never_b(), 1, 5), -0.25000000000000006);
    }
    SUBCASE("kappa paradox: AC1 stays high") {
        check_value(stats::gwet_ac1(paradox({4, 5, 4}), paradox({5, 4, 5}), 1, 5), 0.8765178020168759);
    }
    SUBCASE("all declared categories count, not only those that occur") {
        // AC1 with q = 5 is 0.52380952380952372; with only the 3 occurring
        // categories it would be 0.41176470588235292.
        const stats::Scores a = {2, 4, 5, 5, 4, 2, 5, 4, 4, 5};
        const stats::Scores b = {2, 5, 5, 4, 4, 4, 5, 4, 2, 5};
        check_value(stats::gwet_ac1(a, b, 1, 5), 0.52380952380952372);
    }
    SUBCASE("published: cont3x3abstractors, irrCAC reports 0.849") {
        const auto p = from_table({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        check_value(stats::gwet_ac1(p.a, p.b, 1, 3), 0.84933054823134624);
        CHECK(*stats::gwet_ac1(p.a, p.b, 1, 3).value == doctest::Approx(0.849).epsilon(0.0005));
    }
    SUBCASE("published: cont4x4diagnosis, irrCAC reports 0.456") {
        const auto p = from_table({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}});
        check_value(stats::gwet_ac1(p.a, p.b, 1, 4), 0.45615763546798033);
    }
    SUBCASE("no items") {
        check_undefined(stats::gwet_ac1({}, {}, 1, 5), "no items");
    }
}

TEST_CASE("stats::gwet_ac2_quadratic") {
    SUBCASE("typical") {
        check_value(stats::gwet_ac2_quadratic(typical_a, typical_b, 1, 5), 0.91631799163179906);
    }
    SUBCASE("perfect agreement, varied or on one score, is 1") {
        check_value(stats::gwet_ac2_quadratic(typical_a, typical_a, 1, 5), 1.0);
        check_value(stats::gwet_ac2_quadratic(all_fours, all_fours, 1, 5), 1.0);
    }
    SUBCASE("a reviewer who gave every item the same score") {
        check_value(stats::gwet_ac2_quadratic(all_fours, typical_b, 1, 5), 0.81655924640555277);
    }
    SUBCASE("reviewers who never agree: 0 (R: -4.4e-16)") {
        check_value(stats::gwet_ac2_quadratic(never_a(), never_b(), 1, 5), 0.0);
    }
    SUBCASE("kappa paradox") {
        check_value(stats::gwet_ac2_quadratic(paradox({4, 5, 4}), paradox({5, 4, 5}), 1, 5),
                    0.99161308358960032);
    }
    SUBCASE("only 2, 4, 5 occur on a 1..5 scale") {
        const stats::Scores a = {2, 4, 5, 5, 4, 2, 5, 4, 4, 5};
        const stats::Scores b = {2, 5, 5, 4, 4, 4, 5, 4, 2, 5};
        check_value(stats::gwet_ac2_quadratic(a, b, 1, 5), 0.84375);
    }
    SUBCASE("published: cont3x3abstractors, irrCAC reports 0.940") {
        const auto p = from_table({{13, 0, 0}, {0, 20, 7}, {0, 4, 56}});
        check_value(stats::gwet_ac2_quadratic(p.a, p.b, 1, 3), 0.9402368792784962);
    }
    SUBCASE("published: cont4x4diagnosis, irrCAC reports 0.299") {
        const auto p = from_table({{40, 4, 4, 17}, {6, 25, 2, 13}, {4, 1, 21, 12}, {15, 5, 9, 45}});
        check_value(stats::gwet_ac2_quadratic(p.a, p.b, 1, 4), 0.29857299670691562);
    }
}

TEST_CASE("stats::fleiss_kappa") {
    SUBCASE("published: Wikipedia 'Fleiss' kappa' example, 10 items x 14 raters, 0.210") {
        const std::vector<std::vector<int>> counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        stats::RatingMatrix ratings;
        for (const auto& row : counts) {
            std::vector<int> item;
            for (std::size_t k = 0; k < row.size(); ++k)
                item.insert(item.end(), static_cast<std::size_t>(row[k]), static_cast<int>(k) + 1);
            ratings.push_back(item);
        }
        check_value(stats::fleiss_kappa(ratings, 1, 5), 0.20993070442195522);
    }
    SUBCASE("three reviewers of 25 items") {
        const stats::Scores c = {4, 5, 3, 5, 2, 4, 4, 3, 4, 5, 1, 2, 4, 4, 5, 3, 3, 4, 5, 4, 3, 2, 5, 5, 3};
        stats::RatingMatrix ratings;
        for (std::size_t i = 0; i < c.size(); ++i) ratings.push_back({typical_a[i], typical_b[i], c[i]});
        check_value(stats::fleiss_kappa(ratings, 1, 5), 0.50071326676176886);
    }
    SUBCASE("Shrout & Fleiss (1979) table on a 1..10 scale") {
        const stats::RatingMatrix sf = {{9, 2, 5, 8}, {6, 1, 3, 2},  {8, 4, 6, 8},
                                        {7, 1, 2, 6}, {10, 5, 6, 9}, {6, 2, 4, 7}};
        check_value(stats::fleiss_kappa(sf, 1, 10), -0.11111111111111112);
    }
    SUBCASE("everyone gave every item the same score: undefined") {
        const stats::RatingMatrix same(25, std::vector<int>{3, 3, 3});
        check_undefined(stats::fleiss_kappa(same, 1, 5), "chance agreement is 1");
    }
    SUBCASE("no items") {
        check_undefined(stats::fleiss_kappa({}, 1, 5), "no items");
    }
    SUBCASE("caller errors") {
        CHECK_THROWS_AS(stats::fleiss_kappa({{1}, {2}}, 1, 5), std::invalid_argument);
        CHECK_THROWS_AS(stats::fleiss_kappa({{1, 2}, {2}}, 1, 5), std::invalid_argument);
        CHECK_THROWS_AS(stats::fleiss_kappa({{1, 9}}, 1, 5), std::invalid_argument);
    }
}
