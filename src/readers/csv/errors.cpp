// The messages of CsvReader. They live apart from the parser on purpose:
// a message built inline (fmt::format and its strings) gives the parsing
// functions large stack frames that every field would pay for, although the
// messages are built once per run at most.

#include <fmt/format.h>

#include "readers/csv/reader.hpp"

namespace ipskit::readers::csv {

std::string CsvReader::column_label(std::size_t field) const {
    if (header_.empty()) return "the header";
    if (field < header_.size()) return fmt::format("column \"{}\"", header_[field]);
    return fmt::format("column {}", field + 1);
}

void CsvReader::fail(int line, int column, std::string what, std::string fix) {
    failed_ = true;
    throw util::Error(util::Location{name_, line, column}, std::move(what), std::move(fix));
}

void CsvReader::fail_scan(ScanStop why, int line, std::size_t field) {
    const int column = static_cast<int>(field + 1);
    const std::string label = column_label(field);
    const std::size_t max = options_.max_field_bytes;
    switch (why) {
        case ScanStop::unclosed_quote:
            fail(line, column, fmt::format("quoted field in {} is never closed", label),
                 "add the closing quote (\") or remove the opening one");
        case ScanStop::text_after_quote:
            fail(line, column, fmt::format("text after the closing quote in {}", label),
                 "write a quote inside a quoted field as two quotes (\"\")");
        case ScanStop::nul:
            fail(line, column, fmt::format("NUL byte in {}", label),
                 "is this a binary file? Save the data from Excel as \"CSV UTF-8\"");
        case ScanStop::field_too_long:
            fail(line, column, fmt::format("field in {} is longer than {} bytes", label, max),
                 "check that the file is a CSV extract");
        case ScanStop::quoted_too_long:
            fail(line, column, fmt::format("quoted field in {} is longer than {} bytes", label, max),
                 "check for a missing closing quote (\")");
        case ScanStop::none:
        case ScanStop::need_more:
            break;
    }
    fail(line, column, "cannot read the record", "");
}

// text::Encoding errors stop the reader: the whole file is in another encoding,
// and one message with the fix says more than a thousand.
void CsvReader::fail_invalid_utf8(const CsvRecord& record) {
    // Some field fails, as the record did; a record has at least one field.
    std::size_t field = 0;
    while (field + 1 < record.fields.size() &&
           text::find_invalid_utf8(record.fields[field]) == std::string_view::npos)
        ++field;
    const std::string_view text = record.fields[field];
    const std::size_t bad = text::find_invalid_utf8(text);
    const unsigned bad_byte = bad < text.size() ? static_cast<unsigned char>(text[bad]) : 0U;
    fail(record.line, static_cast<int>(field + 1),
         fmt::format("not valid UTF-8 (byte 0x{:02X}) in {}", bad_byte, column_label(field)),
         "if this file was saved by Excel as \"CSV (semikolonsepareret)\", run again with --encoding "
         "windows-1252");
}

void CsvReader::fail_windows1252(const CsvRecord& record, std::size_t field, std::size_t offset) {
    const unsigned bad_byte = static_cast<unsigned char>(record.fields[field][offset]);
    fail(record.line, static_cast<int>(field + 1),
         fmt::format("byte 0x{:02X} in {} is not a Windows-1252 character", bad_byte, column_label(field)),
         "the file is in another encoding; save it from Excel as \"CSV UTF-8\" and run without --encoding");
}

void CsvReader::throw_too_many_fields(const CsvRecord& record) const {
    throw util::Error(
        location(record, header_.size()),
        fmt::format("row has {} fields but the header has {}", record.fields.size(), header_.size()),
        "check the delimiter or quoting");
}

}  // namespace ipskit::readers::csv
