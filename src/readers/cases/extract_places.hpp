#pragma once
// Where the fields of a case extract are, for messages: FILE:LINE:COLUMN in a
// CSV file, FILE:SHEET!CELL in a workbook (udtraek.xlsx:Forløb!D17). The row
// checks and the column lookup name places only through this, so that they
// read a workbook's rows as they read a CSV file's records.

#include <cstddef>
#include <string>
#include <vector>

#include "readers/csv/reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers::cases {

struct ExtractPlaces {
    std::string name;                 // the file, as the user named it
    std::string sheet;                // the workbook's sheet; empty for a CSV file
    std::vector<std::string> header;  // the header's names, field by field
    int header_line = 0;              // the header's line, or its row in the sheet

    static ExtractPlaces of(const csv::CsvReader& reader) {
        return {reader.name(), "", reader.header(), reader.header_line()};
    }

    bool workbook() const { return !sheet.empty(); }
    // Field `field` (0-based; in a workbook, column A is field 0) of `line`.
    util::Location field(int line, std::size_t field) const;
    // A line as a whole: in a workbook, its first cell.
    util::Location line(int line) const;
    util::Location header_location() const { return line(header_line); }
    // A location as a message shows it, without the ": " after it.
    static std::string text(const util::Location& where);
};

}  // namespace ipskit::readers::cases
