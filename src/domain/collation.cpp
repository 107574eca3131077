#include "domain/collation.hpp"

#include <algorithm>
#include <array>

namespace ipskit {

namespace {

// Primary weights: spaces and punctuation first (by code point), then
// digits, then the letters, then anything else by code point.
constexpr std::uint32_t kDigit = 0x800;
constexpr std::uint32_t kLetter = 0x1000;
constexpr std::uint32_t kOther = 0x10000;
// Danish places these three after z.
constexpr char kAe = 26, kOe = 27, kAa = 28;

enum Accent : std::uint8_t {
    none,
    grave,
    acute,
    circumflex,
    tilde,
    diaeresis,
    ring,
    stroke,
    cedilla,
    eth,
    aa
};

// How one lower-case Latin-1 letter (U+00DF..U+00FF) sorts: its letters
// (index 0..28; a second one for æ, þ, ß in English) and its accent.
struct Letter {
    char english[2];
    char danish;
    Accent accent;
};

constexpr char k(char c) {
    return static_cast<char>(c - 'a');
}
constexpr char kNo = -1;

// Indexed by code point - 0xDF; U+00F7 (division sign) is no letter.
constexpr std::array<Letter, 33> kLatin1{{
    {{k('s'), k('s')}, k('s'), none},     // ß (Danish too sorts it as ss; see expand)
    {{k('a'), kNo}, k('a'), grave},       // à
    {{k('a'), kNo}, k('a'), acute},       // á
    {{k('a'), kNo}, k('a'), circumflex},  // â
    {{k('a'), kNo}, k('a'), tilde},       // ã
    {{k('a'), kNo}, kAe, diaeresis},      // ä
    {{k('a'), kNo}, kAa, ring},           // å
    {{k('a'), k('e')}, kAe, none},        // æ
    {{k('c'), kNo}, k('c'), cedilla},     // ç
    {{k('e'), kNo}, k('e'), grave},       // è
    {{k('e'), kNo}, k('e'), acute},       // é
    {{k('e'), kNo}, k('e'), circumflex},  // ê
    {{k('e'), kNo}, k('e'), diaeresis},   // ë
    {{k('i'), kNo}, k('i'), grave},       // ì
    {{k('i'), kNo}, k('i'), acute},       // í
    {{k('i'), kNo}, k('i'), circumflex},  // î
    {{k('i'), kNo}, k('i'), diaeresis},   // ï
    {{k('d'), kNo}, k('d'), eth},         // ð
    {{k('n'), kNo}, k('n'), tilde},       // ñ
    {{k('o'), kNo}, k('o'), grave},       // ò
    {{k('o'), kNo}, k('o'), acute},       // ó
    {{k('o'), kNo}, k('o'), circumflex},  // ô
    {{k('o'), kNo}, k('o'), tilde},       // õ
    {{k('o'), kNo}, kOe, diaeresis},      // ö
    {{kNo, kNo}, kNo, none},              // ÷
    {{k('o'), kNo}, kOe, stroke},         // ø
    {{k('u'), kNo}, k('u'), grave},       // ù
    {{k('u'), kNo}, k('u'), acute},       // ú
    {{k('u'), kNo}, k('u'), circumflex},  // û
    {{k('u'), kNo}, k('y'), diaeresis},   // ü
    {{k('y'), kNo}, k('y'), acute},       // ý
    {{k('t'), k('h')}, k('t'), none},     // þ (Danish: see expand)
    {{k('y'), kNo}, k('y'), diaeresis},   // ÿ
}};

// Danish keeps å and ø as letters of their own; their accent level is none.
Accent danish_accent(std::uint32_t lower, Accent accent) {
    return lower == 0xE5 || lower == 0xF8 ? none : accent;
}

// The code points of `text`; a byte that starts no valid sequence stands
// for itself, so every input has a key.
std::vector<std::uint32_t> code_points(std::string_view text) {
    std::vector<std::uint32_t> out;
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const int length = b < 0x80 ? 1 : b >> 5 == 6 ? 2 : b >> 4 == 14 ? 3 : b >> 3 == 30 ? 4 : 0;
        if (length <= 1 || i + static_cast<std::size_t>(length) > text.size()) {
            out.push_back(b);
            ++i;
            continue;
        }
        std::uint32_t cp = b & (0x7F >> length);
        for (int j = 1; j < length; ++j) cp = cp << 6 | (static_cast<unsigned char>(text[i + j]) & 0x3F);
        out.push_back(cp);
        i += static_cast<std::size_t>(length);
    }
    return out;
}

bool is_upper(std::uint32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7);
}

std::uint32_t to_lower(std::uint32_t cp) {
    return is_upper(cp) ? cp + 0x20 : cp;
}

bool is_letter(std::uint32_t cp) {
    const std::uint32_t lower = to_lower(cp);
    return (lower >= 'a' && lower <= 'z') || (lower >= 0xDF && lower <= 0xFF && lower != 0xF7);
}

// The three levels of a key, built one collation unit at a time.
struct Levels {
    std::vector<std::uint32_t> primary, secondary, tertiary;

    void add(std::uint32_t weight, Accent accent, bool upper, Lang lang) {
        primary.push_back(weight);
        secondary.push_back(static_cast<std::uint32_t>(accent) + 1);
        // Danish lists upper case first, English lower case first (CLDR).
        tertiary.push_back(upper == (lang == Lang::da) ? 1 : 2);
    }
};

// Adds the units of one code point.
void expand(std::uint32_t cp, Lang lang, Levels& levels) {
    const bool upper = is_upper(cp);
    const std::uint32_t lower = to_lower(cp);
    if (lower >= 'a' && lower <= 'z') return levels.add(kLetter + (lower - 'a'), none, upper, lang);
    if (cp >= '0' && cp <= '9') return levels.add(kDigit + (cp - '0'), none, false, lang);
    if (lower >= 0xDF && lower <= 0xFF && lower != 0xF7) {
        const Letter& l = kLatin1[lower - 0xDF];
        const bool two_letters = lang == Lang::en || lower == 0xDF || lower == 0xFE;
        if (!two_letters)
            return levels.add(kLetter + static_cast<std::uint32_t>(l.danish), danish_accent(lower, l.accent),
                              upper, lang);
        for (char letter : l.english)
            if (letter != kNo)
                levels.add(kLetter + static_cast<std::uint32_t>(letter), l.accent, upper, lang);
        return;
    }
    levels.add(cp < 0x80 ? cp : kOther + cp, none, false, lang);
}

}  // namespace

std::vector<std::uint32_t> collation_key(std::string_view name, Lang lang) {
    const std::vector<std::uint32_t> cps = code_points(name);
    Levels levels;
    for (std::size_t i = 0; i < cps.size(); ++i) {
        const bool word_start = i == 0 || !is_letter(cps[i - 1]);
        // Danish dictionaries file a word that starts with "aa" under å.
        if (lang == Lang::da && word_start && i + 1 < cps.size() && to_lower(cps[i]) == 'a' &&
            to_lower(cps[i + 1]) == 'a') {
            levels.add(kLetter + static_cast<std::uint32_t>(kAa), aa, is_upper(cps[i]), lang);
            ++i;
            continue;
        }
        expand(cps[i], lang, levels);
    }
    std::vector<std::uint32_t> key = std::move(levels.primary);
    for (const auto* level : {&levels.secondary, &levels.tertiary}) {
        key.push_back(0);
        key.insert(key.end(), level->begin(), level->end());
    }
    key.push_back(0);
    for (char c : name) key.push_back(static_cast<unsigned char>(c) + 1u);
    return key;
}

bool collates_before(std::string_view a, std::string_view b, Lang lang) {
    return collation_key(a, lang) < collation_key(b, lang);
}

std::string fold_case(std::string_view name) {
    std::string out(name);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto b = static_cast<unsigned char>(out[i]);
        if (b >= 'A' && b <= 'Z') out[i] = static_cast<char>(b + 0x20);
        // U+00C0..U+00DE (but U+00D7) are C3 80..9E in UTF-8; lower case is 0x20 on.
        if (b == 0xC3 && i + 1 < out.size()) {
            const auto next = static_cast<unsigned char>(out[i + 1]);
            if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
            ++i;
        }
    }
    return out;
}

}  // namespace ipskit
