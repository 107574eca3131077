#include <doctest/doctest.h>

#include "domain/fidelity_report.hpp"
#include "domain/outcomes/estimate.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

// Expected: the scores below, compared by hand; the priority threshold is
// the fixture scale's (3 or less).
TEST_CASE("domain::fidelity_report") {
    Scale scale = fixtures::scale_of(4);
    scale.priority_at_or_below = 3;
    scale.items[1].anchors = {{2, {"two", "to"}}, {3, {"three", "tre"}}};
    const Review y2020 = fixtures::review_of("S", "2020-11-12", "A", {1, 2, 3, 5});
    const Review y2021 = fixtures::review_of("S", "2021-11-12", "A", {2, 2, 5, 4});
    const Review y2022 = fixtures::review_of("S", "2022-11-12", "A", {4, 2, 3, 5});

    const FidelityReport r = fidelity_report(scale, y2022, {&y2021, &y2020});
    CHECK(r.previous == &y2021);  // the latest earlier one, whatever the order given
    CHECK(r.total_change == 14 - 13);
    REQUIRE(r.totals.size() == 3);
    CHECK(r.totals[0].total == 11);
    CHECK(r.totals[2].total == 14);
    CHECK(r.items[0].change == 2);
    CHECK(r.items[2].change == -2);
    CHECK(r.up == std::vector<const Item*>{&scale.items[0], &scale.items[3]});
    CHECK(r.down == std::vector<const Item*>{&scale.items[2]});
    CHECK(r.items[1].anchor->en == "two");
    CHECK(r.items[1].target->en == "three");  // a priority aims at the next anchor
    CHECK(r.items[3].target == nullptr);      // not a priority

    SUBCASE("the previous review's priorities: met, improved, unchanged") {
        // 2021's priorities, lowest first: item 1 (2 -> 4 met), item 2 (2 -> 2 unchanged).
        REQUIRE(r.follow_up.size() == 2);
        CHECK(r.follow_up[0].item->number == 1);
        CHECK(r.follow_up[0].status == FollowUpStatus::met);
        CHECK(r.follow_up[1].status == FollowUpStatus::unchanged);
        const Review worse = fixtures::review_of("S", "2022-11-12", "A", {1, 3, 3, 5});
        const FidelityReport w = fidelity_report(scale, worse, {&y2021});
        CHECK(w.follow_up[0].status == FollowUpStatus::worse);     // 2 -> 1
        CHECK(w.follow_up[1].status == FollowUpStatus::improved);  // 2 -> 3, still a priority
    }
    SUBCASE("without earlier reviews there is nothing to compare") {
        const FidelityReport alone = fidelity_report(scale, y2020, {});
        CHECK_FALSE(alone.total_change);
        CHECK_FALSE(alone.items[0].previous);
        CHECK(alone.follow_up.empty());
        CHECK(alone.totals.size() == 1);
    }
}

// Expected: 612 x 71,562 = 43,795,944 (by hand), the estimate of the regional example.
TEST_CASE("outcomes::gain_estimate") {
    outcomes::OutcomeFigures figures;
    figures.closed.resize(1);
    figures.closed[0].counts[outcomes::kAllColumn] = {612, outcomes::Mark::shown};
    const auto e = outcomes::gain_estimate(figures, 71562);
    CHECK(e.total == doctest::Approx(43795944));
    figures.closed[0].counts[outcomes::kAllColumn] = {3, outcomes::Mark::small};
    CHECK_FALSE(outcomes::gain_estimate(figures, 71562).total);  // hidden with the count
    CHECK(*outcomes::years_of(365.25) == doctest::Approx(1.0));
    CHECK_FALSE(outcomes::years_of(std::nullopt));
}
