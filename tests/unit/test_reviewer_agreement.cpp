#include <doctest/doctest.h>

#include "domain/reviewer_agreement.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

// Expected values: tests/unit/reference/reviewers.R (psych::cohen.kappa with
// levels = 1:5, psych::ICC; Gwet's AC1/AC2 and Fleiss' kappa written out),
// printed to 6 decimals; totals and differences counted by hand from the files.

namespace {

void check(const stats::Coefficient& c, double expected) {
    REQUIRE(c.defined());
    CHECK(*c.value == doctest::Approx(expected).epsilon(1e-6));
}

}  // namespace

TEST_CASE("domain::compare_reviewers") {
    const Scale scale = fixtures::scale_of(25);

    SUBCASE("two reviewers of the Hjørring example") {
        const Review a = fixtures::review_of("Hjørring", "2020-11-12", "A", fixtures::hjorring_a);
        const Review b = fixtures::review_of("Hjørring", "2020-11-12", "B", fixtures::hjorring_b);
        const auto c = compare_reviewers(scale, {&a, &b});
        CHECK(c.totals[0].total == 105);
        CHECK(c.totals[1].total == 104);
        CHECK(c.totals[0].level->id == "good");
        CHECK(c.mean_total == doctest::Approx(104.5));
        REQUIRE(c.pairs.size() == 1);
        check(c.pairs[0].exact, 0.76);
        check(c.pairs[0].within_one, 0.96);
        check(c.pairs[0].kappa, 0.611399);
        check(c.pairs[0].weighted_kappa, 0.782609);
        check(c.pairs[0].ac1, 0.716245);
        check(c.pairs[0].ac2, 0.946651);
        check(c.pairs[0].icc, 0.789474);
        CHECK_FALSE(c.fleiss_kappa.has_value());
        REQUIRE(c.to_discuss.size() == 1);
        CHECK(c.to_discuss[0]->item->number == 10);
        CHECK(c.to_discuss[0]->spread == 2);
        CHECK(c.items[9].mean == doctest::Approx(4.0));
    }

    SUBCASE("three reviewers: every pair, and Fleiss' kappa and ICC over all") {
        const Review a = fixtures::review_of("Hjørring", "2020-11-12", "A", fixtures::hjorring_a);
        const Review b = fixtures::review_of("Hjørring", "2020-11-12", "B", fixtures::hjorring_b);
        const Review c3 = fixtures::review_of("Hjørring", "2020-11-12", "C", fixtures::hjorring_c);
        const auto c = compare_reviewers(scale, {&a, &b, &c3});
        REQUIRE(c.pairs.size() == 3);
        CHECK(c.pairs[1].first == 0);
        CHECK(c.pairs[1].second == 2);
        check(c.pairs[1].kappa, 0.799465);
        check(c.pairs[2].ac1, 0.622017);
        check(c.pairs[2].icc, 0.809901);
        REQUIRE(c.fleiss_kappa.has_value());
        check(*c.fleiss_kappa, 0.628280);
        check(*c.icc_all, 0.840954);
    }

    SUBCASE("a reviewer who gave every item the same score") {
        const Review a = fixtures::review_of("X", "2021-03-01", "A", std::vector<int>(25, 4));
        const Review b = fixtures::review_of("X", "2021-03-01", "B", fixtures::hjorring_a);
        const auto c = compare_reviewers(scale, {&a, &b});
        check(c.pairs[0].exact, 0.48);
        check(c.pairs[0].kappa, 0.0);
        check(c.pairs[0].ac1, 0.420548);
        check(c.pairs[0].ac2, 0.914669);
        check(c.pairs[0].icc, 0.0);
        REQUIRE(c.to_discuss.size() == 1);  // item 6: 4 against 1
        CHECK(c.to_discuss[0]->spread == 3);
    }

    SUBCASE("both reviewers gave every item the same score: kappa undefined, with the reason") {
        const Review a = fixtures::review_of("X", "2021-03-01", "A", std::vector<int>(25, 4));
        const Review b = fixtures::review_of("X", "2021-03-01", "B", std::vector<int>(25, 4));
        const auto c = compare_reviewers(scale, {&a, &b});
        check(c.pairs[0].exact, 1.0);
        CHECK_FALSE(c.pairs[0].kappa.defined());
        CHECK_FALSE(c.pairs[0].kappa.undefined_reason.en.empty());
        CHECK_FALSE(c.pairs[0].icc.defined());
        check(c.pairs[0].ac1, 1.0);
        CHECK(c.to_discuss.empty());
    }

    SUBCASE("two reviewers who never agree: widest differences listed first") {
        std::vector<int> never_a, never_b;
        for (int i = 0; i < 25; ++i) never_a.push_back(i % 5 + 1);
        for (int v : never_a) never_b.push_back(v % 5 + 1);
        const Review a = fixtures::review_of("X", "2021-03-01", "A", never_a);
        const Review b = fixtures::review_of("X", "2021-03-01", "B", never_b);
        const auto c = compare_reviewers(scale, {&a, &b});
        check(c.pairs[0].exact, 0.0);
        check(c.pairs[0].within_one, 0.8);
        check(c.pairs[0].kappa, -0.25);
        check(c.pairs[0].ac1, -0.25);
        REQUIRE(c.to_discuss.size() == 5);  // every fifth item: 5 against 1
        CHECK(c.to_discuss[0]->item->number == 5);
        CHECK(c.to_discuss[0]->spread == 4);
    }
}
