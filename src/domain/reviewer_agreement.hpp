#pragma once
// Two or more reviewers' ratings of the same site on the same scale, side by
// side: each reviewer's total and level, the mean of every item, how well the
// reviewers agree, and the items far enough apart to need the consensus
// meeting's time first.

#include <cstddef>
#include <optional>
#include <vector>

#include "domain/review.hpp"
#include "domain/stats/coefficient.hpp"

namespace ipskit {

// Agreement between two of the reviewers (indexes into the reviews compared).
struct PairAgreement {
    std::size_t first = 0;
    std::size_t second = 0;
    stats::Coefficient exact;
    stats::Coefficient within_one;
    stats::Coefficient kappa;
    stats::Coefficient weighted_kappa;  // quadratic weights
    stats::Coefficient ac1;
    stats::Coefficient ac2;  // quadratic weights
    stats::Coefficient icc;  // ICC(2,1)
};

struct ItemComparison {
    const Item* item = nullptr;
    std::vector<const Rating*> ratings;  // one per reviewer, in the order of the reviews
    double mean = 0;
    int spread = 0;  // highest score minus lowest
};

struct ReviewerTotal {
    int total = 0;
    const Level* level = nullptr;
};

struct ReviewerComparison {
    const Scale* scale = nullptr;
    std::vector<const Review*> reviews;
    std::vector<ItemComparison> items;  // in item order
    std::vector<ReviewerTotal> totals;  // one per reviewer
    double mean_total = 0;
    std::vector<PairAgreement> pairs;  // every pair, (0,1), (0,2), ... (1,2), ...
    // Over all reviewers at once; only with three or more.
    std::optional<stats::Coefficient> fleiss_kappa;
    std::optional<stats::Coefficient> icc_all;
    // Items whose scores differ by `kDiscussSpread` or more, widest first, then in item order.
    std::vector<const ItemComparison*> to_discuss;
};

// Two points apart is where reviewers disagree about the practice, not the anchor's edge.
constexpr int kDiscussSpread = 2;

// Compares `reviews` (two or more, each rating every item of `scale`). The
// result points into the arguments, which must outlive it.
ReviewerComparison compare_reviewers(const Scale& scale, const std::vector<const Review*>& reviews);

}  // namespace ipskit
