#pragma once
// Character encodings of CSV extracts. ipskit works in UTF-8 throughout; a
// file saved by older Danish Excel as "CSV (semikolonsepareret)" is
// Windows-1252 and is converted field by field as it is read.

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace ipskit::readers::text {

enum class Encoding { utf8, windows1252 };

// Reads an --encoding value: "utf-8"/"utf8", or "windows-1252"/"cp1252"/
// "latin1"/"iso-8859-1" (case-insensitive). Latin-1 is read as Windows-1252,
// its superset for every printable character. Throws ipskit::util::Error otherwise.
Encoding parse_encoding(std::string_view value);

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Up to `limit` bytes of `in`, read in blocks: a caller that asks for one byte
// past its own limit learns that a pipe or a device (which has no size to
// ask) holds too much, without reading the rest into memory.
std::string read_at_most(std::istream& in, std::size_t limit);

// The offset of the first byte that does not begin a well-formed UTF-8
// sequence (overlong forms, surrogates and code points past U+10FFFF count as
// malformed), or std::string_view::npos when all of `text` is valid.
std::size_t find_invalid_utf8(std::string_view text);

// True when every byte is below 0x80 (checked eight bytes at a time).
bool is_ascii(std::string_view text);

// Appends the UTF-8 form of Windows-1252 `text` to `out`. The five bytes that
// Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) are refused rather
// than guessed: Excel never writes them, so a file that has them is in some
// other encoding (DOS code page 850 puts Å and Ø there). Returns the offset of
// the first such byte, having converted what came before it, or npos.
std::size_t windows1252_to_utf8(std::string_view text, std::string& out);

// The same checks by the portable code paths, which the functions above take
// where the CPU lacks SSE2 (or the build sets IPSKIT_NO_SIMD). Built always,
// so that the tests and the fuzzers hold the two paths against each other.
namespace portable {
std::size_t find_invalid_utf8(std::string_view text);
bool is_ascii(std::string_view text);
}  // namespace portable

}  // namespace ipskit::readers::text
