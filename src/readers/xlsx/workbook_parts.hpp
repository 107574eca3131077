#pragma once
// The small parts of a workbook, read whole before a sheet is streamed: the
// list of sheets and where each is, the date system, which cell styles show
// dates, and the shared strings that cells refer to by number.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/zip_archive.hpp"

namespace ipskit::readers::xlsx {

struct SheetEntry {
    std::string name;  // as the tab shows it
    std::string path;  // its part in the zip, e.g. "xl/worksheets/sheet1.xml"
};

struct WorkbookInfo {
    std::vector<SheetEntry> sheets;  // in the order of the tabs
    bool date1904 = false;           // the 1904 date system (old Mac Excel)
    std::string shared_strings;      // part path, empty when there are none
    std::string styles;              // part path, empty when there are none
};

// Reads the workbook part and its relationships. Throws ipskit::util::Error
// when they are missing or damaged.
WorkbookInfo read_workbook_info(ZipArchive& zip);

// For each cell style (the s="N" of a cell), whether its number format
// shows a date or time.
std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& path);

// The shared strings, packed in one block so that a million short strings
// cost little more than their text.
class SharedStrings {
public:
    std::size_t size() const { return ends_.size(); }
    std::string_view at(std::size_t i) const {
        const std::uint32_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    void add(std::string_view text);
    // Drops the strings from number `count` on.
    void truncate(std::size_t count);
    std::size_t bytes() const { return text_.size() + ends_.size() * sizeof(std::uint32_t); }

private:
    std::string text_;
    std::vector<std::uint32_t> ends_;
};

// Limits on the shared strings held: a bound on the memory they take, far
// above what an extract of a million rows needs.
struct SharedStringLimits {
    std::size_t max_bytes = std::size_t{512} << 20;
};

// Reads the shared strings part; one of `pieces_from_bytes` or more in
// pieces of about `piece_bytes`, as a sheet is (sheet_chunks.hpp). Throws
// ipskit::util::Error when it is damaged or passes the limit.
SharedStrings read_shared_strings(ZipArchive& zip, const std::string& path, SharedStringLimits limits = {},
                                  std::uint64_t pieces_from_bytes = UINT64_MAX,
                                  std::size_t piece_bytes = 1 << 18);

}  // namespace ipskit::readers::xlsx
