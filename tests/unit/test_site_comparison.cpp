#include <doctest/doctest.h>

#include "domain/site_comparison.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

// Expected: means and counts worked out by hand from the scores below.
TEST_CASE("domain::compare_sites") {
    const Scale scale = fixtures::scale_of(4);
    Review north1 = fixtures::review_of("Hjørring", "2022-11-10", "A", {5, 4, 3, 2});
    Review north2 = fixtures::review_of("Frederikshavn", "2022-09-21", "A", {5, 5, 3, 3});
    Review west1 = fixtures::review_of("Aalborg", "2022-10-05", "A", {4, 3, 2, 4});
    Review west2 = fixtures::review_of("Thisted", "2022-11-30", "A", {3, 3, 1, 5});
    north1.cluster = north2.cluster = "Nord";
    west1.cluster = west2.cluster = "Vest";

    const auto c = compare_sites(scale, {&north1, &north2, &west1, &west2}, {});
    SUBCASE("sites by name, with totals") {
        REQUIRE(c.sites.size() == 4);
        CHECK(c.sites[0].review->site == "Aalborg");
        CHECK(c.sites[0].total == 13);
        CHECK(c.mean_total == doctest::Approx((14 + 16 + 13 + 12) / 4.0));
    }
    SUBCASE("cluster means from the reviews' own cluster") {
        REQUIRE(c.clusters.size() == 2);
        CHECK(c.clusters[0].cluster == "Nord");
        CHECK(c.clusters[0].sites == 2);
        CHECK(c.clusters[0].mean_total == doctest::Approx(15.0));
        CHECK(c.clusters[1].item_means[2] == doctest::Approx(1.5));
    }
    SUBCASE("weakest items: lowest mean first, with the sites at 3 or less") {
        CHECK(c.weakest[0].item->number == 3);  // (3 + 3 + 2 + 1) / 4 = 2.25
        CHECK(c.weakest[0].mean == doctest::Approx(2.25));
        CHECK(c.weakest[0].sites_at_or_below == 4);
        CHECK(c.weakest[1].item->number == 4);  // 3.5, two sites at 3 or less
        CHECK(c.weakest[1].sites_at_or_below == 2);
    }
    SUBCASE("the sites at or below follow the scale's priority threshold") {
        Scale strict = scale;
        strict.priority_at_or_below = 2;
        CHECK(weak_score(strict) == 2);
        const auto s = compare_sites(strict, {&north1, &north2, &west1, &west2}, {});
        CHECK(s.weakest[0].sites_at_or_below == 2);  // item 3: 2 and 1
        CHECK(s.weakest[1].sites_at_or_below == 1);  // item 4: 2
    }
    SUBCASE("a cluster map wins over the reviews' own cluster") {
        const auto m = compare_sites(scale, {&north1, &west2}, {{"Thisted", "Nord"}});
        REQUIRE(m.clusters.size() == 1);
        CHECK(m.clusters[0].sites == 2);
    }
    SUBCASE("latest_per_site keeps each site's latest review") {
        const Review older = fixtures::review_of("Hjørring", "2021-11-18", "A", {1, 1, 1, 1});
        const auto latest = latest_per_site({&older, &north1, &west1});
        REQUIRE(latest.size() == 2);
        CHECK(latest[1] == &north1);
    }
    SUBCASE("latest_per_site takes the consensus of the latest date, in any order") {
        const Review a = fixtures::review_of("Hjørring", "2022-11-10", "A", {5, 5, 5, 5});
        Review consensus = fixtures::review_of("Hjørring", "2022-11-10", "A, B", {4, 4, 4, 4});
        consensus.consensus = true;
        CHECK(latest_per_site({&a, &consensus, &north1}) == std::vector<const Review*>{&consensus});
        CHECK(latest_per_site({&consensus, &a}) == std::vector<const Review*>{&consensus});
        const Review later = fixtures::review_of("Hjørring", "2023-01-01", "C", {1, 1, 1, 1});
        CHECK(latest_per_site({&consensus, &later}) == std::vector<const Review*>{&later});
    }
}
