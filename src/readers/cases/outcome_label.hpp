#pragma once
// Outcome labels as extracts write them: English or Danish, any case, æøå
// or ae/oe/aa, with spaces, '-' or '_'. Obvious variants are accepted; an
// unknown label is never guessed.

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "domain/outcomes/case.hpp"
#include "util/hash.hpp"

namespace ipskit::readers::cases {

// The outcome `text` names, or nullopt when it names none.
std::optional<outcomes::Outcome> parse_outcome(std::string_view text);

// parse_outcome with a memory of the labels already read: an extract writes
// its few labels the same way on every row, so comparing the text with those
// seen before is cheaper than folding it again. Only labels that name an
// outcome are kept, the first kKept of them.
class OutcomeLabels {
public:
    std::optional<outcomes::Outcome> read(std::string_view text) {
        for (std::size_t i = 0; i < count_; ++i)
            if (util::same_text(known_[i].text, text)) return known_[i].outcome;
        const auto outcome = parse_outcome(text);
        if (outcome && count_ < kKept) known_[count_++] = {std::string(text), *outcome};
        return outcome;
    }

private:
    static constexpr std::size_t kKept = 8;
    struct Known {
        std::string text;
        outcomes::Outcome outcome{};
    };
    std::array<Known, kKept> known_{};
    std::size_t count_ = 0;
};

// The labels accepted, for error messages.
inline constexpr std::string_view kAcceptedOutcomes =
    "job, flexjob, education, other; Danish ordinært job (ordinær beskæftigelse), fleksjob, uddannelse, "
    "andet";

}  // namespace ipskit::readers::cases
