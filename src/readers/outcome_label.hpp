#pragma once
// Outcome labels as extracts write them: English or Danish, any case, æøå
// or ae/oe/aa, with spaces, '-' or '_'. Obvious variants are accepted; an
// unknown label is never guessed.

#include <optional>
#include <string_view>

#include "domain/outcomes/case.hpp"

namespace ipskit::readers {

// The outcome `text` names, or nullopt when it names none.
std::optional<outcomes::Outcome> parse_outcome(std::string_view text);

// The labels accepted, for error messages.
inline constexpr std::string_view kAcceptedOutcomes =
    "job, flexjob, education, other; Danish ordinært job (ordinær beskæftigelse), fleksjob, uddannelse, "
    "andet";

}  // namespace ipskit::readers
