#include "domain/consensus.hpp"

#include <algorithm>
#include <stdexcept>

namespace ipskit {

namespace {

ConsensusItem consensus_item(const Item& item, std::size_t index, const std::vector<const Review*>& reviews) {
    ConsensusItem c{&item, {}, {}, true};
    for (const Review* review : reviews) c.ratings.push_back(&review->ratings[index]);
    const int first = c.ratings.front()->score;
    const bool alike =
        std::all_of(c.ratings.begin(), c.ratings.end(), [&](const Rating* r) { return r->score == first; });
    if (alike) c.agreed = first;
    c.no_fit =
        alike && std::all_of(c.ratings.begin(), c.ratings.end(), [](const Rating* r) { return r->no_fit; });
    return c;
}

}  // namespace

ConsensusDraft draft_consensus(const Scale& scale, const std::vector<const Review*>& reviews) {
    if (reviews.size() < 2) throw std::logic_error("draft_consensus: needs two or more reviews");
    ConsensusDraft draft{&scale, reviews, {}, {}, 0};
    for (const Review* review : reviews) {
        if (review->ratings.size() != scale.items.size())
            throw std::logic_error("draft_consensus: a review does not rate every item of the scale");
        for (const auto& name : review->reviewers)
            if (std::find(draft.reviewers.begin(), draft.reviewers.end(), name) == draft.reviewers.end())
                draft.reviewers.push_back(name);
    }
    for (std::size_t i = 0; i < scale.items.size(); ++i) {
        draft.items.push_back(consensus_item(scale.items[i], i, reviews));
        if (!draft.items.back().agreed) ++draft.open;
    }
    return draft;
}

}  // namespace ipskit
