#pragma once
// A small RFC 4180 reader for the ratings sheet (item,score,note): UTF-8 with
// or without a byte-order mark, the delimiter detected from the header among
// ',' ';' and TAB, quotes, CRLF or LF.

#include <string>
#include <vector>

namespace ipskit {

struct CsvRow {
    int line = 0;  // where the row starts, 1-based
    std::vector<std::string> cells;
};

// How to read the bytes, from --encoding and --delimiter.
struct CsvOptions {
    std::string encoding = "utf-8";  // or windows-1252, what older Danish Excel saves
    char delimiter = 0;              // 0 = detect from the header among ',' ';' and TAB
};

// Parses the whole text; the first row is the header. Throws ipskit::Error
// naming `file` and the line for an unclosed quote or bytes that are not UTF-8.
std::vector<CsvRow> parse_csv(const std::string& file, std::string text, const CsvOptions& options = {});

// Windows-1252 bytes as UTF-8.
std::string windows_1252_to_utf8(const std::string& bytes);

// A header as formats.md compares it: lower case, spaces, '-' and '_' alike.
std::string normalise_header(const std::string& header);

}  // namespace ipskit
