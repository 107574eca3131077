#include "domain/consensus.hpp"

#include <algorithm>
#include <stdexcept>

namespace ipskit {

namespace {

bool ticked(const Rating& rating, const std::string& id) {
    return std::find(rating.elements.begin(), rating.elements.end(), id) != rating.elements.end();
}

// The common figure, when every reviewer measured and all got the same.
std::optional<double> common_value(const std::vector<const Rating*>& ratings) {
    const auto& first = ratings.front()->value;
    const bool alike = std::all_of(ratings.begin(), ratings.end(),
                                   [&](const Rating* r) { return r->value && r->value == first; });
    return alike ? first : std::nullopt;
}

// The elements every reviewer ticked, in the scale's order. A reviewer who
// ticked none (or only gave a score) leaves none ticked by all.
std::vector<std::string> common_elements(const Item& item, const std::vector<const Rating*>& ratings) {
    std::vector<std::string> common;
    for (const auto& element : item.elements)
        if (std::all_of(ratings.begin(), ratings.end(),
                        [&](const Rating* r) { return ticked(*r, element.id); }))
            common.push_back(element.id);
    return common;
}

void add_details(ConsensusItem& c) {
    c.value = common_value(c.ratings);
    c.ticked_by_all = common_elements(*c.item, c.ratings);
    // The same elements only when no reviewer ticked one the others did not.
    const bool same_elements = std::all_of(c.ratings.begin(), c.ratings.end(), [&](const Rating* r) {
        return !r->elements.empty() && r->elements.size() == c.ticked_by_all.size();
    });
    if (same_elements) c.elements = c.ticked_by_all;
    const bool any_value =
        std::any_of(c.ratings.begin(), c.ratings.end(), [](const Rating* r) { return r->value.has_value(); });
    const bool any_elements =
        std::any_of(c.ratings.begin(), c.ratings.end(), [](const Rating* r) { return !r->elements.empty(); });
    c.details_differ = (any_value && !c.value) || (any_elements && !same_elements);
}

ConsensusItem consensus_item(const Item& item, std::size_t index, const std::vector<const Review*>& reviews) {
    ConsensusItem c;
    c.item = &item;
    for (const Review* review : reviews) c.ratings.push_back(&review->ratings[index]);
    const int first = c.ratings.front()->score;
    const bool alike =
        std::all_of(c.ratings.begin(), c.ratings.end(), [&](const Rating* r) { return r->score == first; });
    if (alike) c.agreed = first;
    c.no_fit =
        alike && std::all_of(c.ratings.begin(), c.ratings.end(), [](const Rating* r) { return r->no_fit; });
    add_details(c);
    return c;
}

std::string who(const Review& review) {
    std::string names;
    for (const auto& name : review.reviewers) names += (names.empty() ? "" : ", ") + name;
    return names;
}

// (reviewer, text) for each review, the text picked by `get`.
template <class Get>
std::vector<std::pair<std::string, std::string>> texts_of(const std::vector<const Review*>& reviews,
                                                          Get get) {
    std::vector<std::pair<std::string, std::string>> texts;
    for (std::size_t r = 0; r < reviews.size(); ++r) texts.emplace_back(who(*reviews[r]), get(r));
    return texts;
}

// Everyone's dates: a reviewer may have looked at other records or come on
// another day, and the consensus covers all they saw.
ReviewPeriod merged_period(const std::vector<const Review*>& reviews) {
    ReviewPeriod p;
    for (const Review* r : reviews) {
        if (!r->period.from.empty() && (p.from.empty() || r->period.from < p.from)) p.from = r->period.from;
        if (!r->period.to.empty() && r->period.to > p.to) p.to = r->period.to;
        p.visit_dates.insert(p.visit_dates.end(), r->period.visit_dates.begin(), r->period.visit_dates.end());
    }
    std::sort(p.visit_dates.begin(), p.visit_dates.end());
    p.visit_dates.erase(std::unique(p.visit_dates.begin(), p.visit_dates.end()), p.visit_dates.end());
    return p;
}

void add_narrative(ConsensusDraft& draft) {
    const auto& reviews = draft.reviews;
    const auto& first = reviews.front()->review_type;
    const bool same_type =
        std::all_of(reviews.begin(), reviews.end(), [&](const Review* r) { return r->review_type == first; });
    if (same_type) draft.review_type = first;
    draft.review_types_differ = !same_type;
    draft.period = merged_period(reviews);
    draft.summary =
        merged_text(texts_of(reviews, [&](std::size_t r) { return reviews[r]->summary; }), "\n\n");
    draft.recommendations =
        merged_text(texts_of(reviews, [&](std::size_t r) { return reviews[r]->recommendations; }), "\n\n");
    for (std::size_t i = 0; i < draft.items.size(); ++i)
        draft.items[i].recommendations = merged_text(
            texts_of(reviews, [&](std::size_t r) { return reviews[r]->ratings[i].recommendations; }), "; ");
}

std::string common_cluster(const std::vector<const Review*>& reviews) {
    const std::string& first = reviews.front()->cluster;
    const bool alike =
        std::all_of(reviews.begin(), reviews.end(), [&](const Review* r) { return r->cluster == first; });
    return alike ? first : std::string();
}

}  // namespace

std::string merged_text(const std::vector<std::pair<std::string, std::string>>& texts,
                        const std::string& separator) {
    std::vector<const std::pair<std::string, std::string>*> given;
    for (const auto& t : texts)
        if (!t.second.empty()) given.push_back(&t);
    if (given.empty()) return {};
    const bool alike = std::all_of(given.begin(), given.end(),
                                   [&](const auto* t) { return t->second == given.front()->second; });
    if (alike) return given.front()->second;
    std::string out;
    for (const auto* t : given) out += (out.empty() ? "" : separator) + t->first + ": " + t->second;
    return out;
}

ConsensusDraft draft_consensus(const Scale& scale, const std::vector<const Review*>& reviews) {
    if (reviews.size() < 2) throw std::logic_error("draft_consensus: needs two or more reviews");
    ConsensusDraft draft;
    draft.scale = &scale;
    draft.reviews = reviews;
    for (const Review* review : reviews) {
        if (review->ratings.size() != scale.items.size())
            throw std::logic_error("draft_consensus: a review does not rate every item of the scale");
        for (const auto& name : review->reviewers)
            if (std::find(draft.reviewers.begin(), draft.reviewers.end(), name) == draft.reviewers.end())
                draft.reviewers.push_back(name);
    }
    draft.cluster = common_cluster(reviews);
    for (std::size_t i = 0; i < scale.items.size(); ++i) {
        draft.items.push_back(consensus_item(scale.items[i], i, reviews));
        if (!draft.items.back().agreed) ++draft.open;
    }
    add_narrative(draft);
    return draft;
}

}  // namespace ipskit
