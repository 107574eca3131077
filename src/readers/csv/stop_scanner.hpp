#pragma once
// Finds the next byte the CSV parser has to look at: the delimiter, a quote,
// CR, LF or NUL. Everything else is field text and is skipped without a
// branch per byte: the scanner marks the stop bytes of a 64-byte block in a
// bit mask (with SSE2 where the CPU has it), and the parser then jumps from
// stop to stop with count-trailing-zeros. A byte-at-a-time loop mispredicts
// its exit once per field, which is most of the cost of parsing short CSV
// fields. Define IPSKIT_NO_SIMD to build the portable fallback into the scanner.

#include <bit>
#include <cstddef>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ipskit::readers::csv {

// The stop bytes of the 64 bytes at p as bits, bit i for p[i]: byte by byte.
// Built always, so that the tests and the fuzzers can hold it against the
// SSE2 form the scanner takes.
inline std::uint64_t portable_stop_mask(const char* p, char delimiter) {
    std::uint64_t mask = 0;
    for (std::size_t i = 0; i < 64; ++i) {
        const char c = p[i];
        const bool stop = c == delimiter || c == '"' || c == '\n' || c == '\r' || c == '\0';
        mask |= std::uint64_t{stop} << i;
    }
    return mask;
}

#if defined(__SSE2__)
// The same, 16 bytes at a time.
inline std::uint64_t sse2_stop_mask(const char* p, char delimiter_byte) {
    std::uint64_t mask = 0;
    const __m128i delimiter = _mm_set1_epi8(delimiter_byte);
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i lf = _mm_set1_epi8('\n');
    const __m128i cr = _mm_set1_epi8('\r');
    const __m128i nul = _mm_setzero_si128();
    for (std::size_t i = 0; i < 64; i += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
        const __m128i hit = _mm_or_si128(
            _mm_or_si128(_mm_cmpeq_epi8(v, delimiter), _mm_cmpeq_epi8(v, quote)),
            _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, lf), _mm_cmpeq_epi8(v, cr)), _mm_cmpeq_epi8(v, nul)));
        mask |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(hit))} << i;
    }
    return mask;
}
#endif

class StopScanner {
public:
    static constexpr std::size_t kBlock = 64;
    // Bytes that must be readable after the last byte of data.
    static constexpr std::size_t kPadding = kBlock;

    // Starts scanning a buffer, or the same buffer after its bytes changed.
    void reset(const char* base, char delimiter) {
        base_ = base;
        delimiter_ = delimiter;
        block_ = kNoBlock;
    }

    // The first stop byte at or after p. The data must end with a stop byte
    // (the reader's NUL sentinel), followed by kPadding readable bytes.
    const char* next(const char* p) {
        const std::size_t offset = static_cast<std::size_t>(p - base_);
        std::size_t block = offset & ~(kBlock - 1);
        if (block != block_) load(block);
        const std::uint64_t rest = mask_ >> (offset - block);
        if (rest != 0) return p + std::countr_zero(rest);
        do load(block += kBlock);
        while (mask_ == 0);
        return base_ + block + std::countr_zero(mask_);
    }

    // The stops of one block as bits, bit i for the byte at block + i: for a
    // caller that walks them one after another.
    struct Stops {
        const char* block;
        std::uint64_t bits;
    };
    // The stops of p's block at or after p.
    Stops from(const char* p) {
        const std::size_t offset = static_cast<std::size_t>(p - base_);
        const std::size_t block = offset & ~(kBlock - 1);
        if (block != block_) load(block);
        return {base_ + block, mask_ & (~std::uint64_t{0} << (offset - block))};
    }
    // The stops of the block after `stops`.
    Stops after(const Stops& stops) {
        const std::size_t block = static_cast<std::size_t>(stops.block - base_) + kBlock;
        load(block);
        return {base_ + block, mask_};
    }

private:
    static constexpr std::size_t kNoBlock = ~std::size_t{0};

    void load(std::size_t block) {
        block_ = block;
        mask_ = stop_mask(base_ + block);
    }

    std::uint64_t stop_mask(const char* p) const {
#if defined(__SSE2__) && !defined(IPSKIT_NO_SIMD)
        return sse2_stop_mask(p, delimiter_);
#else
        return portable_stop_mask(p, delimiter_);
#endif
    }

    const char* base_ = nullptr;
    char delimiter_ = ',';
    std::size_t block_ = kNoBlock;
    std::uint64_t mask_ = 0;
};

}  // namespace ipskit::readers::csv
