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

// Expected: the rules written in docs/formats.md ("ipskit consensus keeps them").
TEST_CASE("domain::merged_text") {
    CHECK(merged_text({{"A", "Same"}, {"B", "Same"}}, "; ") == "Same");
    CHECK(merged_text({{"A", ""}, {"B", "Only B"}}, "; ") == "Only B");
    CHECK(merged_text({{"A", "One"}, {"B", "Two"}}, "; ") == "A: One; B: Two");
    CHECK(merged_text({{"A", ""}, {"B", ""}}, "; ").empty());
}

TEST_CASE("domain::draft_consensus keeps the kind, the dates and the texts") {
    const Scale scale = fixtures::scale_of(25);
    Review a = fixtures::review_of("Hjørring", "2020-11-12", "Mette Lund", fixtures::hjorring_a);
    Review b = fixtures::review_of("Hjørring", "2020-11-12", "Søren Kjær", fixtures::hjorring_b);
    a.review_type = b.review_type = ReviewType::external;
    a.period = {"2020-05-01", "2020-10-31", {"2020-11-11", "2020-11-12"}};
    b.period = {"2020-04-01", "2020-09-30", {"2020-11-12", "2020-11-13"}};
    a.summary = "Good.";
    b.summary = "Very good.";
    a.ratings[16].recommendations = b.ratings[16].recommendations = "Visit employers";
    const auto draft = draft_consensus(scale, {&a, &b});
    CHECK(draft.review_type == ReviewType::external);
    CHECK_FALSE(draft.review_types_differ);
    CHECK(draft.period.from == "2020-04-01");
    CHECK(draft.period.to == "2020-10-31");
    CHECK(draft.period.visit_dates == std::vector<std::string>{"2020-11-11", "2020-11-12", "2020-11-13"});
    CHECK(draft.summary == "Mette Lund: Good.\n\nSøren Kjær: Very good.");
    CHECK(draft.items[16].recommendations == "Visit employers");

    SUBCASE("kinds named differently are left for the meeting") {
        b.review_type = ReviewType::self_assessment;
        const auto d = draft_consensus(scale, {&a, &b});
        CHECK_FALSE(d.review_type);
        CHECK(d.review_types_differ);
    }
}
