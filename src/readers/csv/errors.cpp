// The messages of CsvReader. They live apart from the parser on purpose:
// a message built inline (fmt::format and its strings) gives the parsing
// functions large stack frames that every field would pay for, although the
// messages are built once per run at most.

#include <fmt/format.h>

#include "readers/csv/reader.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::csv {

std::string CsvReader::column_label(std::size_t field) const {
    if (header_.empty()) return util::tr("the header", "overskriftslinjen");
    if (field < header_.size())
        return fmt::format(fmt::runtime(util::tr("column \"{}\"", "kolonnen \"{}\"")), header_[field]);
    return fmt::format(fmt::runtime(util::tr("column {}", "kolonne {}")), field + 1);
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
            fail(line, column,
                 fmt::format(fmt::runtime(util::tr("quoted field in {} is never closed",
                                                   "feltet i anførselstegn i {} bliver aldrig lukket")),
                             label),
                 util::tr("add the closing quote (\") or remove the opening one",
                          "tilføj det afsluttende anførselstegn (\") eller fjern det første"));
        case ScanStop::text_after_quote:
            fail(line, column,
                 fmt::format(fmt::runtime(util::tr("text after the closing quote in {}",
                                                   "tekst efter det afsluttende anførselstegn i {}")),
                             label),
                 util::tr("write a quote inside a quoted field as two quotes (\"\")",
                          "skriv et anførselstegn inde i et felt i anførselstegn som to (\"\")"));
        case ScanStop::nul:
            fail(line, column, fmt::format(fmt::runtime(util::tr("NUL byte in {}", "NUL-byte i {}")), label),
                 util::tr("is this a binary file? Save the data from Excel as \"CSV UTF-8\"",
                          "er det en binær fil? Gem data fra Excel som \"CSV UTF-8\""));
        case ScanStop::field_too_long:
            fail(line, column,
                 fmt::format(fmt::runtime(util::tr("field in {} is longer than {} bytes",
                                                   "feltet i {} er længere end {} byte")),
                             label, max),
                 util::tr("check that the file is a CSV extract", "tjek, at filen er et CSV-udtræk"));
        case ScanStop::quoted_too_long:
            fail(line, column,
                 fmt::format(fmt::runtime(util::tr("quoted field in {} is longer than {} bytes",
                                                   "feltet i anførselstegn i {} er længere end {} byte")),
                             label, max),
                 util::tr("check for a missing closing quote (\")",
                          "se efter et manglende afsluttende anførselstegn (\")"));
        case ScanStop::none:
        case ScanStop::need_more:
            break;
    }
    fail(line, column, util::tr("cannot read the record", "kan ikke læse posten"), "");
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
    fail(
        record.line, static_cast<int>(field + 1),
        fmt::format(fmt::runtime(util::tr("not valid UTF-8 (byte 0x{:02X}) in {}",
                                          "ugyldig UTF-8 (byte 0x{:02X}) i {}")),
                    bad_byte, column_label(field)),
        util::tr("if this file was saved by Excel as \"CSV (semikolonsepareret)\", run again with --encoding "
                 "windows-1252",
                 "er filen gemt fra Excel som \"CSV (semikolonsepareret)\", så kør igen med --encoding "
                 "windows-1252"));
}

void CsvReader::fail_windows1252(const CsvRecord& record, std::size_t field, std::size_t offset) {
    const unsigned bad_byte = static_cast<unsigned char>(record.fields[field][offset]);
    fail(
        record.line, static_cast<int>(field + 1),
        fmt::format(fmt::runtime(util::tr("byte 0x{:02X} in {} is not a Windows-1252 character",
                                          "byte 0x{:02X} i {} er ikke et Windows-1252-tegn")),
                    bad_byte, column_label(field)),
        util::tr(
            "the file is in another encoding; save it from Excel as \"CSV UTF-8\" and run without --encoding",
            "filen har en anden tegnkodning; gem den fra Excel som \"CSV UTF-8\", og kør uden --encoding"));
}

void CsvReader::throw_too_many_fields(const CsvRecord& record) const {
    throw util::Error(location(record, header_.size()),
                      fmt::format(fmt::runtime(util::tr("row has {} fields but the header has {}",
                                                        "rækken har {} felter, men overskriften har {}")),
                                  record.fields.size(), header_.size()),
                      util::tr("check the delimiter or quoting", "tjek skilletegnet eller anførselstegnene"));
}

}  // namespace ipskit::readers::csv
