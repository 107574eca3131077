#include "domain/fidelity_report.hpp"

#include <algorithm>
#include <stdexcept>

namespace ipskit {

namespace {

const Text* anchor_of(const Item& item, int score) {
    const auto it = item.anchors.find(score);
    return it == item.anchors.end() ? nullptr : &it->second;
}

FollowUpStatus status_of(const Scale& scale, int before, int now) {
    if (!scale.is_priority(now)) return FollowUpStatus::met;
    if (now > before) return FollowUpStatus::improved;
    return now == before ? FollowUpStatus::unchanged : FollowUpStatus::worse;
}

std::vector<ItemReport> item_reports(const Scale& scale, const ReviewScore& now, const Review* previous) {
    std::vector<ItemReport> items;
    for (std::size_t i = 0; i < now.items.size(); ++i) {
        ItemReport r;
        r.item = now.items[i].item;
        r.rating = now.items[i].rating;
        r.anchor = anchor_of(*r.item, r.rating->score);
        r.priority = scale.is_priority(r.rating->score);
        if (r.priority) r.target = next_anchor(*r.item, r.rating->score);
        if (previous) {
            r.previous = previous->ratings[i].score;
            r.change = r.rating->score - *r.previous;
        }
        items.push_back(r);
    }
    return items;
}

std::vector<FollowUp> follow_ups(const Scale& scale, const ReviewScore& before, const ReviewScore& now) {
    std::vector<FollowUp> list;
    for (const ItemScore& p : before.priorities) {
        const auto i = static_cast<std::size_t>(p.item - scale.items.data());
        const int score = now.items[i].rating->score;
        list.push_back({p.item, p.rating, score, status_of(scale, p.rating->score, score)});
    }
    return list;
}

}  // namespace

FidelityReport fidelity_report(const Scale& scale, const Review& review, std::vector<const Review*> earlier) {
    for (const Review* r : earlier)
        if (r->ratings.size() != scale.items.size() || !(r->review_date < review.review_date))
            throw std::logic_error("fidelity_report: an earlier review of another scale or date");
    std::stable_sort(earlier.begin(), earlier.end(),
                     [](const Review* a, const Review* b) { return a->review_date < b->review_date; });
    FidelityReport report;
    report.score = score_review(scale, review);
    for (const Review* r : earlier) {
        const ReviewScore s = score_review(scale, *r);
        report.totals.push_back({r, s.total, s.level});
    }
    report.totals.push_back({&review, report.score.total, report.score.level});
    if (!earlier.empty()) {
        report.previous = earlier.back();
        const ReviewScore before = score_review(scale, *report.previous);
        report.previous_total = before.total;
        report.previous_level = before.level;
        report.total_change = report.score.total - before.total;
        report.follow_up = follow_ups(scale, before, report.score);
        report.previous_score = before;
    }
    report.items = item_reports(scale, report.score, report.previous);
    for (const ItemReport& r : report.items) {
        if (r.change > 0) report.up.push_back(r.item);
        if (r.change < 0) report.down.push_back(r.item);
    }
    return report;
}

}  // namespace ipskit
