#pragma once
// A streaming CSV reader for case extracts: RFC 4180 quoting, CRLF or LF,
// the delimiter detected from the header line, UTF-8 (with or without BOM) or
// Windows-1252. It reads the input in large blocks and hands out fields as
// views into its buffer, so memory does not grow with the number of rows.
//
// Where the input is not quite RFC 4180, the reader is lenient only where
// nothing can be misread, and says why otherwise:
//   - blank lines, and lines whose fields are all empty (";;;;", which Excel
//     writes for formatted empty rows), are skipped but counted as lines;
//   - a row with fewer fields than the header gets empty ones (Excel leaves
//     out trailing empty cells); extra fields are dropped when empty and an
//     error when not;
//   - a quote inside an unquoted field (12" pipe) is text, as Excel reads it;
//     text after a closing quote ("Anna" B) is an error;
//   - a lone CR ends a line (old Mac Excel), as CR LF and LF do;
//   - a UTF-8 byte-order mark means UTF-8 whatever --encoding says; UTF-16
//     and .xlsx files are recognised and refused with what to do instead;
//   - a header without any of , ; TAB is read as one column;
//   - with CsvOptions::title_row, a title row before the header is skipped.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "readers/csv/record_scanner.hpp"
#include "readers/csv/stop_scanner.hpp"
#include "readers/text/encoding.hpp"
#include "util/error.hpp"

namespace ipskit::readers::csv {

class ByteSource;

struct CsvOptions {
    std::optional<char> delimiter;  // nullopt: detect it from the header line
    text::Encoding encoding = text::Encoding::utf8;
    // The file may open with a title row, as every CSV ipskit writes does
    // (docs/formats.md): a line whose first field has text and whose other
    // fields are all empty, which no header line is. It is skipped, and the
    // next line is the header.
    bool title_row = false;
    // Longer fields (counted as written, quotes doubled) are refused: in
    // practice they come from a quote that is never closed, which would
    // otherwise swallow the rest of the file.
    std::size_t max_field_bytes = 1 << 20;
    // Bytes read at a time. Only tests change it, to put block boundaries
    // inside records.
    std::size_t chunk_bytes = 1 << 20;
};

// Reads a --delimiter value: "," ";" "tab" "\t" (a backslash and t, or a
// real TAB), or any other single punctuation character such as "|".
// Throws ipskit::util::Error otherwise.
char parse_delimiter(std::string_view value);

struct CsvRecord {
    // One field per header column: a row with fewer fields gets empty ones
    // (Excel leaves out trailing empty cells). The views stay valid until the
    // next call to CsvReader::next().
    std::vector<std::string_view> fields;
    int line = 0;  // the physical line (1-based) where the record starts
};

class CsvReader {
public:
    // Opens `path` and reads the header line. `path` as the user gave it is
    // the file name in every error message.
    explicit CsvReader(const std::string& path, CsvOptions options = {});
    // Reads CSV text held in memory; `name` stands for the file in messages.
    static CsvReader from_text(std::string text, std::string name, CsvOptions options = {});
    // A reader of the same file that starts at byte `offset`, which must be
    // the start of a record, with the header, delimiter and encoding of
    // `head`. Its lines count from 1 at `offset`: a caller reading the file
    // in parts shifts them (see stop_at). `buffer`, if given, is the read
    // buffer of a reader closed before (see close()), reused rather than
    // allocated.
    static CsvReader continue_at(const CsvReader& head, std::uint64_t offset, std::vector<char> buffer = {});

    CsvReader(CsvReader&&) noexcept;
    CsvReader& operator=(CsvReader&&) noexcept;
    ~CsvReader();

    const std::string& name() const { return name_; }
    const std::vector<std::string>& header() const { return header_; }
    int header_line() const { return header_line_; }
    // Read as Windows-1252, the file's first block is valid UTF-8 with
    // letters beyond ASCII: --encoding windows-1252 is most likely wrong.
    bool looks_like_utf8() const { return looks_like_utf8_; }
    // Where the header is, for messages about columns (see ColumnResolver).
    util::Location header_location() const { return util::Location{name_, header_line_, 0}; }
    char delimiter() const { return delimiter_; }

    // Reads the next record, skipping blank lines and lines whose fields are
    // all empty. Returns false at the end of the file.
    //
    // Throws ipskit::util::Error for a bad record. After a row with more fields
    // than the header the reader has moved past that row, so a caller may
    // collect the error and call next() again. Other errors leave the rest of
    // the file unreadable (unclosed quote, NUL byte, overlong field, bad
    // encoding, read failure): after them next() returns false.
    bool next(CsvRecord& record);

    // Where field `field` (0-based) of `record` is, for error messages.
    util::Location location(const CsvRecord& record, std::size_t field) const;

    // Reading a file in parts. stop_at(offset) makes next() return false
    // when a record would start exactly at byte `offset`; reached_stop() then
    // says so, and line() is the line that record starts on. A reader that
    // finds `offset` inside a record (a quoted field with a line break across
    // it) does not stop there, and reads on to the end of the file.
    void stop_at(std::uint64_t offset) { stop_at_ = offset; }
    bool reached_stop() const { return reached_stop_; }
    int line() const { return line_; }
    // Byte offset in the file of the first byte not yet parsed.
    std::uint64_t offset() const { return origin_ + pos_; }

    // Closes the file, for a reader that is done, and gives up its read
    // buffer, for the next reader to reuse; name(), header(), line() and
    // reached_stop() stay. next() then returns false.
    std::vector<char> close();

private:
    enum class Step { record, need_more };

    CsvReader(std::unique_ptr<ByteSource> source, std::string name, CsvOptions options);
    // Sets up the buffer only; the callers read the start of the file or not.
    CsvReader(std::unique_ptr<ByteSource> source, std::string name, CsvOptions options, bool read_header,
              std::vector<char> buffer = {});

    // Reading blocks and the start of the file (csv_reader.cpp).
    void read_start();
    bool fill();
    void check_utf8_ahead();
    void check_file_signature();
    void skip_blank_lines();
    char detect_delimiter();
    void read_header();
    bool read_record(CsvRecord& record);
    void check_record_size();

    // One record (csv_record.cpp).
    Step parse_record(CsvRecord& record);
    void finish_record(CsvRecord& record);
    void drop_extra_fields(CsvRecord& record) const;
    void unescape_quotes(CsvRecord& record);
    void convert_windows1252(CsvRecord& record);

    // Errors (csv_errors.cpp). The fail_ ones stop the reader; all take
    // 1-based lines and 0-based field indexes.
    [[noreturn]] void fail(int line, int column, std::string what, std::string fix);
    [[noreturn]] void fail_scan(ScanStop why, int line, std::size_t field);
    [[noreturn]] void fail_invalid_utf8(const CsvRecord& record);
    [[noreturn]] void fail_windows1252(const CsvRecord& record, std::size_t field, std::size_t offset);
    [[noreturn]] void throw_too_many_fields(const CsvRecord& record) const;
    std::string column_label(std::size_t field) const;

    std::unique_ptr<ByteSource> source_;
    std::string name_;
    CsvOptions options_;
    text::Encoding encoding_;  // options_.encoding unless a UTF-8 BOM says otherwise
    bool looks_like_utf8_ = false;
    char delimiter_ = ',';
    std::vector<std::string> header_;
    int header_line_ = 0;

    // buffer_[pos_, end_) is read but not yet parsed; buffer_[end_] is a NUL
    // sentinel that ends every scan without a bounds check, and
    // StopScanner::kPadding bytes follow it.
    std::vector<char> buffer_;
    std::size_t pos_ = 0;
    std::size_t end_ = 0;
    std::uint64_t origin_ = 0;  // file offset of buffer_[0]
    std::uint64_t stop_at_ = UINT64_MAX;
    bool reached_stop_ = false;
    bool at_eof_ = false;
    bool failed_ = false;
    int line_ = 1;  // physical line at pos_

    // Bytes up to file offset utf8_checked_ are well-formed UTF-8, and none
    // after it are known to be, once utf8_bad_ahead_.
    std::uint64_t utf8_checked_ = 0;
    bool utf8_bad_ahead_ = false;

    StopScanner stops_;
    // The record last parsed: its raw bytes and the fields that hold "".
    std::size_t raw_begin_ = 0;
    std::size_t raw_end_ = 0;
    std::vector<std::size_t> escaped_fields_;
    // Fields converted from Windows-1252, and (field, offset) of each.
    std::string converted_;
    std::vector<std::pair<std::size_t, std::size_t>> converted_spans_;
};

}  // namespace ipskit::readers::csv
