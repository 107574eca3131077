#pragma once
// Reading an Excel workbook (.xlsx), sheet by sheet and row by row. The
// sheet's XML is streamed from the zip in chunks, so memory stays flat in the
// number of rows; only the shared strings (the text cells point into) and the
// cell styles are held, within limits.
//
//     xlsx::Workbook book("udtraek.xlsx");
//     auto rows = book.sheet(book.find_sheet("Forløb"));
//     for (xlsx::Row row; rows.next(row);) ... row.cells[0].kind ...
//
// Every problem is an ipskit::util::Error, placed FILE:SHEET!CELL where a
// cell is at fault (udtraek.xlsx:Forløb!D17) and FILE otherwise: a file
// that is no workbook, an encrypted or .xls file, a zip bomb, XML with a
// DOCTYPE or entities, a shared string that does not exist, a sheet that is
// not there. Messages are in the language of util::tr.

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/cell.hpp"
#include "readers/xlsx/workbook_parts.hpp"
#include "readers/xlsx/zip_archive.hpp"
#include "util/error.hpp"

namespace ipskit::readers::xlsx {

class XmlStream;
class SheetHandler;

struct WorkbookLimits {
    ZipLimits zip;
    SharedStringLimits shared_strings;
    // A cell's text may be this long; Excel's own limit is 32,767 characters.
    std::size_t max_cell_bytes = 1 << 20;
};

class Workbook;

// The rows of one sheet, streamed. Rows without any value are left out, so
// that row numbers may jump.
class SheetReader {
public:
    SheetReader(SheetReader&&) noexcept;
    SheetReader& operator=(SheetReader&&) noexcept;
    ~SheetReader();

    const std::string& name() const;
    // Reads the next row with a value into `row`; false after the last.
    bool next(Row& row);
    // FILE:SHEET!CELL for messages about a cell (1-based column and row).
    util::Location location(int column, int row) const;

private:
    friend class Workbook;
    SheetReader(Workbook& book, std::size_t index);

    Workbook* book_;
    std::size_t index_;
    std::unique_ptr<SheetHandler> handler_;
    std::unique_ptr<XmlStream> stream_;
};

class Workbook {
public:
    // Opens the workbook at `path` and reads its sheet list, styles and
    // shared strings; `path` as given is the file name in messages.
    explicit Workbook(const std::string& path, WorkbookLimits limits = {});
    Workbook(const Workbook&) = delete;
    Workbook& operator=(const Workbook&) = delete;

    const std::string& name() const { return zip_.name(); }
    // The names of the sheets, in the order of their tabs.
    std::vector<std::string> sheet_names() const;
    // The 0-based index of the sheet named `choice`, or else numbered by it
    // (from 1). Throws ipskit::util::Error listing the sheets there are.
    std::size_t find_sheet(std::string_view choice) const;
    // Streams sheet `index` (0-based); one sheet is read at a time.
    SheetReader sheet(std::size_t index) { return SheetReader(*this, index); }
    bool date1904() const { return info_.date1904; }

private:
    friend class SheetReader;
    friend class SheetHandler;

    ZipArchive zip_;
    WorkbookLimits limits_;
    WorkbookInfo info_;
    std::vector<bool> date_styles_;
    SharedStrings shared_strings_;
};

// FILE:SHEET!CELL, e.g. "udtraek.xlsx:Forløb!D17" as the file of a Location.
util::Location cell_location(const std::string& file, const std::string& sheet, int column, int row);

}  // namespace ipskit::readers::xlsx
