// libFuzzer target: any bytes as a CSV extract, read record by record with
// the delimiter detected or given, and every field through the field parsers.
// An ipskit::util::Error is the expected answer to bad bytes; anything else (a
// crash, a sanitizer report, another exception) is a bug.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "readers/csv/field_parsers.hpp"
#include "readers/csv/reader.hpp"
#include "readers/csv/stop_scanner.hpp"
#include "readers/text/encoding.hpp"
#include "util/error.hpp"

namespace {

void read_all(const std::string& text, ipskit::readers::csv::CsvOptions options) {
    options.max_field_bytes = 4096;  // small limits reach the limit checks
    options.chunk_bytes = 64;        // small blocks put boundaries inside records
    try {
        auto reader = ipskit::readers::csv::CsvReader::from_text(text, "fuzz.csv", options);
        ipskit::readers::csv::CsvRecord record;
        for (;;) {
            try {
                if (!reader.next(record)) break;
            } catch (const ipskit::util::Error&) {
                continue;  // a ragged row: the reader has moved past it
            }
            for (std::size_t i = 0; i < record.fields.size(); ++i) {
                (void)ipskit::readers::csv::parse_date(record.fields[i]);
                (void)ipskit::readers::csv::parse_number(record.fields[i]);
                (void)ipskit::readers::csv::parse_yes_no(record.fields[i]);
                (void)reader.location(record, i);
            }
        }
    } catch (const ipskit::util::Error& e) {
        (void)e.what();
    }
}

// The SSE2 and the portable code paths must agree on every input: a CPU
// without SSE2 (or a build with IPSKIT_NO_SIMD) reads with the portable ones.
void compare_code_paths(const std::string& text, char delimiter) {
    namespace text_ns = ipskit::readers::text;
    if (text_ns::find_invalid_utf8(text) != text_ns::portable::find_invalid_utf8(text)) std::abort();
    if (text_ns::is_ascii(text) != text_ns::portable::is_ascii(text)) std::abort();
#if defined(__SSE2__)
    std::string padded = text;
    padded.resize((text.size() + 63) / 64 * 64, '\0');
    for (std::size_t at = 0; at < padded.size(); at += 64)
        if (ipskit::readers::csv::sse2_stop_mask(padded.data() + at, delimiter) !=
            ipskit::readers::csv::portable_stop_mask(padded.data() + at, delimiter))
            std::abort();
#endif
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks the options; the rest is the file.
    const std::uint8_t mode = data[0];
    const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
    ipskit::readers::csv::CsvOptions options;
    if (mode & 1) options.encoding = ipskit::readers::text::Encoding::windows1252;
    if (mode & 2) options.delimiter = (mode & 4) ? ';' : '\t';
    read_all(text, options);
    compare_code_paths(text, options.delimiter.value_or(','));
    return 0;
}
