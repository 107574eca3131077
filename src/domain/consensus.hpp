#pragma once
// The starting point of a consensus meeting: the items every reviewer scored
// alike are agreed already; the others are left open, with each reviewer's
// rating beside them, for the reviewers to settle together.

#include <optional>
#include <vector>

#include "domain/review.hpp"

namespace ipskit {

struct ConsensusItem {
    const Item* item = nullptr;
    std::vector<const Rating*> ratings;  // one per reviewer, in the order of the reviews
    std::optional<int> agreed;           // the common score, when every reviewer gave it
    bool no_fit = false;                 // every reviewer marked the item as not fitting
};

struct ConsensusDraft {
    const Scale* scale = nullptr;
    std::vector<const Review*> reviews;
    std::vector<ConsensusItem> items;    // in item order
    std::vector<std::string> reviewers;  // everyone who reviewed, each once, in order
    std::size_t open = 0;                // items still to agree
};

// Drafts the consensus of `reviews` (two or more, each rating every item of
// `scale`). The result points into the arguments, which must outlive it.
ConsensusDraft draft_consensus(const Scale& scale, const std::vector<const Review*>& reviews);

}  // namespace ipskit
