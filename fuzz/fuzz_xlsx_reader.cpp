// libFuzzer target: hostile workbooks for ipskit::readers::xlsx and the case
// extract read from one. Fuzzing the zip bytes themselves would stop at the
// deflate stream and its checksum, so the input is mostly the parts' XML,
// which the target puts into a zip of its own: the sheet, the shared strings,
// the styles and the workbook part, cut at NUL bytes (a part left out gets a
// plain one). Bit 1 of the options byte writes the rest of the input as the
// file itself instead, for the zip layer. An ipskit::util::Error is the
// expected answer to bad bytes; a crash, a sanitizer report or another
// exception is a bug. Small limits reach the limit checks. With bit 16 the
// sheets are read again in pieces on two threads (piece size from the top
// three bits), and must read exactly as in one stream.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>
#include <zip.h>

#include "fuzz/temp_input.hpp"
#include "readers/cases/reader.hpp"
#include "readers/xlsx/workbook.hpp"

namespace {

constexpr const char* kNs = "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"";
constexpr const char* kRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

std::vector<std::string_view> cut(std::string_view rest) {
    std::vector<std::string_view> parts;
    for (std::size_t at; parts.size() < 3 && (at = rest.find('\0')) != std::string_view::npos;) {
        parts.push_back(rest.substr(0, at));
        rest.remove_prefix(at + 1);
    }
    parts.push_back(rest);
    parts.resize(4);
    return parts;
}

std::string or_plain(std::string_view part, std::string plain) {
    return part.empty() ? plain : std::string(part);
}

void add(zipFile zip, const char* name, const std::string& data) {
    zip_fileinfo info{};
    zipOpenNewFileInZip(zip, name, &info, nullptr, 0, nullptr, 0, nullptr, 0, 0);  // stored: no deflate
    zipWriteInFileInZip(zip, data.data(), static_cast<unsigned>(data.size()));
    zipCloseFileInZip(zip);
}

std::string write_workbook(std::string_view rest) {
    const auto parts = cut(rest);
    const std::string path = ipskit::fuzz::write_temp_input("book.xlsx", "", 0);
    zipFile zip = zipOpen(path.c_str(), APPEND_STATUS_CREATE);
    if (zip == nullptr) return path;
    add(zip, "xl/worksheets/sheet1.xml", std::string(parts[0]));
    add(zip, "xl/sharedStrings.xml", or_plain(parts[1], std::string("<sst ") + kNs + "/>"));
    add(zip, "xl/styles.xml", or_plain(parts[2], std::string("<styleSheet ") + kNs + "/>"));
    add(zip, "xl/workbook.xml",
        or_plain(parts[3],
                 std::string("<workbook ") + kNs + " xmlns:r=\"" + kRel +
                     "\"><sheets><sheet name=\"Forløb\" r:id=\"r1\"/><sheet name=\"B\" r:id=\"r1\"/>"
                     "</sheets></workbook>"));
    add(zip, "xl/_rels/workbook.xml.rels",
        std::string("<Relationships><Relationship Id=\"r1\" Type=\"") + kRel +
            "/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"s\" Type=\"" + kRel +
            "/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"t\" Type=\"" + kRel +
            "/styles\" Target=\"/xl/styles.xml\"/></Relationships>");
    zipClose(zip, nullptr);
    return path;
}

// Every sheet's rows and the error that stopped them, as one text.
std::string read_every_sheet(const std::string& path, ipskit::readers::xlsx::WorkbookLimits limits) {
    limits.zip.max_entry_bytes = 1 << 20;
    limits.shared_strings.max_bytes = 1 << 16;
    limits.max_cell_bytes = 4096;
    std::string seen;
    try {
        ipskit::readers::xlsx::Workbook book(path, limits);
        for (std::size_t i = 0; i < book.sheet_names().size(); ++i) {
            auto sheet = book.sheet(i);
            for (ipskit::readers::xlsx::Row row; sheet.next(row);) {
                seen += std::to_string(row.number) + ":";
                for (const auto& cell : row.cells)
                    seen +=
                        std::to_string(static_cast<int>(cell.kind)) + cell.text + std::to_string(cell.number);
                seen += "\n";
            }
        }
    } catch (const ipskit::util::Error& e) {
        seen += e.what();
    }
    return seen;
}

// The sheets read in pieces of a few bytes on two threads must read as in
// one stream (readers/xlsx/sheet_chunks.hpp).
void read_every_sheet_both_ways(const std::string& path, std::uint8_t mode) {
    const std::string one_stream = read_every_sheet(path, {});
    if ((mode & 16) == 0) return;
    ipskit::readers::xlsx::WorkbookLimits pieces;
    pieces.parse_threads = 2;
    pieces.parallel_from_bytes = 0;
    pieces.piece_bytes = 1 + (mode >> 5) * 16u;
    if (read_every_sheet(path, pieces) != one_stream) __builtin_trap();
}

void read_as_extract(const std::string& path, std::uint8_t mode) {
    ipskit::readers::cases::CasesReadOptions options;
    options.keep_going = mode & 2;
    options.header_row = (mode & 4) ? 1 : 0;
    if (mode & 8) options.sheet = "B";
    try {
        ipskit::readers::cases::read_cases(
            path, options, [](const ipskit::outcomes::Case& c) { (void)c.start; },
            [](const std::string& warning) { (void)warning.size(); });
    } catch (const ipskit::util::Error&) {
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    const std::string path = (mode & 1) ? ipskit::fuzz::write_temp_input("raw.xlsx", rest.data(), rest.size())
                                        : write_workbook(rest);
    read_every_sheet_both_ways(path, mode);
    read_as_extract(path, mode);
    return 0;
}
