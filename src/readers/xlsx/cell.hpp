#pragma once
// The cells of a worksheet as the workbook reader hands them out, and the
// small pieces of the xlsx format they need: A1 references, which number
// formats show a date, and the two date systems.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ipskit::readers::xlsx {

enum class CellKind {
    empty,    // no cell, or a cell with a style but no value
    number,   // `number`
    text,     // `text`: a shared or inline string, or a formula's text result
    boolean,  // `number` is 1 or 0
    date,     // `number` is days since 1970-01-01, the time of day as its fraction
    error,    // `text` is the error Excel shows (#N/A, #DIV/0!), or see Row below
};

struct Cell {
    CellKind kind = CellKind::empty;
    double number = 0;
    std::string text;
};

// One row of a sheet: cells[0] is column A, and a column the sheet skips is
// an empty cell. The vector ends at the last cell that has a value.
//
// A date cell whose serial is 60 in the 1900 system (29 February 1900, a day
// that never was but that Excel counts, from Lotus 1-2-3) is an error cell
// with the text "1900-02-29".
struct Row {
    int number = 0;  // 1-based, as Excel shows it
    std::vector<Cell> cells;
};

// "A" for 1, "Z" for 26, "AA" for 27; columns are 1-based.
std::string column_letters(int column);
// "D17" for column 4, row 17.
std::string cell_reference(int column, int row);
// The 1-based column and row of an A1 reference ("D17"), or nullopt when it
// is not one. Excel has 16,384 columns and 1,048,576 rows.
struct CellPosition {
    int column = 0;
    int row = 0;  // 0 when the reference names only a column
};
std::optional<CellPosition> parse_reference(std::string_view reference);

// Whether a number format shows a date or a time: the built-in formats 14 to
// 22 and 45 to 47, or a format code with a day, month, year or hour token (d,
// m, y, h) outside quoted text, [..] sections (colours, locales) and escaped
// characters.
bool is_builtin_date_format(int id);
bool is_date_format_code(std::string_view code);

// Days since 1970-01-01 of an Excel date serial. The 1900 system counts from
// 1900-01-01 as day 1 and holds the phantom 29 February 1900 as day 60, so
// serials from 61 on are one day later than plain counting gives; serial 60
// itself gives nullopt. The 1904 system counts from 1904-01-01 as day 0.
std::optional<double> days_from_serial(double serial, bool date1904);

}  // namespace ipskit::readers::xlsx
