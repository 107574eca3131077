#pragma once
// Danish civil registration numbers (CPR) must never reach a report. A value
// "looks like" a CPR number when it holds DDMMYY-XXXX or DDMMYYXXXX, standing
// alone between non-digits, whose first six digits are a real date.

#include <cstddef>
#include <string_view>

namespace ipskit {

// looks_like_cpr without its quick rejection: tries every position. The two
// must always agree; the unit tests compare them.
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
}  // namespace detail

// Inline: readers ask it of several cells of every row, and most are settled
// by the quick rejection, which costs less than a call.
inline bool looks_like_cpr(std::string_view text) {
    return text.size() >= 10 && detail::may_hold_six_digits(text) && scan_for_cpr(text);
}

}  // namespace ipskit
