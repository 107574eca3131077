// The reviewer's ratings beside the scores derived from the records. The
// expected differences are the reviewer's score minus the derived one,
// worked out by hand for each case.

#include <doctest/doctest.h>

#include "domain/review_evidence.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

namespace {

derived::DerivedItem scored(int number, int score) {
    derived::DerivedItem d;
    d.number = number;
    d.status = derived::Status::scored;
    d.score = score;
    return d;
}

derived::DerivedItem too_thin(int number) {
    derived::DerivedItem d;
    d.number = number;
    d.status = derived::Status::too_thin;
    return d;
}

}  // namespace

TEST_CASE("domain::review_evidence") {
    const Scale scale = fixtures::scale_of(4);
    derived::DerivedResult result;
    result.items = {scored(1, 5), scored(2, 3), too_thin(4)};
    SUBCASE("a difference of one point or more is flagged; equal scores and unscored items are not") {
        const Review review = fixtures::review_of("S", "2024-01-01", "R", {4, 3, 2, 5});
        const ReviewEvidence e = review_evidence(scale, review, result, {});
        REQUIRE(e.items.size() == 3);
        CHECK(e.items[0].rating == 4);
        CHECK(e.items[0].difference == -1);
        CHECK(e.items[0].differs());
        CHECK(e.items[1].difference == 0);
        CHECK_FALSE(e.items[1].differs());
        CHECK(e.items[2].rating == 5);
        CHECK_FALSE(e.items[2].difference);
        CHECK(e.differing == 1);
        CHECK(e.filled == 0);
    }
    SUBCASE("open items get the derived score; the reviewer's ratings stay; an unscorable one stays open") {
        Review review = fixtures::review_of("S", "2024-01-01", "R", {4, 3, 2, 5});
        review.ratings.erase(review.ratings.begin());  // item 1 left open
        review.ratings[2].score = 0;                   // item 4: only a note
        review.ratings[2].note = "see the charts";
        const FillResult fill = fill_open_items(review, scale, {1, 4}, result);
        CHECK(fill.filled == std::vector<int>{1});
        CHECK(fill.still_open == std::vector<int>{4});
        REQUIRE(review.ratings.size() == 4);
        CHECK(review.ratings[0].item_number == 1);
        CHECK(review.ratings[0].score == 5);
        CHECK(review.ratings[1].score == 3);
        CHECK(review.ratings[3].note == "see the charts");
        const ReviewEvidence e = review_evidence(scale, review, result, fill.filled);
        CHECK(e.items[0].filled);
        CHECK_FALSE(e.items[0].rating);
        CHECK_FALSE(e.items[0].difference);
        CHECK(e.filled == 1);
        CHECK_FALSE(e.items[2].rating);  // still open: below the scale's lowest score
    }
}
