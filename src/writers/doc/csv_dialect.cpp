#include "writers/doc/csv_dialect.hpp"

namespace ipskit::writers::doc {

namespace {

bool starts_like_formula(const std::string& text) {
    if (text.empty()) return false;
    const char c = text.front();
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (const char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

CsvConventions conventions(CsvDialect dialect) {
    switch (dialect) {
        case CsvDialect::excel_da:
            return {';', ',', true};
        case CsvDialect::excel_en:
            return {',', '.', true};
        case CsvDialect::rfc4180:
            break;
    }
    return {',', '.', false};
}

const std::vector<std::string>& csv_dialect_names() {
    static const std::vector<std::string> names = {"excel-da", "excel-en", "rfc4180"};
    return names;
}

std::optional<CsvDialect> parse_csv_dialect(std::string_view name) {
    if (name == "excel-da") return CsvDialect::excel_da;
    if (name == "excel-en") return CsvDialect::excel_en;
    if (name == "rfc4180") return CsvDialect::rfc4180;
    return std::nullopt;
}

CsvDialect default_csv_dialect(Lang lang) {
    return lang == Lang::da ? CsvDialect::excel_da : CsvDialect::rfc4180;
}

std::string csv_field(const std::string& text, char delimiter) {
    if (text.find_first_of(std::string{delimiter, '"', '\n', '\r'}) == std::string::npos) return text;
    return quoted(text);
}

std::string csv_text_field(std::string text, char delimiter) {
    if (starts_like_formula(text)) text.insert(0, 1, '\'');
    return csv_field(text, delimiter);
}

std::string csv_title_row(const std::string& title, std::size_t columns, char delimiter) {
    // Always quoted: a reader that detects the delimiter from the first line
    // must not count the commas of "IPS-25 (2008 scale, rules 1)" in a file of ';'.
    std::string text = title;
    if (starts_like_formula(text)) text.insert(0, 1, '\'');
    std::string row = quoted(text);
    if (columns > 1) row.append(columns - 1, delimiter);
    return row;
}

}  // namespace ipskit::writers::doc
