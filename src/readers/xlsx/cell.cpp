#include "readers/xlsx/cell.hpp"

#include <cmath>

namespace ipskit::readers::xlsx {

namespace {

constexpr int kMaxColumn = 16384;
constexpr int kMaxRow = 1048576;
// 9999-12-31, the last day Excel shows, as a 1900 serial.
constexpr double kLastSerial = 2958466;

bool is_letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

char upper(char c) {
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

}  // namespace

std::string column_letters(int column) {
    std::string letters;
    for (; column > 0; column = (column - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (column - 1) % 26));
    return letters;
}

std::string cell_reference(int column, int row) {
    return column_letters(column) + std::to_string(row);
}

std::optional<CellPosition> parse_reference(std::string_view reference) {
    CellPosition at;
    std::size_t i = 0;
    // The $ of an absolute reference ($D$17) may come before either part.
    if (i < reference.size() && reference[i] == '$') ++i;
    for (; i < reference.size() && is_letter(reference[i]); ++i) {
        at.column = at.column * 26 + (upper(reference[i]) - 'A' + 1);
        if (at.column > kMaxColumn) return std::nullopt;
    }
    if (at.column == 0) return std::nullopt;
    if (i < reference.size() && reference[i] == '$') ++i;
    for (; i < reference.size(); ++i) {
        const char c = reference[i];
        if (c < '0' || c > '9') return std::nullopt;
        at.row = at.row * 10 + (c - '0');
        if (at.row > kMaxRow) return std::nullopt;
    }
    return at;
}

bool is_builtin_date_format(int id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool is_date_format_code(std::string_view code) {
    for (std::size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {  // literal text: "dage" holds a d that is no day
            const auto close = code.find('"', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == '[') {  // [Red], [$-406]; [h] of elapsed hours is a duration, not a date
            const auto close = code.find(']', i + 1);
            if (close == std::string_view::npos) return false;
            i = close;
        } else if (c == '\\' || c == '_' || c == '*') {  // an escaped, padded or repeated character
            ++i;
        } else {
            const char u = upper(c);
            if (u == 'D' || u == 'M' || u == 'Y' || u == 'H') return true;
        }
    }
    return false;
}

std::optional<double> days_from_serial(double serial, bool date1904) {
    if (!std::isfinite(serial) || serial < 0) return std::nullopt;
    if (date1904) {
        if (serial >= kLastSerial - 1462) return std::nullopt;
        return serial - 24107;  // 1904-01-01 is 24,107 days before 1970-01-01
    }
    if (serial >= kLastSerial) return std::nullopt;
    if (serial >= 61) return serial - 25569;  // 25,569 is 1970-01-01
    if (serial >= 60) return std::nullopt;    // the phantom 29 February 1900
    return serial - 25568;                    // before it, Excel counts true days
}

}  // namespace ipskit::readers::xlsx
