#include <doctest/doctest.h>

#include "domain/consensus.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

// Expected: the items where examples/review-hjorring-2020-a.yaml and -b.yaml
// differ, read off the two files by hand (7, 10, 12, 18, 21, 24).
TEST_CASE("domain::draft_consensus") {
    const Scale scale = fixtures::scale_of(25);
    Review a = fixtures::review_of("Hjørring", "2020-11-12", "Mette Lund", fixtures::hjorring_a);
    Review b = fixtures::review_of("Hjørring", "2020-11-12", "Søren Kjær", fixtures::hjorring_b);
    a.ratings[5].no_fit = true;
    b.ratings[5].no_fit = true;

    const auto draft = draft_consensus(scale, {&a, &b});
    CHECK(draft.open == 6);
    std::vector<int> open;
    for (const auto& item : draft.items)
        if (!item.agreed) open.push_back(item.item->number);
    CHECK(open == std::vector<int>{7, 10, 12, 18, 21, 24});
    CHECK(draft.items[0].agreed == 4);
    CHECK(draft.items[5].no_fit);
    CHECK_FALSE(draft.items[0].no_fit);
    CHECK(draft.reviewers == std::vector<std::string>{"Mette Lund", "Søren Kjær"});

    SUBCASE("an item one reviewer marked no fit and the other scored 1 is agreed, but not as no fit") {
        b.ratings[5].no_fit = false;
        const auto d = draft_consensus(scale, {&a, &b});
        CHECK(d.items[5].agreed == 1);
        CHECK_FALSE(d.items[5].no_fit);
    }
}
