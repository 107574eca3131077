// Every coefficient is computed over the scale's declared categories
// (score_min..score_max), never over the scores that happen to occur: with
// ratings crowded at 4-5, dropping the unused categories would change the
// chance terms of kappa and AC1/AC2.

#include "domain/reviewer_agreement.hpp"

#include <algorithm>
#include <stdexcept>

#include "domain/stats/agreement.hpp"

namespace ipskit {

namespace {

stats::Scores scores_of(const Review& review) {
    stats::Scores scores;
    for (const auto& rating : review.ratings) scores.push_back(rating.score);
    return scores;
}

PairAgreement pair_agreement(const Scale& scale, const std::vector<stats::Scores>& scores, std::size_t i,
                             std::size_t j) {
    const auto& a = scores[i];
    const auto& b = scores[j];
    const int lo = scale.score_min;
    const int hi = scale.score_max;
    return {i,
            j,
            stats::exact_agreement(a, b),
            stats::within_one_agreement(a, b),
            stats::cohen_kappa(a, b, lo, hi),
            stats::weighted_kappa_quadratic(a, b, lo, hi),
            stats::gwet_ac1(a, b, lo, hi),
            stats::gwet_ac2_quadratic(a, b, lo, hi),
            stats::icc_2_1(a, b)};
}

ItemComparison item_comparison(const Item& item, std::size_t index,
                               const std::vector<const Review*>& reviews) {
    ItemComparison c{&item, {}, 0, 0};
    int lo = 0, hi = 0, sum = 0;
    for (const Review* review : reviews) {
        const Rating& rating = review->ratings[index];
        c.ratings.push_back(&rating);
        lo = c.ratings.size() == 1 ? rating.score : std::min(lo, rating.score);
        hi = c.ratings.size() == 1 ? rating.score : std::max(hi, rating.score);
        sum += rating.score;
    }
    c.mean = static_cast<double>(sum) / static_cast<double>(reviews.size());
    c.spread = hi - lo;
    return c;
}

stats::RatingMatrix matrix_of(const std::vector<stats::Scores>& scores) {
    stats::RatingMatrix m(scores.front().size());
    for (std::size_t i = 0; i < m.size(); ++i)
        for (const auto& reviewer : scores) m[i].push_back(reviewer[i]);
    return m;
}

std::vector<const ItemComparison*> items_to_discuss(const std::vector<ItemComparison>& items) {
    std::vector<const ItemComparison*> out;
    for (const auto& item : items)
        if (item.spread >= kDiscussSpread) out.push_back(&item);
    std::stable_sort(out.begin(), out.end(),
                     [](const ItemComparison* a, const ItemComparison* b) { return a->spread > b->spread; });
    return out;
}

}  // namespace

ReviewerComparison compare_reviewers(const Scale& scale, const std::vector<const Review*>& reviews) {
    if (reviews.size() < 2) throw std::logic_error("compare_reviewers: needs two or more reviews");
    ReviewerComparison result;
    result.scale = &scale;
    result.reviews = reviews;
    std::vector<stats::Scores> scores;
    for (const Review* review : reviews) {
        if (review->ratings.size() != scale.items.size())
            throw std::logic_error("compare_reviewers: a review does not rate every item of the scale");
        scores.push_back(scores_of(*review));
        const int total = score_review(scale, *review).total;
        result.totals.push_back({total, scale.level_for(total)});
        result.mean_total += total;
    }
    result.mean_total /= static_cast<double>(reviews.size());
    for (std::size_t i = 0; i < scale.items.size(); ++i)
        result.items.push_back(item_comparison(scale.items[i], i, reviews));
    for (std::size_t i = 0; i < reviews.size(); ++i)
        for (std::size_t j = i + 1; j < reviews.size(); ++j)
            result.pairs.push_back(pair_agreement(scale, scores, i, j));
    if (reviews.size() >= 3) {
        const auto matrix = matrix_of(scores);
        result.fleiss_kappa = stats::fleiss_kappa(matrix, scale.score_min, scale.score_max);
        result.icc_all = stats::icc_2_1(matrix);
    }
    result.to_discuss = items_to_discuss(result.items);
    return result;
}

}  // namespace ipskit
