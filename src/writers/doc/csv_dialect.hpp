#pragma once
// The conventions a CSV file is written in, so that the spreadsheet its
// reader has opens it into columns and reads its numbers as numbers. Every
// CSV ipskit writes (reports, the ratings sheet) goes through these.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/text.hpp"

namespace ipskit::writers::doc {

enum class CsvDialect {
    excel_da,  // ';', decimal comma, UTF-8 with a byte-order mark: Danish Excel
    excel_en,  // ',', decimal point, UTF-8 with a byte-order mark: English Excel
    rfc4180,   // ',', decimal point, no byte-order mark: programs
};

struct CsvConventions {
    char delimiter = ',';
    char decimal_mark = '.';
    bool byte_order_mark = false;
};

inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";
// Every dialect ends its lines with CR LF, as RFC 4180 and Excel do.
inline constexpr std::string_view kCsvLineEnd = "\r\n";

CsvConventions conventions(CsvDialect dialect);

// The names --csv-dialect takes, in the order --help lists them.
const std::vector<std::string>& csv_dialect_names();
// A name of csv_dialect_names(), or nothing for any other text.
std::optional<CsvDialect> parse_csv_dialect(std::string_view name);

// Without --csv-dialect: what Danish Excel opens for a Danish report, and
// plain RFC 4180 otherwise.
CsvDialect default_csv_dialect(Lang lang);

// One field, quoted where it holds the delimiter, a quote or a line break.
std::string csv_field(const std::string& text, char delimiter);
// A field of text: as csv_field, and text that a spreadsheet would run as a
// formula is written with a leading ' (so it shows as the text it is).
std::string csv_text_field(std::string text, char delimiter);

// The row that opens a table: `title`, quoted, in the first field and as
// many empty fields as the table has columns after it, so that the file
// keeps one width and a program skips exactly one line to reach the header.
std::string csv_title_row(const std::string& title, std::size_t columns, char delimiter);

}  // namespace ipskit::writers::doc
