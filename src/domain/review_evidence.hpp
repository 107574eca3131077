#pragma once
// A review's ratings beside the figures derived from the site's own records
// (domain/derived/): for each item the records can score, the reviewer's
// rating, the derived score and whether they differ. The reviewer's rating
// always wins where given; a derived score only stands in for an item the
// reviewer left open, and only when asked (score --fill-derived).

#include <optional>
#include <vector>

#include "domain/derived/derive.hpp"
#include "domain/review.hpp"
#include "domain/scale.hpp"

namespace ipskit {

// One item that has a derived figure.
struct ItemEvidence {
    const Item* item = nullptr;
    const derived::DerivedItem* derived = nullptr;
    // The reviewer's own score; empty when they left the item open.
    std::optional<int> rating;
    // The derived score stands in for the open rating.
    bool filled = false;
    // The reviewer's score minus the derived one, when both exist.
    std::optional<int> difference;

    // A difference of one point or more is for the reviewers to look at again.
    bool differs() const { return difference && *difference != 0; }
};

struct ReviewEvidence {
    const derived::DerivedResult* result = nullptr;
    std::vector<ItemEvidence> items;  // in item order
    int differing = 0;                // items whose rating and derived score differ
    int filled = 0;                   // items filled from the records
};

// What filling the open items gave: the numbers filled, and those left open
// because the records give no score for them (not derivable, too thin, ...).
struct FillResult {
    std::vector<int> filled;
    std::vector<int> still_open;
};

// Gives every item in `open` (numbers of items the reviewer left open) the
// derived score where the records give one, keeping a note the reviewer
// wrote; the ratings stay in item order.
FillResult fill_open_items(Review& review, const Scale& scale, const std::vector<int>& open,
                           const derived::DerivedResult& result);

// The evidence for every derived item of `result`, beside `review`'s ratings;
// `filled` are the items fill_open_items filled. Points into its arguments.
ReviewEvidence review_evidence(const Scale& scale, const Review& review, const derived::DerivedResult& result,
                               const std::vector<int>& filled);

}  // namespace ipskit
