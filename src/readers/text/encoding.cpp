#include "readers/text/encoding.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::text {

namespace {

constexpr std::size_t npos = std::string_view::npos;

// Which paths the public functions take; the portable ones are always built
// so that a test can hold the two against each other.
#if defined(__SSE2__) && !defined(IPSKIT_NO_SIMD)
constexpr bool kSimd = true;
#else
constexpr bool kSimd = false;
#endif

bool equals_ignoring_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != b[i]) return false;
    }
    return true;
}

// Code points of bytes 0x80..0x9F; 0 where Windows-1252 defines none. Bytes
// 0xA0..0xFF are the same code points as in Latin-1.
constexpr char16_t kHighControls[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

void append_code_point(char32_t cp, std::string& out) {
    if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    }
    out += static_cast<char>(0x80 | (cp & 0x3F));
}

// The length of the UTF-8 sequence that starts at p[0] (p[0] >= 0x80) if it
// is well-formed and complete within `left` bytes, else 0. The allowed range
// of the second byte rules out overlong forms, surrogates and > U+10FFFF
// (Unicode 15, table 3-7).
std::size_t valid_sequence_length(const unsigned char* p, std::size_t left) {
    const unsigned char c = p[0];
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
        length = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        length = 3;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        length = 4;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
    }
    if (length == 0 || length > left) return 0;
    if (p[1] < low || p[1] > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if ((p[i] & 0xC0) != 0x80) return 0;
    return length;
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// The offset of the first byte >= 0x80 at or after `i`, or size. Checks 16
// or 8 bytes at a time: most of an extract is ASCII.
template <bool simd>
std::size_t skip_ascii(const unsigned char* p, std::size_t size, std::size_t i) {
#if defined(__SSE2__)
    if constexpr (simd)
        for (; i + 16 <= size; i += 16) {
            const int high = _mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i)));
            if (high != 0) return i + static_cast<std::size_t>(std::countr_zero(static_cast<unsigned>(high)));
        }
#endif
    for (; i + 8 <= size; i += 8) {
        std::uint64_t word;
        std::memcpy(&word, p + i, 8);
        if ((word & kHighBits) == 0) continue;
        // On little-endian CPUs the lowest set high bit is the first such byte.
        if (std::endian::native == std::endian::little)
            return i + static_cast<std::size_t>(std::countr_zero(word & kHighBits)) / 8;
        break;
    }
    while (i < size && p[i] < 0x80) ++i;
    return i;
}

// Checks the sequences that start in [from, to), from the start of one;
// the last may run past `to`. Returns the first bad offset, or where the
// walk ended (at or after `to`).
struct Walk {
    std::size_t at;
    bool bad;
};
template <bool simd>
Walk walk_sequences(const unsigned char* p, std::size_t size, std::size_t from, std::size_t to) {
    std::size_t i = skip_ascii<simd>(p, to, from);
    while (i < to) {
        const std::size_t length = valid_sequence_length(p + i, size - i);
        if (length == 0) return {i, true};
        i = skip_ascii<simd>(p, to, i + length);
    }
    return {i, false};
}

#if defined(__SSE2__)
// Text in Danish and most European languages is ASCII and two-byte
// sequences (æ ø å é ü). Whether a window holds only those, well formed, is
// checked 16 bytes at a time without a branch per byte or sequence: every
// continuation byte (0x80-0xBF) must follow a lead byte 0xC2-0xDF, every lead
// must be followed by one, and every other byte must be ASCII. A window
// that fails, by a longer sequence or a bad byte, is walked sequence by
// sequence, which decides. A walk per sequence mispredicts a branch at
// nearly every non-ASCII character.
constexpr std::size_t kWindow = 1024;

// `lead_before` holds the lead flags of the 16 bytes before `p`, and gets
// those of the window's last 16.
[[maybe_unused]] bool two_byte_window(const unsigned char* p, __m128i& lead_before) {
    // Signed, the continuation bytes are -128..-65 and the leads -62..-33.
    const __m128i below_continuation = _mm_set1_epi8(-64);
    const __m128i above_c1 = _mm_set1_epi8(-63);
    const __m128i below_e0 = _mm_set1_epi8(-32);
    const __m128i zero = _mm_setzero_si128();
    __m128i wrong = zero;
    for (std::size_t k = 0; k < kWindow; k += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + k));
        const __m128i continuation = _mm_cmplt_epi8(v, below_continuation);
        const __m128i lead = _mm_and_si128(_mm_cmpgt_epi8(v, above_c1), _mm_cmplt_epi8(v, below_e0));
        const __m128i after_lead = _mm_or_si128(_mm_slli_si128(lead, 1), _mm_srli_si128(lead_before, 15));
        const __m128i other_high =
            _mm_andnot_si128(_mm_or_si128(lead, continuation), _mm_cmplt_epi8(v, zero));
        wrong = _mm_or_si128(wrong, _mm_or_si128(_mm_xor_si128(continuation, after_lead), other_high));
        lead_before = lead;
    }
    return _mm_movemask_epi8(wrong) == 0;
}

// 1 when the last of the 16 bytes flagged is a lead, else 0.
[[maybe_unused]] std::size_t ends_with_lead(__m128i lead) {
    return static_cast<std::size_t>(_mm_movemask_epi8(lead) >> 15) & 1;
}
#endif

template <bool simd>
std::size_t find_invalid_utf8_in(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const std::size_t size = text.size();
    std::size_t i = 0;
#if defined(__SSE2__)
    if constexpr (simd) {
        __m128i lead_before = _mm_setzero_si128();
        while (size - i >= kWindow) {
            const std::size_t lead_at_end = ends_with_lead(lead_before);
            if (two_byte_window(p + i, lead_before)) {
                i += kWindow;
                continue;
            }
            // Back to the start of a sequence the window cut.
            const Walk walk = walk_sequences<simd>(p, size, i - lead_at_end, i + kWindow);
            if (walk.bad) return walk.at;
            i = walk.at;
            lead_before = _mm_setzero_si128();
        }
        i -= ends_with_lead(lead_before);
    }
#endif
    const Walk walk = walk_sequences<simd>(p, size, i, size);
    return walk.bad ? walk.at : npos;
}

template <bool simd>
bool is_ascii_in(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    return skip_ascii<simd>(p, text.size(), 0) == text.size();
}

}  // namespace

bool is_ascii(std::string_view text) {
    return is_ascii_in<kSimd>(text);
}

std::size_t find_invalid_utf8(std::string_view text) {
    return find_invalid_utf8_in<kSimd>(text);
}

namespace portable {

bool is_ascii(std::string_view text) {
    return is_ascii_in<false>(text);
}

std::size_t find_invalid_utf8(std::string_view text) {
    return find_invalid_utf8_in<false>(text);
}

}  // namespace portable

Encoding parse_encoding(std::string_view value) {
    for (std::string_view name : {"utf-8", "utf8"})
        if (equals_ignoring_case(value, name)) return Encoding::utf8;
    for (std::string_view name : {"windows-1252", "windows1252", "cp1252", "latin1", "latin-1", "iso-8859-1"})
        if (equals_ignoring_case(value, name)) return Encoding::windows1252;
    throw util::Error(util::Location{},
                      util::tr("unknown encoding \"", "ukendt tegnkodning \"") + std::string(value) + "\"",
                      util::tr("use --encoding utf-8 or --encoding windows-1252",
                               "brug --encoding utf-8 eller --encoding windows-1252"));
}

std::size_t windows1252_to_utf8(std::string_view text, std::string& out) {
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x80) {
            out += text[i];
        } else if (byte >= 0xA0) {
            append_code_point(byte, out);
        } else if (char16_t cp = kHighControls[byte - 0x80]; cp != 0) {
            append_code_point(cp, out);
        } else {
            return i;
        }
    }
    return npos;
}

std::string read_at_most(std::istream& in, std::size_t limit) {
    std::string text;
    char block[1 << 16];
    while (text.size() < limit && in) {
        in.read(block, static_cast<std::streamsize>(std::min(sizeof block, limit - text.size())));
        text.append(block, static_cast<std::size_t>(in.gcount()));
    }
    return text;
}

}  // namespace ipskit::readers::text
