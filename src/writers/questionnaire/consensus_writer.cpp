#include "writers/questionnaire/consensus_writer.hpp"

#include <fmt/format.h>

#include "writers/questionnaire/consensus_labels.hpp"

namespace ipskit::writers::questionnaire {

// Labels are named constants, so a misspelt one does not compile.
using namespace consensus_labels;

namespace {

std::string one_line(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

// "Mette Lund: 3 (no fit) — note" for the comments of an open item.
std::string rating_comment(const Review& review, const Rating& rating, Lang lang) {
    std::string text = fmt::format("{}: {}", fmt::join(review.reviewers, ", "), rating.score);
    if (rating.no_fit) text += " (" + kNoFit.in(lang) + ")";
    if (!rating.note.empty()) text += " — " + one_line(rating.note);
    return text;
}

// The agreed item's notes, each with its reviewer, as one note.
std::string joined_notes(const ConsensusDraft& draft, const ConsensusItem& item) {
    std::vector<std::string> notes;
    for (std::size_t r = 0; r < item.ratings.size(); ++r)
        if (!item.ratings[r]->note.empty())
            notes.push_back(
                fmt::format("{}: {}", fmt::join(draft.reviews[r]->reviewers, ", "), item.ratings[r]->note));
    return fmt::format("{}", fmt::join(notes, "; "));
}

std::string agreed_line(const ConsensusDraft& draft, const ConsensusItem& item) {
    const std::string note = joined_notes(draft, item);
    std::vector<std::string> fields{fmt::format("score: {}", *item.agreed)};
    if (item.no_fit) fields.push_back("no_fit: true");
    if (!note.empty()) fields.push_back("note: " + yaml_quoted(note));
    if (fields.size() == 1) return fmt::format("  {}: {}\n", item.item->number, *item.agreed);
    return fmt::format("  {}: {{ {} }}\n", item.item->number, fmt::join(fields, ", "));
}

std::string item_lines(const ConsensusDraft& draft, const ConsensusItem& item, Lang lang) {
    std::string out = fmt::format("  # {}. {}", item.item->number, one_line(item.item->name.in(lang)));
    if (item.agreed) return out + "\n" + agreed_line(draft, item);
    out += " — " + kToAgree.in(lang) + "\n";
    for (std::size_t r = 0; r < item.ratings.size(); ++r)
        out += "  #   " + rating_comment(*draft.reviews[r], *item.ratings[r], lang) + "\n";
    return out + fmt::format("  {}:\n", item.item->number);
}

}  // namespace

std::string yaml_quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        if (c == '\n') {
            out += "\\n";
            continue;
        }
        out += c;
    }
    return out + "\"";
}

std::string consensus_yaml(const ConsensusDraft& draft, Lang lang) {
    const Review& first = *draft.reviews.front();
    std::string out = fmt::format(fmt::runtime(kIntro.in(lang)), draft.reviews.size(), draft.open);
    out += fmt::format("scale: {}\n", yaml_quoted(first.scale_id));
    out += fmt::format("site: {}\n", yaml_quoted(first.site));
    out += fmt::format("review_date: {}\n", first.review_date);
    const std::string who = fmt::format("{} ({})", fmt::join(draft.reviewers, ", "), kConsensus.in(lang));
    out += fmt::format("reviewer: {}\n", yaml_quoted(who));
    out += "ratings:\n";
    for (const auto& item : draft.items) out += item_lines(draft, item, lang);
    return out;
}

}  // namespace ipskit::writers::questionnaire
