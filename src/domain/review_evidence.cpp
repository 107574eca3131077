#include "domain/review_evidence.hpp"

#include <algorithm>

namespace ipskit {

namespace {

const derived::DerivedItem* derived_item(const derived::DerivedResult& result, int number) {
    for (const auto& d : result.items)
        if (d.number == number) return &d;
    return nullptr;
}

Rating* rating_of(Review& review, int number) {
    for (auto& r : review.ratings)
        if (r.item_number == number) return &r;
    return nullptr;
}

const Rating* rating_of(const Review& review, int number) {
    for (const auto& r : review.ratings)
        if (r.item_number == number) return &r;
    return nullptr;
}

bool contains(const std::vector<int>& numbers, int n) {
    return std::find(numbers.begin(), numbers.end(), n) != numbers.end();
}

}  // namespace

FillResult fill_open_items(Review& review, const Scale& scale, const std::vector<int>& open,
                           const derived::DerivedResult& result) {
    FillResult out;
    for (const int number : open) {
        const derived::DerivedItem* d = derived_item(result, number);
        if (!d || d->status != derived::Status::scored || !d->score) {
            out.still_open.push_back(number);
            continue;
        }
        // An open item may carry the reviewer's note; it keeps it.
        if (Rating* kept = rating_of(review, number)) {
            kept->score = *d->score;
        } else {
            Rating r;
            r.item_number = number;
            r.score = *d->score;
            review.ratings.push_back(std::move(r));
        }
        out.filled.push_back(number);
    }
    // Ratings are in item order, as score_review and every report expect.
    const auto order = [&](const Rating& r) {
        const Item* item = scale.find_item(std::to_string(r.item_number));
        return item ? item - scale.items.data() : 0;
    };
    std::stable_sort(review.ratings.begin(), review.ratings.end(),
                     [&](const Rating& a, const Rating& b) { return order(a) < order(b); });
    return out;
}

ReviewEvidence review_evidence(const Scale& scale, const Review& review, const derived::DerivedResult& result,
                               const std::vector<int>& filled) {
    ReviewEvidence out;
    out.result = &result;
    for (const auto& d : result.items) {
        ItemEvidence e;
        e.item = scale.find_item(std::to_string(d.number));
        if (!e.item) continue;
        e.derived = &d;
        e.filled = contains(filled, d.number);
        const Rating* r = rating_of(review, d.number);
        if (r && !e.filled && r->score >= scale.score_min) e.rating = r->score;
        if (e.rating && d.status == derived::Status::scored && d.score) e.difference = *e.rating - *d.score;
        out.differing += e.differs() ? 1 : 0;
        out.filled += e.filled ? 1 : 0;
        out.items.push_back(e);
    }
    return out;
}

}  // namespace ipskit
