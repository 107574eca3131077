#pragma once
// The project's one hash, and an equality test of the same make, for the
// per-row look-ups of the outcome reader and aggregator (group and
// consultant names, case ids, dates). The text is read eight bytes at a
// time; each multiplication carries every bit of a word into the upper
// bits, so a table takes its slot from the top bits. A table that needs its
// low bits mixed as well (the case-id check, which partitions by the top and
// probes by the bottom) spreads the hash with spread_bits, once more per
// row: the group look-ups, two a row, do without it. The last word overlaps the one before
// rather than being read byte by byte, and a text under eight bytes is read as two overlapping halves (or
// single bytes, under four), so no text costs a loop over its bytes; with the length in the seed, texts of
// one length map to distinct word sequences, and a text of at most eight bytes to a distinct hash. Byte order
// does not matter: the hash never leaves the process.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace ipskit::util {

namespace detail {
inline std::uint64_t load_bytes(const char* p, std::size_t bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, bytes);
    return word;
}
}  // namespace detail

inline std::uint64_t hash_text(std::string_view text) {
    constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio, odd
    using detail::load_bytes;
    const char* p = text.data();
    const std::size_t n = text.size();
    std::uint64_t hash = (n + 1) * kMultiplier;
    const auto mix = [&hash](std::uint64_t word) { hash = (hash ^ word) * kMultiplier; };
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) mix(load_bytes(p + i, 8));
        mix(load_bytes(p + n - 8, 8));
    } else if (n >= 4) {
        mix(load_bytes(p, 4) << 32 | load_bytes(p + n - 4, 4));
    } else if (n > 0) {
        mix(load_bytes(p, 1) << 16 | load_bytes(p + n / 2, 1) << 8 | load_bytes(p + n - 1, 1));
    }
    return hash;
}

// splitmix64's finaliser: every bit of `hash` reaches every bit of the result.
inline std::uint64_t spread_bits(std::uint64_t hash) {
    hash ^= hash >> 30;
    hash *= 0xbf58476d1ce4e5b9ULL;
    hash ^= hash >> 27;
    hash *= 0x94d049bb133111ebULL;
    hash ^= hash >> 31;
    return hash;
}

// Whether two texts are equal, for texts of up to 16 bytes in a few word
// comparisons, inline: for the short names a look-up compares, a call to
// memcmp cost more than the comparison.
inline bool same_text(std::string_view a, std::string_view b) {
    using detail::load_bytes;
    const std::size_t n = b.size();
    if (a.size() != n) return false;
    if (n > 16) return a == b;
    if (n >= 8)
        return load_bytes(a.data(), 8) == load_bytes(b.data(), 8) &&
               load_bytes(a.data() + n - 8, 8) == load_bytes(b.data() + n - 8, 8);
    if (n >= 4)
        return load_bytes(a.data(), 4) == load_bytes(b.data(), 4) &&
               load_bytes(a.data() + n - 4, 4) == load_bytes(b.data() + n - 4, 4);
    return n == 0 || (a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1]);
}

}  // namespace ipskit::util
