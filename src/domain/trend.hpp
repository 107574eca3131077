#pragma once
// One site's reviews over time: totals and levels, each item's change between
// consecutive reviews and from first to last, section means, and whether the
// priorities a review set were met by the next one.

#include <vector>

#include "domain/review.hpp"

namespace ipskit {

enum class Change { improved, same, declined };

Change change_between(int before, int after);

struct ItemTrend {
    const Item* item = nullptr;
    std::vector<int> scores;        // one per review, oldest first
    std::vector<Change> steps;      // between consecutive reviews
    Change overall = Change::same;  // first to last
};

struct SectionTrend {
    const Section* section = nullptr;
    std::vector<double> means;  // one per review
};

// An item a review put on the improvement plan, and what the next review found.
struct PriorityFollowUp {
    std::size_t review = 0;  // index of the review that set the priority
    const Item* item = nullptr;
    int before = 0;
    int after = 0;
    bool met = false;
};

struct Trend {
    const Scale* scale = nullptr;
    std::vector<const Review*> reviews;  // oldest first
    std::vector<int> totals;
    std::vector<int> changes;  // totals[r] - totals[r - 1]; changes[0] is 0, as the first has none
    std::vector<const Level*> levels;
    std::vector<ItemTrend> items;
    std::vector<SectionTrend> sections;
    std::vector<PriorityFollowUp> priorities;  // by review, then lowest score first
    int priority_at_or_below = 0;              // the scale's threshold they were picked with
};

// The trend of `reviews` (two or more of one site on `scale`, in any order;
// sorted by review date here). Points into the arguments.
Trend trend_of(const Scale& scale, std::vector<const Review*> reviews);

}  // namespace ipskit
