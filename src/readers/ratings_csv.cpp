#include "readers/ratings_csv.hpp"

#include <algorithm>
#include <cctype>

#include "util/error.hpp"

namespace ipskit {

namespace {

char detect_delimiter(const std::string& text) {
    const std::string header = text.substr(0, text.find('\n'));
    char best = ',';
    std::ptrdiff_t most = 0;
    for (const char d : {',', ';', '\t'}) {
        const auto n = std::count(header.begin(), header.end(), d);
        if (n > most) {
            most = n;
            best = d;
        }
    }
    return best;
}

// The line of the first byte that breaks UTF-8, or 0 when the text is valid.
int first_invalid_utf8_line(const std::string& text) {
    int line = 1;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        const std::size_t length = c < 0x80           ? 1
                                   : (c >> 5) == 0x6  ? 2
                                   : (c >> 4) == 0xE  ? 3
                                   : (c >> 3) == 0x1E ? 4
                                                      : 0;
        if (length == 0 || i + length > text.size()) return line;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(text[i + k]) >> 6) != 0x2) return line;
        if (c == '\n') ++line;
        i += length;
    }
    return 0;
}

}  // namespace

std::string normalise_header(const std::string& header) {
    std::string out;
    for (const char c : header) {
        if (c == ' ' || c == '-') {
            out += '_';
        } else {
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        }
    }
    const auto first = out.find_first_not_of('_');
    const auto last = out.find_last_not_of('_');
    return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

std::string windows_1252_to_utf8(const std::string& bytes) {
    // 0x80-0x9F hold the typographic characters; the rest is Latin-1 (æ ø å).
    static const char16_t high[32] = {0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,   0x017D, 0x8F,
                                      0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};
    std::string out;
    for (const char byte : bytes) {
        const auto c = static_cast<unsigned char>(byte);
        const char16_t u = c >= 0x80 && c < 0xA0 ? high[c - 0x80] : c;
        if (u < 0x80) {
            out += static_cast<char>(u);
        } else if (u < 0x800) {
            out += static_cast<char>(0xC0 | (u >> 6));
            out += static_cast<char>(0x80 | (u & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (u >> 12));
            out += static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (u & 0x3F));
        }
    }
    return out;
}

std::vector<CsvRow> parse_csv(const std::string& file, std::string text, const CsvOptions& options) {
    if (options.encoding == "windows-1252") text = windows_1252_to_utf8(text);
    if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
    if (const int bad = first_invalid_utf8_line(text))
        throw Error({file, bad, 0}, "the file is not UTF-8 text",
                    "read it with --encoding windows-1252 (what older Danish Excel saves), or save it as "
                    "'CSV UTF-8'");
    const char delimiter = options.delimiter ? options.delimiter : detect_delimiter(text);
    std::vector<CsvRow> rows;
    CsvRow row{1, {}};
    std::string cell;
    bool quoted = false;
    int line = 1;
    int quote_line = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                if (c == '\n') ++line;
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
            quote_line = line;
        } else if (c == delimiter) {
            row.cells.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            row.cells.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row = {++line, {}};
        } else {
            cell += c;
        }
    }
    if (quoted)
        throw Error({file, quote_line, 0}, "a quote is opened here and never closed",
                    "close the quoted text with \"");
    if (!cell.empty() || !row.cells.empty()) {
        row.cells.push_back(std::move(cell));
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace ipskit
