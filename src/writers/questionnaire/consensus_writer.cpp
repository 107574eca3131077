#include "writers/questionnaire/consensus_writer.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/plural.hpp"
#include "writers/questionnaire/consensus_labels.hpp"
#include "writers/questionnaire/yaml_text.hpp"

namespace ipskit::writers::questionnaire {

// Labels are named constants, so a misspelt one does not compile.
using namespace consensus_labels;

namespace {

std::string f(const Text& t, Lang lang, const std::string& arg) {
    return fmt::format(fmt::runtime(t.in(lang)), arg);
}

// The shortest text that reads back as the same number, as the reader parses it.
std::string figure(double x) {
    return fmt::format("{}", x);
}

std::string who(const Review& review) {
    return fmt::format("{}", fmt::join(review.reviewers, ", "));
}

std::string ids(const std::vector<std::string>& elements, Lang lang) {
    return elements.empty() ? kNone.in(lang) : fmt::format("{}", fmt::join(elements, ", "));
}

// "3 (no fit), measured 23, ticked: a, b": what one reviewer gave an item.
std::string rating_details(const Rating& rating, Lang lang) {
    std::string text = fmt::format("{}", rating.score);
    if (rating.no_fit) text += " (" + kNoFit.in(lang) + ")";
    if (rating.value) text += ", " + f(kMeasured, lang, figure(*rating.value));
    if (!rating.elements.empty()) text += ", " + f(kTicked, lang, ids(rating.elements, lang));
    return text;
}

// One comment line per reviewer, and the elements they all ticked when they
// ticked different ones: what the meeting needs to see to decide. Notes are
// shown only for an open item; an agreed item carries them in its note.
std::string reviewer_comments(const ConsensusDraft& draft, const ConsensusItem& item, Lang lang) {
    std::string out;
    for (std::size_t r = 0; r < item.ratings.size(); ++r) {
        const Rating& rating = *item.ratings[r];
        std::string line = who(*draft.reviews[r]) + ": " + rating_details(rating, lang);
        if (!item.agreed && !rating.note.empty()) line += " — " + rating.note;
        if (!item.agreed && !rating.recommendations.empty())
            line += " — " + f(kRecommends, lang, rating.recommendations);
        out += "  #   " + comment_text(line) + "\n";
    }
    const bool any_ticked = std::any_of(item.ratings.begin(), item.ratings.end(),
                                        [](const Rating* r) { return !r->elements.empty(); });
    if (any_ticked && item.details_differ)
        out += "  #   " + comment_text(f(kTickedByAll, lang, ids(item.ticked_by_all, lang))) + "\n";
    return out;
}

// The agreed item's notes, each with its reviewer, as one note.
std::string joined_notes(const ConsensusDraft& draft, const ConsensusItem& item) {
    std::vector<std::string> notes;
    for (std::size_t r = 0; r < item.ratings.size(); ++r)
        if (!item.ratings[r]->note.empty())
            notes.push_back(fmt::format("{}: {}", who(*draft.reviews[r]), item.ratings[r]->note));
    return fmt::format("{}", fmt::join(notes, "; "));
}

std::string quoted_ids(const std::vector<std::string>& elements) {
    std::vector<std::string> quoted;
    for (const auto& id : elements) quoted.push_back(yaml_quoted(id));
    return fmt::format("[{}]", fmt::join(quoted, ", "));
}

// Only what every reviewer gave alike is written as live YAML, so reading
// the file back gives the agreed score and nothing else.
std::string agreed_line(const ConsensusDraft& draft, const ConsensusItem& item) {
    const std::string note = joined_notes(draft, item);
    std::vector<std::string> fields{fmt::format("score: {}", *item.agreed)};
    if (item.no_fit) fields.push_back("no_fit: true");
    if (item.value) fields.push_back("value: " + figure(*item.value));
    if (!item.elements.empty()) fields.push_back("elements: " + quoted_ids(item.elements));
    if (!note.empty()) fields.push_back("note: " + yaml_quoted(note));
    if (!item.recommendations.empty())
        fields.push_back("recommendations: " + yaml_quoted(item.recommendations));
    if (fields.size() == 1) return fmt::format("  {}: {}\n", item.item->number, *item.agreed);
    return fmt::format("  {}: {{ {} }}\n", item.item->number, fmt::join(fields, ", "));
}

std::string item_lines(const ConsensusDraft& draft, const ConsensusItem& item, Lang lang) {
    std::string out = fmt::format("  # {}. {}", item.item->number, comment_text(item.item->name.in(lang)));
    if (item.agreed && !item.details_differ) return out + "\n" + agreed_line(draft, item);
    out += " — " + (item.agreed ? kDetailsDiffer : kToAgree).in(lang) + "\n";
    out += reviewer_comments(draft, item, lang);
    // An open item is left empty: a score written for it by ipskit would be scored unseen.
    return out + (item.agreed ? agreed_line(draft, item) : fmt::format("  {}:\n", item.item->number));
}

// The kind of review, its dates and the reviewers' texts, merged as
// draft_consensus decided; a kind the reviewers named differently is left
// for the meeting, with each reviewer's in a comment.
std::string narrative_lines(const ConsensusDraft& draft, Lang lang) {
    std::string out;
    if (draft.review_type) out += fmt::format("review_type: {}\n", review_type_id(*draft.review_type));
    if (draft.review_types_differ) {
        out += "# " + kTypesDiffer.in(lang) + "\n";
        for (const Review* r : draft.reviews)
            out += "#   " + comment_text(who(*r)) + ": " +
                   (r->review_type ? review_type_id(*r->review_type) : kNone.in(lang)) + "\n";
        out += "review_type:\n";
    }
    const ReviewPeriod& p = draft.period;
    if (!p.from.empty() || !p.to.empty()) {
        std::vector<std::string> fields;
        if (!p.from.empty()) fields.push_back("from: " + p.from);
        if (!p.to.empty()) fields.push_back("to: " + p.to);
        out += fmt::format("review_period: {{ {} }}\n", fmt::join(fields, ", "));
    }
    if (!p.visit_dates.empty()) out += fmt::format("visit_dates: [{}]\n", fmt::join(p.visit_dates, ", "));
    if (!draft.summary.empty()) out += "summary: " + yaml_quoted(draft.summary) + "\n";
    if (!draft.recommendations.empty())
        out += "recommendations: " + yaml_quoted(draft.recommendations) + "\n";
    return out;
}

}  // namespace

std::string consensus_yaml(const ConsensusDraft& draft, Lang lang) {
    const Review& first = *draft.reviews.front();
    std::string out =
        fmt::format(fmt::runtime(kIntro.in(lang)), draft.reviews.size()) +
        fmt::format(
            fmt::runtime(util::by_count(static_cast<long long>(draft.open), kOpenOne, kOpenMany).in(lang)),
            draft.open) +
        kIntroRest.in(lang);
    out += fmt::format("scale: {}\n", yaml_quoted(first.scale_id));
    out += fmt::format("site: {}\n", yaml_quoted(first.site));
    out += fmt::format("review_date: {}\n", first.review_date);
    if (!draft.cluster.empty()) out += fmt::format("cluster: {}\n", yaml_quoted(draft.cluster));
    const std::string reviewers =
        fmt::format("{} ({})", fmt::join(draft.reviewers, ", "), kConsensus.in(lang));
    out += fmt::format("reviewer: {}\n", yaml_quoted(reviewers));
    // Tells the agreed questionnaire from a reviewer's own, for compare --latest.
    out += "consensus: true\n";
    out += narrative_lines(draft, lang);
    out += "ratings:\n";
    for (const auto& item : draft.items) out += item_lines(draft, item, lang);
    return out;
}

}  // namespace ipskit::writers::questionnaire
