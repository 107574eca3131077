#include "domain/review_type_words.hpp"

#include <string>

namespace ipskit {

namespace {

struct KindWords {
    ReviewType type;
    Text words;
};

const KindWords kKinds[] = {
    {ReviewType::external, {"external review", "ekstern vurdering"}},
    {ReviewType::guided_self_assessment, {"guided self-assessment", "guidet selvvurdering"}},
    {ReviewType::self_assessment, {"self-assessment", "selvvurdering"}},
};

// Lower case and without the spaces around: "Ekstern vurdering " as typed.
std::string folded(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    text = text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

}  // namespace

const Text& review_type_words(ReviewType type) {
    for (const auto& kind : kKinds)
        if (kind.type == type) return kind.words;
    return kKinds[0].words;
}

std::optional<ReviewType> parse_review_type_words(std::string_view text) {
    const std::string key = folded(text);
    if (const auto by_id = parse_review_type(key)) return by_id;
    for (const auto& kind : kKinds)
        if (key == kind.words.en || key == kind.words.da) return kind.type;
    return std::nullopt;
}

}  // namespace ipskit
