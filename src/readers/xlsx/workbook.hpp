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
#include <cstdint>
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
class SheetChunks;

struct WorkbookLimits {
    ZipLimits zip;
    SharedStringLimits shared_strings;
    // A cell's text may be this long; Excel's own limit is 32,767 characters.
    std::size_t max_cell_bytes = 1 << 20;
    // A sheet part of this many bytes or more is parsed on `parse_threads`
    // threads in pieces of about `piece_bytes` (sheet_chunks.hpp); one
    // thread parses it in one stream.
    std::size_t parse_threads = 1;
    std::uint64_t parallel_from_bytes = std::uint64_t{8} << 20;
    std::size_t piece_bytes = std::size_t{256} << 10;
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
    // Whether the rows came, or come, from one stream rather than from
    // pieces parsed side by side (for the tests and the benchmark).
    bool in_one_stream() const { return stream_ != nullptr; }

private:
    friend class Workbook;
    SheetReader(Workbook& book, std::size_t index);
    void start_stream();
    bool next_in_stream(Row& row);

    Workbook* book_;
    std::size_t index_;
    std::unique_ptr<SheetHandler> handler_;
    std::unique_ptr<XmlStream> stream_;
    // The sheet in pieces, while they last; then the one stream passes
    // over the rows the pieces handed out.
    std::unique_ptr<SheetChunks> chunks_;
    std::vector<Row> piece_rows_;
    std::size_t piece_at_ = 0;
    std::size_t handed_out_ = 0;
    std::size_t to_pass_over_ = 0;
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
    friend class SheetChunks;

    ZipArchive zip_;
    WorkbookLimits limits_;
    WorkbookInfo info_;
    std::vector<bool> date_styles_;
    SharedStrings shared_strings_;
};

// FILE:SHEET!CELL, e.g. "udtraek.xlsx:Forløb!D17" as the file of a Location.
util::Location cell_location(const std::string& file, const std::string& sheet, int column, int row);

}  // namespace ipskit::readers::xlsx
