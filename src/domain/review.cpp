#include "domain/review.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace ipskit {

namespace {

std::vector<SectionScore> section_scores(const Scale& scale, const std::vector<ItemScore>& items) {
    std::vector<SectionScore> sections;
    for (const auto& section : scale.sections) {
        SectionScore s{&section, 0, 0, 0, 0};
        for (const auto& item : items) {
            if (item.item->section != section.id) continue;
            ++s.items;
            s.subtotal += item.rating->score;
            s.max += scale.score_max;
        }
        s.mean = s.items > 0 ? static_cast<double>(s.subtotal) / s.items : 0;
        sections.push_back(s);
    }
    return sections;
}

constexpr std::pair<ReviewType, const char*> kReviewTypeIds[] = {
    {ReviewType::external, "external"},
    {ReviewType::guided_self_assessment, "guided_self_assessment"},
    {ReviewType::self_assessment, "self_assessment"},
};

}  // namespace

const char* review_type_id(ReviewType type) {
    for (const auto& [t, id] : kReviewTypeIds)
        if (t == type) return id;
    return "";
}

std::optional<ReviewType> parse_review_type(std::string_view id) {
    for (const auto& [t, name] : kReviewTypeIds)
        if (id == name) return t;
    return std::nullopt;
}

ReviewScore score_review(const Scale& scale, const Review& review) {
    if (review.ratings.size() != scale.items.size())
        throw std::logic_error("score_review: the review does not rate every item of the scale");
    ReviewScore result;
    result.scale = &scale;
    result.review = &review;
    result.priority_at_or_below = scale.priority_threshold();
    for (std::size_t i = 0; i < scale.items.size(); ++i) {
        const ItemScore item{&scale.items[i], &review.ratings[i]};
        result.items.push_back(item);
        result.total += item.rating->score;
        if (item.rating->score == scale.score_max) result.strengths.push_back(item);
        if (scale.is_priority(item.rating->score)) result.priorities.push_back(item);
        if (item.item->to_check) result.to_check.push_back(item.item);
    }
    std::stable_sort(
        result.priorities.begin(), result.priorities.end(),
        [](const ItemScore& a, const ItemScore& b) { return a.rating->score < b.rating->score; });
    result.sections = section_scores(scale, result.items);
    result.total_max = scale.total_max();
    result.mean = static_cast<double>(result.total) / static_cast<double>(result.items.size());
    result.level = scale.level_for(result.total);
    return result;
}

const Text* next_anchor(const Item& item, int score) {
    const auto it = item.anchors.find(score + 1);
    return it == item.anchors.end() ? nullptr : &it->second;
}

}  // namespace ipskit
