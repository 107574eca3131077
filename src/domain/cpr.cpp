#include "domain/cpr.hpp"

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

// A CPR-shaped run starting at `at`: its length (10 or 11), or 0.
std::size_t cpr_length_at(std::string_view s, std::size_t at) {
    if (s.size() - at < 10 || !all_digits(s, at, 6)) return 0;
    const std::size_t dash = s[at + 6] == '-' ? 1 : 0;
    if (s.size() - at < 10 + dash || !all_digits(s, at + 6 + dash, 4)) return 0;
    return 10 + dash;
}

}  // namespace

bool scan_for_cpr(std::string_view text) {
    for (std::size_t at = 0; at + 10 <= text.size(); ++at) {
        if (at > 0 && is_digit(text[at - 1])) continue;
        const std::size_t length = cpr_length_at(text, at);
        if (length == 0) continue;
        const bool ends_alone = at + length == text.size() || !is_digit(text[at + length]);
        if (ends_alone && is_ddmmyy_date(text, at)) return true;
    }
    return false;
}

}  // namespace ipskit
