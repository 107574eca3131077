// The record parser of CsvReader: one pass over contiguous bytes, jumping
// from stop byte to stop byte (see stop_scanner.hpp), fields handed out as
// views into the read buffer. Quoted fields with "" are unescaped in place
// once the record is complete (unescaping only shrinks a field);
// Windows-1252 fields are converted into a side buffer.

#include "readers/csv/reader.hpp"
#include "readers/csv/record_scanner.hpp"

namespace ipskit::readers::csv {

// Parses the record at pos_. Returns need_more, leaving all state as it was,
// when the buffer ends before the record does and more input may follow.
CsvReader::Step CsvReader::parse_record(CsvRecord& record) {
    const char* const base = buffer_.data();
    const char* const end = base + end_;
    escaped_fields_.clear();
    RecordScanner scanner{end,    at_eof_,       delimiter_,     options_.max_field_bytes,
                          stops_, record.fields, escaped_fields_};
    const char* p = scanner.scan(base + pos_);
    stops_ = scanner.stops;  // keep the scanned block for the next record
    if (p == nullptr) {
        if (scanner.stop == ScanStop::need_more) return Step::need_more;
        fail_scan(scanner.stop, line_ + scanner.stop_breaks, scanner.stop_field);
    }
    raw_begin_ = pos_;
    raw_end_ = static_cast<std::size_t>(p - base);
    int breaks = scanner.breaks;
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
    if (!header_.empty() && record.fields.size() > header_.size()) drop_extra_fields(record);
    const std::string_view raw(buffer_.data() + raw_begin_, raw_end_ - raw_begin_);
    // A record not checked with its block (see check_utf8_ahead) is checked
    // whole; the fields are looked at only if it fails.
    const bool utf8 = encoding_ == text::Encoding::utf8;
    if (utf8 && origin_ + raw_end_ > utf8_checked_ && text::find_invalid_utf8(raw) != std::string_view::npos)
        fail_invalid_utf8(record);
    if (!escaped_fields_.empty()) unescape_quotes(record);
    if (!utf8 && !text::is_ascii(raw)) convert_windows1252(record);
    if (record.fields.size() < header_.size()) record.fields.resize(header_.size());
}

// Extra fields that are all empty ("a;b;c;;") lose nothing and are dropped;
// one with text means the columns are not what the header says: an error,
// but not one that stops the reader.
void CsvReader::drop_extra_fields(CsvRecord& record) const {
    for (std::size_t i = header_.size(); i < record.fields.size(); ++i)
        if (!record.fields[i].empty()) throw_too_many_fields(record);
    record.fields.resize(header_.size());
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
        if (text::is_ascii(record.fields[i])) continue;
        converted_spans_.emplace_back(i, converted_.size());
        const std::size_t bad = text::windows1252_to_utf8(record.fields[i], converted_);
        if (bad != std::string_view::npos) fail_windows1252(record, i, bad);
    }
    // Views are made only now: converted_ may have moved while it grew.
    for (std::size_t k = 0; k < converted_spans_.size(); ++k) {
        const auto [field, offset] = converted_spans_[k];
        const std::size_t stop =
            k + 1 < converted_spans_.size() ? converted_spans_[k + 1].second : converted_.size();
        record.fields[field] = std::string_view(converted_.data() + offset, stop - offset);
    }
}

}  // namespace ipskit::readers::csv
