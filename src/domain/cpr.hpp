#pragma once
// Danish civil registration numbers (CPR) must never reach a report. A value
// "looks like" a CPR number when it holds DDMMYY-XXXX or DDMMYYXXXX, standing
// alone between non-digits, whose first six digits are a real date.

#include <cstddef>
#include <string>
#include <string_view>

namespace ipskit {

// looks_like_cpr without its quick rejection: tries every position, in the
// text as written and, when it holds non-ASCII bytes, with the common
// variants folded to ASCII (full-width digits, Unicode hyphens, no-break
// spaces, zero-width characters). The two must always agree; the unit
// tests compare them.
bool scan_for_cpr(std::string_view text);

namespace detail {
// Every CPR number has six digits in a row, and any six positions in a row
// include one whose index is 5 modulo 6. So text without a digit at index 5,
// 11, 17, ... holds none, and the names and labels that most fields hold are
// settled by a look at every sixth character.
inline bool may_hold_six_digits(std::string_view text) {
    for (std::size_t i = 5; i < text.size(); i += 6)
        if (text[i] >= '0' && text[i] <= '9') return true;
    return false;
}
// The variants scan_for_cpr folds (full-width digits, zero-width
// characters, soft hyphens, Unicode hyphens and spaces) can hide digits from
// the look at every sixth byte. Each of them is written only with bytes of
// this set, and every ASCII digit is in it; the letters of Danish labels
// (æ ø å é are 0xC3 0xA6 and the like) are not. A character of one, two or
// three bytes therefore puts a byte of the set at every third position it
// spans, so looking at every third byte finds any run of such characters
// and digits three bytes long.
inline bool in_variant_set(unsigned char b) {
    return (b >= '0' && b <= '9') || (b >= 0x80 && b <= 0xA0) || b == 0xAD || b == 0xBB || b == 0xBC ||
           b == 0xBF || b == 0xC2 || b == 0xE2 || b == 0xEF;
}
inline bool may_hold_wide_digits(std::string_view text) {
    for (std::size_t i = 2; i < text.size(); i += 3)
        if (in_variant_set(static_cast<unsigned char>(text[i]))) return true;
    return false;
}
}  // namespace detail

// Inline: readers ask it of several cells of every row, and most are settled
// by the quick rejection, which costs less than a call.
inline bool looks_like_cpr(std::string_view text) {
    return text.size() >= 10 && (detail::may_hold_six_digits(text) || detail::may_hold_wide_digits(text)) &&
           scan_for_cpr(text);
}

// A value from an input as an error message may repeat it: never one that
// looks like a CPR number, and cut short after 40 bytes, so that a runaway
// cell cannot fill the terminal.
std::string quoted_value(std::string_view text);

}  // namespace ipskit
