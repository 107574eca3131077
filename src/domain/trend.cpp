// A priority is an item a review scored at or below the scale's priority
// threshold (3 of 5 unless the scale file says otherwise, as score_review
// lists them); it is met when the next review scores it above the threshold
// (4 or 5), so that it is no longer a priority.

#include "domain/trend.hpp"

#include <algorithm>
#include <stdexcept>

namespace ipskit {

namespace {

ItemTrend item_trend(const Item& item, std::size_t index, const std::vector<const Review*>& reviews) {
    ItemTrend t{&item, {}, {}, Change::same};
    for (const Review* review : reviews) t.scores.push_back(review->ratings[index].score);
    for (std::size_t r = 1; r < t.scores.size(); ++r)
        t.steps.push_back(change_between(t.scores[r - 1], t.scores[r]));
    t.overall = change_between(t.scores.front(), t.scores.back());
    return t;
}

std::vector<PriorityFollowUp> follow_ups(const Scale& scale, const std::vector<ItemTrend>& items,
                                         std::size_t reviews) {
    std::vector<PriorityFollowUp> out;
    for (std::size_t r = 0; r + 1 < reviews; ++r) {
        const auto first = out.size();
        for (const auto& item : items)
            if (scale.is_priority(item.scores[r]))
                out.push_back({r, item.item, item.scores[r], item.scores[r + 1],
                               !scale.is_priority(item.scores[r + 1])});
        std::stable_sort(
            out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
            [](const PriorityFollowUp& a, const PriorityFollowUp& b) { return a.before < b.before; });
    }
    return out;
}

}  // namespace

Change change_between(int before, int after) {
    if (after > before) return Change::improved;
    if (after < before) return Change::declined;
    return Change::same;
}

Trend trend_of(const Scale& scale, std::vector<const Review*> reviews) {
    if (reviews.size() < 2) throw std::logic_error("trend_of: needs two or more reviews");
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const Review* a, const Review* b) { return a->review_date < b->review_date; });
    Trend t;
    t.scale = &scale;
    t.reviews = reviews;
    for (const Review* review : reviews) {
        if (review->ratings.size() != scale.items.size())
            throw std::logic_error("trend_of: a review does not rate every item of the scale");
        const ReviewScore score = score_review(scale, *review);
        t.changes.push_back(t.totals.empty() ? 0 : score.total - t.totals.back());
        t.totals.push_back(score.total);
        t.levels.push_back(score.level);
        for (std::size_t s = 0; s < score.sections.size(); ++s) {
            if (t.sections.size() <= s) t.sections.push_back({score.sections[s].section, {}});
            t.sections[s].means.push_back(score.sections[s].mean);
        }
    }
    for (std::size_t i = 0; i < scale.items.size(); ++i)
        t.items.push_back(item_trend(scale.items[i], i, reviews));
    t.priorities = follow_ups(scale, t.items, reviews.size());
    t.priority_at_or_below = scale.priority_threshold();
    return t;
}

}  // namespace ipskit
