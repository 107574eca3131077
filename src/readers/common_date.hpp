#pragma once
// The date forms nearly every date cell of an extract has, read without the
// general parser's bookkeeping: exactly "YYYY-MM-DD", or day first as
// "DD-MM-YYYY", "DD.MM.YYYY" or "DD/MM/YYYY"; a real date, no spaces. The
// case reader calls this for about five cells a row, so the eight digits
// are checked together in two 64-bit words, and the day number of a year
// from 1900 to 2155 comes from a table instead of the calendar arithmetic.
// Anything else is nullopt and left to the general parser (parse_date),
// which reads the same dates and explains the rest.

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include "domain/date.hpp"

namespace ipskit::csv {

struct CommonDate {
    Date date;
    int day_number;  // date.days_since_epoch()
};

namespace detail {

inline constexpr int kFirstTableYear = 1900;
inline constexpr int kTableYears = 256;
// Day numbers of 1 January of the years kFirstTableYear and on, one more
// than the table covers so that each year's length is the difference.
inline constexpr auto kYearStarts = [] {
    std::array<int, kTableYears + 1> starts{};
    for (int i = 0; i <= kTableYears; ++i)
        starts[static_cast<std::size_t>(i)] = days_from_civil(kFirstTableYear + i, 1, 1);
    return starts;
}();
inline constexpr int kDaysBeforeMonth[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};

// The eight bytes at p, the first in the lowest bits whatever the CPU.
inline std::uint64_t load_word(const char* p) {
    std::uint64_t word;
    std::memcpy(&word, p, sizeof word);
    if constexpr (std::endian::native == std::endian::big) word = __builtin_bswap64(word);
    return word;
}

// Whether the bytes of `word` that `mask` selects are all ASCII digits;
// `values` gets each digit's value in its byte. The bytes not selected are
// read as '0', so that subtracting '0' from every byte borrows across
// bytes only from a byte that is no digit, which is then found anyway.
inline bool digits_at(std::uint64_t word, std::uint64_t mask, std::uint64_t& values) {
    constexpr std::uint64_t kZeros = 0x3030303030303030;
    values = ((word & mask) | (kZeros & ~mask)) - kZeros;
    // A value above 9 has a high nibble, or gets one when 6 is added.
    return ((values | (values + 0x0606060606060606)) & 0xF0F0F0F0F0F0F0F0) == 0;
}

inline int byte_at(std::uint64_t word, int index) {
    return static_cast<int>((word >> (8 * index)) & 0xFF);
}

// Always inline: returned from a call, the optional would go through memory.
[[gnu::always_inline]] inline std::optional<CommonDate> checked_common_date(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return std::nullopt;
    const int index = year - kFirstTableYear;
    if (index < 0 || index >= kTableYears) {
        if (!is_valid(year, month, day)) return std::nullopt;
        return CommonDate{{year, month, day}, days_from_civil(year, month, day)};
    }
    const int start = kYearStarts[static_cast<std::size_t>(index)];
    const bool leap = kYearStarts[static_cast<std::size_t>(index) + 1] - start == 366;
    const int month_index = month - 1;
    if (day > kDaysInMonth[month_index] + (month == 2 && leap ? 1 : 0)) return std::nullopt;
    const int day_number = start + kDaysBeforeMonth[month_index] + (month > 2 && leap ? 1 : 0) + day - 1;
    return CommonDate{{year, month, day}, day_number};
}

}  // namespace detail

// Always inline: the caller reads the result from registers, not memory.
[[gnu::always_inline]] inline std::optional<CommonDate> read_common_date(std::string_view text) {
    using detail::byte_at;
    if (text.size() != 10) return std::nullopt;
    const char* p = text.data();
    const bool year_first = p[4] == '-' && p[7] == '-';
    const char separator = p[2];
    if (!year_first && ((separator != '-' && separator != '.' && separator != '/') || p[5] != separator))
        return std::nullopt;
    // The digits among bytes 0-7, and bytes 8 and 9 as the last two of 2-9.
    const std::uint64_t first_mask = year_first ? 0x00FFFF00FFFFFFFF : 0xFFFF00FFFF00FFFF;
    std::uint64_t first = 0, last = 0;
    if (!detail::digits_at(detail::load_word(p), first_mask, first) ||
        !detail::digits_at(detail::load_word(p + 2), 0xFFFF000000000000, last))
        return std::nullopt;
    const int last_two = byte_at(last, 6) * 10 + byte_at(last, 7);
    if (year_first)
        return detail::checked_common_date(
            byte_at(first, 0) * 1000 + byte_at(first, 1) * 100 + byte_at(first, 2) * 10 + byte_at(first, 3),
            byte_at(first, 5) * 10 + byte_at(first, 6), last_two);
    return detail::checked_common_date(byte_at(first, 6) * 1000 + byte_at(first, 7) * 100 + last_two,
                                       byte_at(first, 3) * 10 + byte_at(first, 4),
                                       byte_at(first, 0) * 10 + byte_at(first, 1));
}

}  // namespace ipskit::csv
