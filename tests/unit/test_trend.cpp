#include <doctest/doctest.h>

#include "domain/trend.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

// Expected: counted by hand from the scores below (items 1-3 in section "a",
// 4-6 in "b").
TEST_CASE("domain::trend_of") {
    const Scale scale = fixtures::scale_of(6);
    const Review y2020 = fixtures::review_of("S", "2020-11-12", "A", {3, 2, 5, 4, 3, 1});
    const Review y2021 = fixtures::review_of("S", "2021-11-18", "A", {4, 3, 4, 4, 5, 1});
    const Review y2022 = fixtures::review_of("S", "2022-11-10", "A", {4, 4, 5, 3, 5, 4});

    // Given out of order: sorted by date.
    const Trend t = trend_of(scale, {&y2022, &y2020, &y2021});
    REQUIRE(t.reviews.size() == 3);
    CHECK(t.reviews[0] == &y2020);
    CHECK(t.reviews[2] == &y2022);
    CHECK(t.totals == std::vector<int>{18, 21, 25});
    CHECK(t.changes == std::vector<int>{0, 3, 4});

    SUBCASE("each item's change, step by step and first to last") {
        CHECK(t.items[0].steps == std::vector<Change>{Change::improved, Change::same});
        CHECK(t.items[2].steps == std::vector<Change>{Change::declined, Change::improved});
        CHECK(t.items[2].overall == Change::same);
        CHECK(t.items[3].overall == Change::declined);
        CHECK(t.items[5].overall == Change::improved);
    }

    SUBCASE("section means over time") {
        REQUIRE(t.sections.size() == 2);
        CHECK(t.sections[0].means[0] == doctest::Approx(10.0 / 3));
        CHECK(t.sections[1].means[2] == doctest::Approx(4.0));
    }

    SUBCASE("priorities (3 or less) of each review, met when the next scores 4 or more") {
        // 2020: items 1 (3), 2 (2), 5 (3), 6 (1); 2021: items 2 (3), 6 (1).
        REQUIRE(t.priorities.size() == 6);
        CHECK(t.priorities[0].item->number == 6);  // lowest first
        CHECK_FALSE(t.priorities[0].met);
        CHECK(t.priorities[1].item->number == 2);
        CHECK_FALSE(t.priorities[1].met);  // 2 -> 3
        CHECK(t.priorities[2].item->number == 1);
        CHECK(t.priorities[2].met);  // 3 -> 4
        CHECK(t.priorities[3].item->number == 5);
        CHECK(t.priorities[3].met);  // 3 -> 5
        CHECK(t.priorities[4].review == 1);
        CHECK(t.priorities[4].item->number == 6);
        CHECK(t.priorities[4].met);  // 1 -> 4
        CHECK(t.priorities[5].item->number == 2);
        CHECK(t.priorities[5].met);  // 3 -> 4
    }

    SUBCASE("a scale with a lower threshold has fewer priorities, met above it") {
        Scale strict = scale;
        strict.priority_at_or_below = 2;
        const Trend s = trend_of(strict, {&y2020, &y2021, &y2022});
        // 2020: items 2 (2), 6 (1); 2021: item 6 (1).
        REQUIRE(s.priorities.size() == 3);
        CHECK(s.priorities[0].item->number == 6);
        CHECK_FALSE(s.priorities[0].met);  // 1 -> 1
        CHECK(s.priorities[1].item->number == 2);
        CHECK(s.priorities[1].met);  // 2 -> 3: no longer a priority
        CHECK(s.priorities[2].met);  // 1 -> 4
    }
}
