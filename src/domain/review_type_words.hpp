#pragma once
// The kinds of review in words, as a reviewer picks them in the workbook's
// drop-down ("guidet selvvurdering"), and read back from the words of
// either language or from the ids a YAML questionnaire writes, so that a
// workbook filled in Danish reads under --lang en and the other way round.

#include <optional>
#include <string_view>

#include "domain/review.hpp"
#include "domain/text.hpp"

namespace ipskit {

// "external review" / "ekstern vurdering", and so on (docs/glossary.md).
const Text& review_type_words(ReviewType type);

// The kind of review named by its id or its words in English or Danish, in
// any case and with spaces around; nullopt for anything else.
std::optional<ReviewType> parse_review_type_words(std::string_view text);

}  // namespace ipskit
