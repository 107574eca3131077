// libFuzzer target: any bytes as a CSV extract, read record by record with
// the delimiter detected or given, and every field through the field parsers.
// An ipskit::util::Error is the expected answer to bad bytes; anything else (a
// crash, a sanitizer report, another exception) is a bug.

#include <cstddef>
#include <cstdint>
#include <string>

#include "readers/csv/field_parsers.hpp"
#include "readers/csv/reader.hpp"
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
    return 0;
}
