#pragma once
// What the fidelity review report shows beyond the score itself: each item
// beside the previous review's score, the anchor its score met and the next
// one as its target, the totals of every review of the site, and how the
// previous review's priorities fared.

#include <optional>
#include <string>
#include <vector>

#include "domain/review.hpp"

namespace ipskit {

// What became of an item the previous review made a priority: met (no
// longer a priority), improved (higher, still a priority), unchanged, worse.
enum class FollowUpStatus { met, improved, unchanged, worse };

struct ItemReport {
    const Item* item = nullptr;
    const Rating* rating = nullptr;
    std::optional<int> previous;   // the score of the latest earlier review
    std::optional<int> change;     // this score minus that one
    const Text* anchor = nullptr;  // the anchor this score met, when the scale has one for it
    const Text* target = nullptr;  // for a priority: the next anchor up
    bool priority = false;
};

struct FollowUp {
    const Item* item = nullptr;
    const Rating* then = nullptr;  // the previous review's rating, with its recommendations
    int now = 0;
    FollowUpStatus status = FollowUpStatus::unchanged;
};

struct TotalPoint {
    const Review* review = nullptr;
    int total = 0;
    const Level* level = nullptr;
};

struct FidelityReport {
    ReviewScore score;
    const Review* previous = nullptr;           // the latest earlier review, if any
    std::optional<ReviewScore> previous_score;  // of the latest earlier review, for its section means
    std::optional<int> previous_total;
    const Level* previous_level = nullptr;
    std::optional<int> total_change;
    std::vector<ItemReport> items;      // in item order
    std::vector<const Item*> up, down;  // items scored higher, lower than last time
    std::vector<FollowUp> follow_up;    // the previous review's priorities, in its order
    std::vector<TotalPoint> totals;     // every review, oldest first, this one last
};

// The report of `review` on `scale`, with `earlier` reviews of the same site
// and scale (any order, each dated before `review`; may be empty). Points into
// the arguments, which must outlive it.
FidelityReport fidelity_report(const Scale& scale, const Review& review, std::vector<const Review*> earlier);

}  // namespace ipskit
