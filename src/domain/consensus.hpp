#pragma once
// The starting point of a consensus meeting: the items every reviewer scored
// alike are agreed already; the others are left open, with each reviewer's
// rating beside them, for the reviewers to settle together. What the
// reviewers measured and ticked is kept where they all gave the same, so the
// official report keeps its measured figures and missing elements.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/review.hpp"

namespace ipskit {

struct ConsensusItem {
    const Item* item = nullptr;
    std::vector<const Rating*> ratings;  // one per reviewer, in the order of the reviews
    std::optional<int> agreed;           // the common score, when every reviewer gave it
    bool no_fit = false;                 // every reviewer marked the item as not fitting
    std::optional<double> value;         // the measured figure, when every reviewer gave the same
    std::vector<std::string>
        elements;  // the elements ticked, when every reviewer ticked the same (scale order)
    std::vector<std::string> ticked_by_all;  // the elements every reviewer ticked, in scale order
    // Some reviewer gave a figure or ticked elements that not every reviewer
    // gave alike: the meeting has to see them, even when the score is agreed.
    bool details_differ = false;
    std::string recommendations;  // the reviewers' recommendations, merged (see merged_text)
};

struct ConsensusDraft {
    const Scale* scale = nullptr;
    std::vector<const Review*> reviews;
    std::vector<ConsensusItem> items;    // in item order
    std::vector<std::string> reviewers;  // everyone who reviewed, each once, in order
    std::string cluster;                 // the reviews' cluster, when they all name the same
    std::size_t open = 0;                // items still to agree
    // What the reviewers wrote besides ratings. The kind of review is kept
    // when they all name the same one; the period runs from the earliest
    // `from` to the latest `to` given, the visit dates are everyone's; the
    // texts are merged (see merged_text).
    std::optional<ReviewType> review_type;
    bool review_types_differ = false;
    ReviewPeriod period;
    std::string summary;
    std::string recommendations;
};

// One text from the reviewers' texts: the text once when every reviewer who
// wrote one wrote the same, else each with its reviewer's name in front
// ("A: ..."), joined by `separator`, for the meeting to edit into one.
// `texts` holds one (reviewer, text) pair per review; empty texts are skipped.
std::string merged_text(const std::vector<std::pair<std::string, std::string>>& texts,
                        const std::string& separator);

// Drafts the consensus of `reviews` (two or more, each rating every item of
// `scale`). The result points into the arguments, which must outlive it.
ConsensusDraft draft_consensus(const Scale& scale, const std::vector<const Review*>& reviews);

}  // namespace ipskit
