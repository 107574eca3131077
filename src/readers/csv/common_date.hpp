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

namespace ipskit::readers::csv {

struct CommonDate {
    Date date;
    int day_number;  // date.days_since_epoch()
};

namespace detail {

inline constexpr int kFirstTableYear = 1900;
inline constexpr int kTableYears = 256;
// Day numbers of the first of each month of the years kFirstTableYear and
// on, 13 a year: the 13th is the next 1 January, so that each month's
// length is a difference.
inline constexpr auto kMonthStarts = [] {
    std::array<int, kTableYears * 13> starts{};
    for (int i = 0; i < kTableYears; ++i) {
        for (int month = 1; month <= 12; ++month)
            starts[static_cast<std::size_t>(i * 13 + month - 1)] =
                days_from_civil(kFirstTableYear + i, month, 1);
        starts[static_cast<std::size_t>(i * 13 + 12)] = days_from_civil(kFirstTableYear + i + 1, 1, 1);
    }
    return starts;
}();

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
    // Unsigned, so that one comparison also refuses values below the range.
    if (static_cast<unsigned>(month - 1) >= 12 || day < 1) return std::nullopt;
    const auto index = static_cast<unsigned>(year - kFirstTableYear);
    if (index >= static_cast<unsigned>(kTableYears)) {
        if (!is_valid(year, month, day)) return std::nullopt;
        return CommonDate{{year, month, day}, days_from_civil(year, month, day)};
    }
    const std::size_t at = std::size_t{index} * 13 + static_cast<unsigned>(month - 1);
    const int month_start = kMonthStarts[at];
    if (day > kMonthStarts[at + 1] - month_start) return std::nullopt;
    return CommonDate{{year, month, day}, month_start + day - 1};
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
    // Each byte of `pairs` becomes ten times its digit plus the next digit:
    // no byte carries into the next, as none exceeds 99.
    const std::uint64_t pairs = first * 10 + (first >> 8);
    const int last_two = byte_at(last * 10 + (last >> 8), 6);
    if (year_first)
        return detail::checked_common_date(byte_at(pairs, 0) * 100 + byte_at(pairs, 2), byte_at(pairs, 5),
                                           last_two);
    return detail::checked_common_date(byte_at(pairs, 6) * 100 + last_two, byte_at(pairs, 3),
                                       byte_at(pairs, 0));
}

}  // namespace ipskit::readers::csv
