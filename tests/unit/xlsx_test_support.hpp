#pragma once
// Helpers for the workbook reader tests: write a zip file of given parts with
// minizip, and the parts of a small workbook, so that each test states the
// XML it reads and a hostile part is as easy to write as a good one.

#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>
#include <zip.h>

namespace xlsx_test {

using Parts = std::vector<std::pair<std::string, std::string>>;

inline void write_zip(const std::string& path, const Parts& parts) {
    zipFile zip = zipOpen64(path.c_str(), APPEND_STATUS_CREATE);
    if (zip == nullptr) throw std::runtime_error("cannot create " + path);
    for (const auto& [name, content] : parts) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, name.c_str(), &info, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED, 6, 1);
        zipWriteInFileInZip(zip, content.data(), static_cast<unsigned>(content.size()));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
}

inline std::string scratch_path(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("ipskit-xlsx-test-" + name)).string();
}

// A workbook of the given sheets (name, sheetData XML), with styles whose
// style 1 is built-in date format 14, style 2 the custom "dd.mm.yyyy", style 3
// the custom text-like format "0 \"dage\"", and the given shared strings.
struct Book {
    std::vector<std::pair<std::string, std::string>> sheets;
    std::vector<std::string> shared;
    bool date1904 = false;
};

inline Parts workbook_parts(const Book& book) {
    std::string workbook =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
    workbook += book.date1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>";
    workbook += "<sheets>";
    std::string rels =
        "<?xml version=\"1.0\"?><Relationships "
        "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "styles\" Target=\"styles.xml\"/>"
        "<Relationship Id=\"rT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "sharedStrings\" Target=\"sharedStrings.xml\"/>";
    Parts parts;
    for (std::size_t i = 0; i < book.sheets.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        workbook +=
            "<sheet name=\"" + book.sheets[i].first + "\" sheetId=\"" + n + "\" r:id=\"r" + n + "\"/>";
        rels += "<Relationship Id=\"r" + n +
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet" +
                n + ".xml\"/>";
        parts.push_back({"xl/worksheets/sheet" + n + ".xml",
                         "<?xml version=\"1.0\"?><worksheet "
                         "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
                             book.sheets[i].second + "</sheetData></worksheet>"});
    }
    workbook += "</sheets></workbook>";
    rels += "</Relationships>";
    std::string shared =
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const auto& s : book.shared) shared += "<si><t>" + s + "</t></si>";
    shared += "</sst>";
    const std::string styles =
        "<?xml version=\"1.0\"?><styleSheet "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/>"
        "<numFmt numFmtId=\"165\" formatCode=\"0 &quot;dage&quot;\"/></numFmts>"
        "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
        "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
        "<xf numFmtId=\"165\"/></cellXfs></styleSheet>";
    parts.push_back({"xl/workbook.xml", workbook});
    parts.push_back({"xl/_rels/workbook.xml.rels", rels});
    parts.push_back({"xl/sharedStrings.xml", shared});
    parts.push_back({"xl/styles.xml", styles});
    return parts;
}

inline std::string write_book(const std::string& name, const Book& book) {
    const std::string path = scratch_path(name);
    std::filesystem::remove(path);
    write_zip(path, workbook_parts(book));
    return path;
}

}  // namespace xlsx_test
