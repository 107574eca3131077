// The record parser of CsvReader: one pass over contiguous bytes, fields
// handed out as views into the read buffer. Quoted fields with "" are
// unescaped in place once the record is complete (unescaping only shrinks a
// field); Windows-1252 fields are converted into a side buffer.

#include <fmt/format.h>

#include "readers/csv_reader.hpp"

namespace ipskit::csv {

namespace {

// Bytes that need a closer look inside a quoted field: the quote, line
// breaks (they are counted) and NUL (the buffer's sentinel, or a binary file).
constexpr std::array<bool, 256> make_quoted_stops() {
    std::array<bool, 256> stops{};
    stops['"'] = stops['\n'] = stops['\r'] = stops['\0'] = true;
    return stops;
}
constexpr std::array<bool, 256> kEndsQuoted = make_quoted_stops();

unsigned char byte_of(char c) {
    return static_cast<unsigned char>(c);
}
bool is_line_break(char c) {
    return c == '\n' || c == '\r';
}

const char* const kEncodingFix =
    "if this file was saved by Excel as \"CSV (semikolonsepareret)\", run again with --encoding windows-1252";

}  // namespace

// Parses the record at pos_. Returns need_more, leaving all state as it was,
// when the buffer ends before the record does and more input may follow.
CsvReader::Step CsvReader::parse_record(CsvRecord& record) {
    const char* const base = buffer_.data();
    const char* const end = base + end_;
    const char* p = base + pos_;
    const std::size_t max_field = options_.max_field_bytes;
    int breaks = 0;  // line breaks inside quoted fields so far
    record.fields.clear();
    escaped_fields_.clear();
    for (;;) {
        const int column = static_cast<int>(record.fields.size()) + 1;
        if (*p == '"') {
            const char* const open = p++;
            const int open_line = line_ + breaks;
            bool escaped = false;
            for (;;) {
                while (!kEndsQuoted[byte_of(*p)]) ++p;
                if (static_cast<std::size_t>(p - open - 1) > max_field)
                    fail(open_line, column,
                         fmt::format("quoted field in {} is longer than {} bytes",
                                     column_label(record.fields.size()), max_field),
                         "check for a missing closing quote (\")");
                if (p == end) {
                    if (!at_eof_) return Step::need_more;
                    fail(
                        open_line, column,
                        fmt::format("quoted field in {} is never closed", column_label(record.fields.size())),
                        "add the closing quote (\") or remove the opening one");
                }
                if (*p == '\0') fail_nul(line_ + breaks, record.fields.size());
                if ((*p == '"' || *p == '\r') && p + 1 == end && !at_eof_) return Step::need_more;
                if (*p == '"' && p[1] != '"') break;  // the closing quote
                if (*p == '"') {
                    escaped = true;
                    p += 2;
                    continue;
                }
                ++breaks;
                p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
            }
            if (escaped) escaped_fields_.push_back(record.fields.size());
            record.fields.emplace_back(open + 1, static_cast<std::size_t>(p - open - 1));
            ++p;
            if (p != end && *p != delimiter_ && !is_line_break(*p))
                fail(
                    line_ + breaks, column,
                    fmt::format("text after the closing quote in {}", column_label(record.fields.size() - 1)),
                    "write a quote inside a quoted field as two quotes (\"\")");
        } else {
            const char* const start = p;
            while (!ends_unquoted_[byte_of(*p)]) ++p;
            if (static_cast<std::size_t>(p - start) > max_field)
                fail(line_ + breaks, column,
                     fmt::format("field in {} is longer than {} bytes", column_label(record.fields.size()),
                                 max_field),
                     "check that the file is a CSV extract");
            if (p == end && !at_eof_) return Step::need_more;
            record.fields.emplace_back(start, static_cast<std::size_t>(p - start));
        }
        if (p == end) break;  // the last line has no line break
        if (*p == '\0') fail_nul(line_ + breaks, record.fields.size() - 1);
        if (*p != delimiter_) break;
        ++p;
    }
    raw_begin_ = pos_;
    raw_end_ = static_cast<std::size_t>(p - base);
    if (p != end) {
        if (*p == '\r' && p + 1 == end && !at_eof_) return Step::need_more;  // is it CR LF?
        p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
        ++breaks;
    }
    record.line = line_;
    line_ += breaks;
    pos_ = static_cast<std::size_t>(p - base);
    return Step::record;
}

// Checks and converts a parsed record; for the header, header_ is still
// empty.
void CsvReader::finish_record(CsvRecord& record) {
    if (!header_.empty() && record.fields.size() > header_.size()) check_extra_fields(record);
    const std::string_view raw(buffer_.data() + raw_begin_, raw_end_ - raw_begin_);
    const bool ascii = is_ascii(raw);
    if (!ascii && encoding_ == Encoding::utf8) check_utf8(record);
    if (!escaped_fields_.empty()) unescape_quotes(record);
    if (!ascii && encoding_ == Encoding::windows1252) convert_windows1252(record);
    if (record.fields.size() < header_.size()) record.fields.resize(header_.size());
}

// Extra fields that are all empty ("a;b;c;;") lose nothing and are dropped;
// one with text means the columns are not what the header says.
void CsvReader::check_extra_fields(CsvRecord& record) const {
    for (std::size_t i = header_.size(); i < record.fields.size(); ++i) {
        if (record.fields[i].empty()) continue;
        throw Error(
            location(record, header_.size()),
            fmt::format("row has {} fields but the header has {}", record.fields.size(), header_.size()),
            "check the delimiter or quoting");
    }
    record.fields.resize(header_.size());
}

void CsvReader::check_utf8(const CsvRecord& record) {
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        const std::size_t bad = find_invalid_utf8(record.fields[i]);
        if (bad == std::string_view::npos) continue;
        const unsigned bad_byte = byte_of(record.fields[i][bad]);
        // Encoding errors are fatal: the whole file is in another encoding,
        // and one message with the fix says more than a thousand.
        fail(record.line, static_cast<int>(i + 1),
             fmt::format("not valid UTF-8 (byte 0x{:02X}) in {}", bad_byte, column_label(i)), kEncodingFix);
    }
}

void CsvReader::unescape_quotes(CsvRecord& record) {
    for (std::size_t i : escaped_fields_) {
        const std::string_view field = record.fields[i];
        char* const out = buffer_.data() + (field.data() - buffer_.data());
        char* w = out;
        for (const char* r = field.data(); r != field.data() + field.size(); ++r) {
            *w++ = *r;
            if (*r == '"') ++r;  // inside quotes every " comes doubled
        }
        record.fields[i] = std::string_view(out, static_cast<std::size_t>(w - out));
    }
}

void CsvReader::convert_windows1252(CsvRecord& record) {
    converted_.clear();
    converted_spans_.clear();
    for (std::size_t i = 0; i < record.fields.size(); ++i) {
        if (is_ascii(record.fields[i])) continue;
        converted_spans_.emplace_back(i, converted_.size());
        const std::size_t bad = windows1252_to_utf8(record.fields[i], converted_);
        if (bad == std::string_view::npos) continue;
        fail(record.line, static_cast<int>(i + 1),
             fmt::format("byte 0x{:02X} in {} is not a Windows-1252 character",
                         byte_of(record.fields[i][bad]), column_label(i)),
             "the file is in another encoding; save it from Excel as \"CSV UTF-8\" and run without "
             "--encoding");
    }
    // Views are made only now: converted_ may have moved while it grew.
    for (std::size_t k = 0; k < converted_spans_.size(); ++k) {
        const auto [field, offset] = converted_spans_[k];
        const std::size_t stop =
            k + 1 < converted_spans_.size() ? converted_spans_[k + 1].second : converted_.size();
        record.fields[field] = std::string_view(converted_.data() + offset, stop - offset);
    }
}

std::string CsvReader::column_label(std::size_t field) const {
    if (header_.empty()) return "the header";
    if (field < header_.size()) return fmt::format("column \"{}\"", header_[field]);
    return fmt::format("column {}", field + 1);
}

void CsvReader::fail_nul(int line, std::size_t field) {
    fail(line, static_cast<int>(field + 1), fmt::format("NUL byte in {}", column_label(field)),
         "is this a binary file? Save the data from Excel as \"CSV UTF-8\"");
}

void CsvReader::fail(int line, int column, std::string what, std::string fix) {
    failed_ = true;
    throw Error(Location{name_, line, column}, std::move(what), std::move(fix));
}

}  // namespace ipskit::csv
