#include "readers/csv/reader.hpp"

#include <algorithm>
#include <array>
#include <cstring>

#include <fmt/format.h>

#include "readers/csv/byte_source.hpp"
#include "readers/csv/field_parsers.hpp"
#include "util/message_language.hpp"

// The reader keeps one buffer of unparsed bytes. A record is parsed from its
// first byte each time; if the buffer ends inside it, the partial record is
// moved to the front, another block is read behind it, and the record is
// parsed again from its start. Re-parsing one partial record per block is
// cheaper than carrying parser state across blocks, and keeps the parser a
// plain loop over contiguous bytes. See csv_record.cpp for the record parser.

namespace ipskit::readers::csv {

namespace {

bool is_line_break(char c) {
    return c == '\n' || c == '\r';
}

struct Candidate {
    char delimiter;
    const char* name;
};
constexpr Candidate kCandidates[3] = {{',', "comma"}, {';', "semicolon"}, {'\t', "tab"}};

// Counts each candidate delimiter outside quotes on the first line of
// `text`. Returns where the line ends (text.size() if it does not end).
std::size_t count_candidates(std::string_view text, std::array<std::size_t, 3>& counts) {
    counts.fill(0);
    bool quoted = false;
    std::size_t i = 0;
    for (; i < text.size() && (quoted || !is_line_break(text[i])); ++i) {
        if (text[i] == '"') quoted = !quoted;
        for (std::size_t k = 0; k < counts.size(); ++k)
            if (!quoted && text[i] == kCandidates[k].delimiter) ++counts[k];
    }
    return i;
}

// The delimiter of a title row ("Sheet for IPS-25 (2008, rules 1);;;"): the
// one its line ends with, in a run after some text; 0 if it is not one. A
// spreadsheet saves the title unquoted, so the commas in it must not count.
char title_row_delimiter(std::string_view line) {
    while (!line.empty() && is_line_break(line.back())) line.remove_suffix(1);
    if (line.size() < 2) return 0;
    const char last = line.back();
    const bool candidate = std::any_of(std::begin(kCandidates), std::end(kCandidates),
                                       [last](const Candidate& c) { return c.delimiter == last; });
    if (!candidate) return 0;
    const std::size_t text_end = line.find_last_not_of(last);
    return text_end != std::string_view::npos && !trim(line.substr(0, text_end + 1)).empty() ? last : 0;
}

bool is_title_row(const std::vector<std::string_view>& fields) {
    const auto blank = [](std::string_view field) { return trim(field).empty(); };
    return fields.size() > 1 && !blank(fields.front()) &&
           std::all_of(fields.begin() + 1, fields.end(), blank);
}

// "2 semicolons" / "2 semikoloner": a candidate counted, in the messages' language.
std::string delimiter_name(std::size_t candidate, std::size_t count) {
    static const std::array<std::array<const char*, 4>, 3> names = {{
        {"comma", "commas", "komma", "kommaer"},
        {"semicolon", "semicolons", "semikolon", "semikoloner"},
        {"tab", "tabs", "tabulator", "tabulatorer"},
    }};
    const auto& n = names[candidate];
    return util::tr(count == 1 ? n[0] : n[1], count == 1 ? n[2] : n[3]);
}

std::string delimiter_option(char delimiter) {
    if (delimiter == '\t') return "--delimiter tab";
    return fmt::format("--delimiter '{}'", delimiter);
}

}  // namespace

char parse_delimiter(std::string_view value) {
    if (value == "tab" || value == "TAB" || value == "\\t" || value == "\t") return '\t';
    if (value == "comma") return ',';
    if (value == "semicolon") return ';';
    const char c = value.empty() ? '\0' : value[0];
    const bool alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (value.size() == 1 && c > ' ' && c < 0x7F && c != '"' && !alphanumeric) return c;
    throw util::Error(
        util::Location{},
        fmt::format(fmt::runtime(util::tr("unknown delimiter \"{}\"", "ukendt skilletegn \"{}\"")), value),
        util::tr("use --delimiter ',' or --delimiter ';' or --delimiter tab",
                 "brug --delimiter ',' eller --delimiter ';' eller --delimiter tab"));
}

CsvReader::CsvReader(const std::string& path, CsvOptions options)
    : CsvReader(open_file_source(path), path, options) {}

CsvReader CsvReader::from_text(std::string text, std::string name, CsvOptions options) {
    return CsvReader(make_text_source(std::move(text)), std::move(name), options);
}

CsvReader CsvReader::continue_at(const CsvReader& head, std::uint64_t offset, std::vector<char> buffer) {
    CsvReader part(open_file_source(head.name_, offset), head.name_, head.options_, false, std::move(buffer));
    part.encoding_ = head.encoding_;
    part.delimiter_ = head.delimiter_;
    part.header_ = head.header_;
    part.header_line_ = head.header_line_;
    part.origin_ = offset;
    part.stops_.reset(part.buffer_.data(), part.delimiter_);
    return part;
}

CsvReader::CsvReader(std::unique_ptr<ByteSource> source, std::string name, CsvOptions options)
    : CsvReader(std::move(source), std::move(name), options, true) {}

CsvReader::CsvReader(std::unique_ptr<ByteSource> source, std::string name, CsvOptions options,
                     bool read_header, std::vector<char> buffer)
    : source_(std::move(source)),
      name_(std::move(name)),
      options_(options),
      encoding_(options.encoding),
      buffer_(std::move(buffer)) {
    options_.chunk_bytes = std::max<std::size_t>(options_.chunk_bytes, 1);
    // Room for a block and the start of a record carried over from the one
    // before, so that the buffer does not double for those few bytes.
    buffer_.resize(options_.chunk_bytes + options_.chunk_bytes / 16 + 1 + StopScanner::kPadding);
    buffer_[0] = '\0';
    if (read_header) read_start();
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

util::Location CsvReader::location(const CsvRecord& record, std::size_t field) const {
    return util::Location{name_, record.line, static_cast<int>(field + 1)};
}

bool CsvReader::next(CsvRecord& record) {
    if (failed_ || !read_record(record)) return false;
    finish_record(record);
    return true;
}

std::vector<char> CsvReader::close() {
    source_.reset();
    pos_ = end_ = 0;
    at_eof_ = true;
    failed_ = true;
    return std::exchange(buffer_, {});
}

// Reads one more block behind the unparsed bytes. Returns false, and sets
// at_eof_, when the source has nothing more.
bool CsvReader::fill() {
    if (at_eof_) return false;
    const std::size_t unparsed = end_ - pos_;
    if (pos_ > 0) {
        std::memmove(buffer_.data(), buffer_.data() + pos_, unparsed);
        origin_ += pos_;
        pos_ = 0;
        end_ = unparsed;
    }
    const std::size_t chunk = options_.chunk_bytes;
    // Doubling keeps the re-parsing of a record longer than a block linear.
    const std::size_t needed = end_ + chunk + 1 + StopScanner::kPadding;
    if (buffer_.size() < needed) buffer_.resize(std::max(buffer_.size() * 2, needed));
    std::size_t got = 0;
    try {
        got = source_->read(buffer_.data() + end_, chunk);
    } catch (...) {
        failed_ = true;
        throw;
    }
    end_ += got;
    buffer_[end_] = '\0';
    check_utf8_ahead();
    stops_.reset(buffer_.data(), delimiter_);
    at_eof_ = got == 0;
    return got > 0;
}

// Checks the bytes read ahead of the parser as UTF-8, a block at a time,
// up to the last ASCII byte, where no sequence can be cut; finish_record
// then checks only a record that reaches past them. One pass over a block
// costs a fraction of a call per record. Done whatever the encoding, as a
// byte-order mark may yet make it UTF-8; after a bad byte every record is
// checked on its own, which finds and locates it.
void CsvReader::check_utf8_ahead() {
    if (utf8_bad_ahead_) return;
    const std::size_t from = static_cast<std::size_t>(std::max(utf8_checked_, origin_ + pos_) - origin_);
    std::size_t to = end_;
    while (to > from && static_cast<unsigned char>(buffer_[to - 1]) >= 0x80) --to;
    const std::size_t bad = text::find_invalid_utf8(std::string_view(buffer_.data() + from, to - from));
    if (bad != std::string_view::npos) {
        to = from + bad;
        utf8_bad_ahead_ = true;
    }
    utf8_checked_ = origin_ + to;
}

void CsvReader::read_start() {
    while (end_ < 4 && fill()) {
    }
    check_file_signature();
    skip_blank_lines();
    if (pos_ == end_) fail(1, 0, "file is empty", "expected a header line with the column names");
    delimiter_ = options_.delimiter ? *options_.delimiter : detect_delimiter();
    stops_.reset(buffer_.data(), delimiter_);
    read_header();
}

// Skips a UTF-8 byte-order mark, and refuses the files that people most often
// pick by mistake, with a message better than "not valid UTF-8".
void CsvReader::check_file_signature() {
    const std::string_view start(buffer_.data(), end_);
    if (start.substr(0, 3) == text::kUtf8Bom) {
        pos_ = 3;
        // The mark is unambiguous; a Windows-1252 file cannot start with it.
        encoding_ = text::Encoding::utf8;
    } else if (start.substr(0, 2) == "\xFF\xFE" || start.substr(0, 2) == "\xFE\xFF") {
        fail(1, 0, "file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8",
             "save it from Excel as \"CSV UTF-8\"");
    } else if (start.substr(0, 4) == std::string_view("PK\x03\x04", 4)) {
        fail(1, 0, "file is an Excel workbook (.xlsx), not CSV",
             "save the sheet from Excel as \"CSV UTF-8\"");
    }
    // Danish letters in UTF-8 are two bytes each, which Windows-1252 shows as
    // "Ã¸" and the like; a first block that is valid UTF-8 with letters beyond
    // ASCII is all but certainly UTF-8, whatever --encoding says. The block
    // may end inside a letter, so its last three bytes are left out.
    if (encoding_ == text::Encoding::windows1252) {
        const std::string_view head = start.substr(0, start.size() > 3 ? start.size() - 3 : 0);
        looks_like_utf8_ = !text::is_ascii(head) && text::find_invalid_utf8(head) == std::string_view::npos;
    }
}

void CsvReader::skip_blank_lines() {
    for (;;) {
        if (pos_ == end_ && !fill()) return;
        const char c = buffer_[pos_];
        if (!is_line_break(c)) return;
        if (c == '\r' && pos_ + 1 == end_ && fill()) continue;  // is it CR LF?
        pos_ += (c == '\r' && buffer_[pos_ + 1] == '\n') ? 2 : 1;
        ++line_;
    }
}

// Counts the candidate delimiters outside quotes on the header line and
// takes the most frequent. A tie is refused rather than guessed: guessing
// wrong would split every row in the wrong places.
char CsvReader::detect_delimiter() {
    std::array<std::size_t, 3> counts{};
    std::size_t line_end = 0;
    for (;;) {
        line_end = count_candidates(std::string_view(buffer_.data() + pos_, end_ - pos_), counts);
        // A header line longer than the longest field is broken anyway; the
        // header parse reports why.
        const bool whole_line = pos_ + line_end < end_ || at_eof_;
        if (whole_line || line_end > options_.max_field_bytes || !fill()) break;
    }
    if (options_.title_row)
        if (const char d = title_row_delimiter(std::string_view(buffer_.data() + pos_, line_end))) return d;
    const std::size_t most = *std::max_element(counts.begin(), counts.end());
    if (most == 0) return ',';  // one column: any delimiter reads it the same
    std::vector<std::string> tied, options;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] != most) continue;
        tied.push_back(fmt::format("{} {}", most, delimiter_name(i, most)));
        options.push_back(delimiter_option(kCandidates[i].delimiter));
    }
    if (tied.size() > 1)
        fail(line_, 0,
             fmt::format(fmt::runtime(util::tr("cannot tell the delimiter: the header line has {}",
                                               "kan ikke afgøre skilletegnet: overskriftslinjen har {}")),
                         fmt::join(tied, util::tr(" and ", " og "))),
             fmt::format(fmt::runtime(util::tr("run again with {}", "kør igen med {}")),
                         fmt::join(options, util::tr(" or ", " eller "))));
    return kCandidates[static_cast<std::size_t>(std::max_element(counts.begin(), counts.end()) -
                                                counts.begin())]
        .delimiter;
}

void CsvReader::read_header() {
    CsvRecord record;
    if (!read_record(record))
        fail(1, 0, util::tr("file is empty", "filen er tom"),
             util::tr("expected a header line with the column names",
                      "forventede en linje med kolonnenavnene"));
    finish_record(record);
    if (options_.title_row && is_title_row(record.fields)) {
        const int title_line = record.line;
        if (!read_record(record))
            fail(title_line, 0,
                 util::tr("file has a title row but no header line",
                          "filen har en titellinje, men ingen linje med kolonnenavne"),
                 util::tr("put the column names on the line after the title",
                          "skriv kolonnenavnene på linjen efter titlen"));
        finish_record(record);
    }
    header_line_ = record.line;
    header_.assign(record.fields.begin(), record.fields.end());
}

// Parses the next record that has some text, reading blocks as needed.
bool CsvReader::read_record(CsvRecord& record) {
    for (;;) {
        if (offset() == stop_at_) {
            reached_stop_ = true;
            return false;
        }
        if (pos_ == end_ && !fill()) return false;
        while (parse_record(record) == Step::need_more) {
            check_record_size();
            fill();
        }
        const bool all_empty = std::all_of(record.fields.begin(), record.fields.end(),
                                           [](std::string_view field) { return field.empty(); });
        if (!all_empty) return true;
    }
}

// A record may hold at most a field's limit per column: without a limit, a
// file with no line breaks (or broken quoting) would be read whole into
// memory before anything is reported.
// The header's columns count, but at most 1,000 of them: a header of half a
// million empty names would otherwise lift the limit to hundreds of GB.
void CsvReader::check_record_size() {
    constexpr std::size_t kMaxCountedColumns = 1000;
    const std::size_t columns =
        std::min<std::size_t>(std::max<std::size_t>(header_.size(), 1), kMaxCountedColumns);
    const std::size_t limit = options_.max_field_bytes * (columns + 1);
    if (end_ - pos_ > limit)
        fail(line_, 0,
             fmt::format(
                 fmt::runtime(util::tr("a record is longer than {} bytes", "en post er længere end {} byte")),
                 limit),
             util::tr("check the quoting and the line breaks of the file",
                      "tjek filens anførselstegn og linjeskift"));
}

}  // namespace ipskit::readers::csv
