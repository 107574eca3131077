#include "domain/cpr.hpp"

#include <string>

#include "util/message_language.hpp"

namespace ipskit {

namespace {

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

int two_digits(std::string_view s, std::size_t at) {
    return (s[at] - '0') * 10 + (s[at + 1] - '0');
}

// The century is not in DDMMYY, so 29 February counts when any century makes it real.
bool is_ddmmyy_date(std::string_view s, std::size_t at) {
    const int day = two_digits(s, at), month = two_digits(s, at + 2), year = two_digits(s, at + 4);
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return false;
    return !(month == 2 && day == 29 && year % 4 != 0);
}

bool all_digits(std::string_view s, std::size_t at, std::size_t count) {
    for (std::size_t i = at; i < at + count; ++i)
        if (!is_digit(s[i])) return false;
    return true;
}

// A CPR-shaped run starting at `at`: its length (10 or 11), or 0. The six
// and the four digits may stand apart by one hyphen or space.
std::size_t cpr_length_at(std::string_view s, std::size_t at) {
    if (s.size() - at < 10 || !all_digits(s, at, 6)) return 0;
    const std::size_t dash = s[at + 6] == '-' || s[at + 6] == ' ' ? 1 : 0;
    if (s.size() - at < 10 + dash || !all_digits(s, at + 6 + dash, 4)) return 0;
    return 10 + dash;
}

// What a typist's or a word processor's variants of a CPR number read as in
// plain ASCII: full-width digits as digits, Unicode hyphens and dashes as
// '-', no-break and thin spaces as ' ', zero-width characters and soft
// hyphens dropped. Other bytes are kept as they are.
std::string fold_cpr_variants(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto b = [&](std::size_t k) {
            return i + k < text.size() ? static_cast<unsigned char>(text[i + k]) : 0;
        };
        if (b(0) == 0xEF && b(1) == 0xBC && b(2) >= 0x90 && b(2) <= 0x99) {  // U+FF10..FF19
            out += static_cast<char>('0' + (b(2) - 0x90));
            i += 2;
        } else if ((b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x8B && b(2) <= 0x8D) ||  // zero-width
                   (b(0) == 0xE2 && b(1) == 0x81 && b(2) == 0xA0) ||
                   (b(0) == 0xEF && b(1) == 0xBB && b(2) == 0xBF)) {
            i += 2;
        } else if ((b(0) == 0xE2 && b(1) == 0x80 && b(2) >= 0x90 && b(2) <= 0x95) ||  // hyphens, dashes
                   (b(0) == 0xE2 && b(1) == 0x88 && b(2) == 0x92)) {                  // minus sign
            out += '-';
            i += 2;
        } else if (b(0) == 0xE2 && b(1) == 0x80 && (b(2) == 0xAF || b(2) == 0x89)) {  // narrow, thin space
            out += ' ';
            i += 2;
        } else if (b(0) == 0xC2 && b(1) == 0xA0) {  // no-break space
            out += ' ';
            i += 1;
        } else if (b(0) == 0xC2 && b(1) == 0xAD) {  // soft hyphen
            i += 1;
        } else {
            out += text[i];
        }
    }
    return out;
}

bool scan_ascii(std::string_view text) {
    for (std::size_t at = 0; at + 10 <= text.size(); ++at) {
        if (at > 0 && is_digit(text[at - 1])) continue;
        const std::size_t length = cpr_length_at(text, at);
        if (length == 0) continue;
        const bool ends_alone = at + length == text.size() || !is_digit(text[at + length]);
        if (ends_alone && is_ddmmyy_date(text, at)) return true;
    }
    return false;
}

bool has_high_byte(std::string_view text) {
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80) return true;
    return false;
}

}  // namespace

bool scan_for_cpr(std::string_view text) {
    return scan_ascii(text) || (has_high_byte(text) && scan_ascii(fold_cpr_variants(text)));
}

std::string quoted_value(std::string_view text) {
    if (looks_like_cpr(text))
        return util::tr("(a value that looks like a CPR number, not repeated here)",
                        "(en værdi, der ligner et CPR-nummer, og som ikke gentages her)");
    constexpr std::size_t kMax = 40;
    if (text.size() <= kMax) return std::string(text);
    std::size_t cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;  // not inside a character
    return std::string(text.substr(0, cut)) + "…";
}

}  // namespace ipskit
