#include "readers/cases/outcome_label.hpp"

#include <array>
#include <utility>

namespace ipskit::readers::cases {

namespace {

using outcomes::Outcome;

// Labels in their folded form (see fold): lower case, ae/oe/aa, one space.
constexpr std::array<std::pair<std::string_view, Outcome>, 14> kLabels = {{
    {"job", Outcome::job},
    {"ordinaert job", Outcome::job},
    {"ordinaer job", Outcome::job},
    {"ordinaer beskaeftigelse", Outcome::job},
    {"ordinary job", Outcome::job},
    {"competitive job", Outcome::job},
    {"flexjob", Outcome::flexjob},
    {"flex job", Outcome::flexjob},
    {"fleksjob", Outcome::flexjob},
    {"fleks job", Outcome::flexjob},
    {"education", Outcome::education},
    {"uddannelse", Outcome::education},
    {"other", Outcome::other},
    {"andet", Outcome::other},
}};

// Appends the ASCII spelling of a Danish letter (as its UTF-8 second byte
// after 0xC3), or returns false for any other letter.
bool append_danish(unsigned char second, char* out, std::size_t& n) {
    const char* ascii = nullptr;
    switch (second) {
        case 0xA6:
        case 0x86:
            ascii = "ae";
            break;  // æ Æ
        case 0xB8:
        case 0x98:
            ascii = "oe";
            break;  // ø Ø
        case 0xA5:
        case 0x85:
            ascii = "aa";
            break;  // å Å
        default:
            return false;
    }
    out[n++] = ascii[0];
    out[n++] = ascii[1];
    return true;
}

// What fold makes of an ASCII character: its lower-case form, or ' ' for a
// separator. One look-up instead of six comparisons: a label is folded once
// per row.
constexpr std::array<char, 128> kAsciiFold = [] {
    std::array<char, 128> table{};
    for (std::size_t c = 0; c < table.size(); ++c)
        table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    for (const char separator : {' ', '-', '_', '\t'}) table[static_cast<std::size_t>(separator)] = ' ';
    return table;
}();

// Folds `text` into `out` (lower case, ae/oe/aa, separators as one space,
// trimmed). Returns the length, or 0 when the text is too long or has a
// character no label has.
std::size_t fold(std::string_view text, char (&out)[48]) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (n + 2 >= sizeof out) return 0;
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x80) {
            const char folded = kAsciiFold[c];
            if (folded != ' ')
                out[n++] = folded;
            else if (n > 0 && out[n - 1] != ' ')
                out[n++] = ' ';
        } else if (c == 0xC3 && i + 1 < text.size() &&
                   append_danish(static_cast<unsigned char>(text[i + 1]), out, n)) {
            ++i;
        } else {
            return 0;
        }
    }
    while (n > 0 && out[n - 1] == ' ') --n;
    return n;
}

}  // namespace

std::optional<Outcome> parse_outcome(std::string_view text) {
    char folded[48];
    const std::size_t n = fold(text, folded);
    if (n == 0) return std::nullopt;
    const std::string_view key(folded, n);
    for (const auto& [label, outcome] : kLabels)
        if (label == key) return outcome;
    return std::nullopt;
}

}  // namespace ipskit::readers::cases
