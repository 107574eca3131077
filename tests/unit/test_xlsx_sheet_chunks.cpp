// A sheet read in pieces on several threads gives the rows, the errors and
// their places of the same sheet read in one stream, whatever the XML holds
// where a piece is cut. Pieces of a few bytes make every row a cut.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/xlsx/workbook.hpp"
#include "util/error.hpp"
#include "xlsx_test_support.hpp"

namespace {

using namespace ipskit::readers::xlsx;

struct Reading {
    std::vector<Row> rows;
    std::string error;  // what the reader threw after the rows, if anything
    bool in_one_stream = false;
};

Reading read_all(const std::string& path, WorkbookLimits limits) {
    Reading reading;
    Workbook book(path, limits);
    try {
        auto sheet = book.sheet(0);
        for (Row row; sheet.next(row);) reading.rows.push_back(row);
        reading.in_one_stream = sheet.in_one_stream();
    } catch (const ipskit::util::Error& e) {
        reading.error = e.what();
    }
    return reading;
}

WorkbookLimits in_pieces(std::size_t piece_bytes) {
    WorkbookLimits limits;
    limits.parse_threads = 2;
    limits.parallel_from_bytes = 0;
    limits.piece_bytes = piece_bytes;
    return limits;
}

// The cells as one line of text, to compare and to show when they differ.
std::string shown(const Reading& reading) {
    std::string text;
    for (const auto& row : reading.rows) {
        text += std::to_string(row.number) + ":";
        for (const auto& cell : row.cells)
            text += std::to_string(static_cast<int>(cell.kind)) + "=" + cell.text + "/" +
                    std::to_string(cell.number) + ";";
        text += "\n";
    }
    return text + reading.error;
}

// Checks that every piece size reads the sheet as one stream does, and
// whether the pieces were kept to the end.
void check_same_in_pieces(const xlsx_test::Parts& parts, std::size_t expected_rows, bool kept = false) {
    const std::string path = xlsx_test::scratch_path("pieces.xlsx");
    std::filesystem::remove(path);
    xlsx_test::write_zip(path, parts);
    const Reading whole = read_all(path, WorkbookLimits{});
    CHECK(whole.rows.size() == expected_rows);
    for (const std::size_t piece : {1, 7, 40, 200, 1 << 20}) {
        CAPTURE(piece);
        const Reading pieces = read_all(path, in_pieces(piece));
        CHECK(shown(pieces) == shown(whole));
        if (kept) CHECK_FALSE(pieces.in_one_stream);
    }
    CHECK((whole.in_one_stream || !whole.error.empty()));  // an error leaves no reader to ask
}

std::string numbered_rows(int first, int last) {
    std::string xml;
    for (int r = first; r <= last; ++r) {
        const std::string n = std::to_string(r);
        xml += "<row r=\"" + n + "\"><c r=\"A" + n + "\" t=\"s\"><v>" + std::to_string(r % 3) +
               "</v></c><c r=\"C" + n + "\" s=\"1\"><v>" + std::to_string(43831 + r) + "</v></c><c r=\"D" +
               n + "\" t=\"inlineStr\"><is><t>tekst " + n + " æøå</t></is></c></row>";
    }
    return xml;
}

xlsx_test::Parts book_with_sheet(const std::string& sheet_part) {
    xlsx_test::Book book;
    book.shared = {"Hjørring", "Brønderslev", "Frederikshavn"};
    book.sheets = {{"Forløb", ""}};
    auto parts = xlsx_test::workbook_parts(book);
    parts[0].second = sheet_part;
    return parts;
}

const std::string kStart =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<dimension ref=\"A1:D60\"/><sheetData>";
const std::string kEnd = "</sheetData><pageMargins left=\"0.7\"/></worksheet>";

}  // namespace

TEST_CASE("readers::xlsx::SheetReader in pieces") {
    SUBCASE("plain rows, with empty rows and whitespace between them") {
        check_same_in_pieces(book_with_sheet(kStart + numbered_rows(1, 20) + "<row r=\"21\"/>\n  " +
                                             numbered_rows(22, 60) + kEnd),
                             59, true);
    }
    SUBCASE("prefixed names, as some programs write them") {
        std::string rows = numbered_rows(1, 30);
        for (const std::string tag : {"row", "c", "v", "is", "t"}) {
            std::string::size_type at = 0;
            while ((at = rows.find("<" + tag, at)) != std::string::npos) rows.replace(at, 1, "<x:"), at += 3;
            at = 0;
            while ((at = rows.find("</" + tag + ">", at)) != std::string::npos)
                rows.replace(at, 2, "</x:"), at += 4;
        }
        check_same_in_pieces(
            book_with_sheet(
                "<?xml version=\"1.0\"?><x:worksheet "
                "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>" +
                rows + "</x:sheetData></x:worksheet>"),
            30, true);
    }
    SUBCASE("a comment and CDATA that hold \"<row\", where a cut is no row's start") {
        check_same_in_pieces(
            book_with_sheet(kStart + numbered_rows(1, 10) +
                            "<!-- <row r=\"99\"><c r=\"A99\"><v>1</v></c></row> -->" + numbered_rows(11, 20) +
                            "<row r=\"21\"><c r=\"A21\" t=\"inlineStr\"><is><t><![CDATA[a "
                            "<row r=\"98\"> b]]></t></is></c></row>" +
                            numbered_rows(22, 30) + kEnd),
            30);
    }
    SUBCASE("rows without their number count on from the row before") {
        std::string rows = numbered_rows(1, 20);
        const auto at = rows.find("<row r=\"12\">");
        rows.replace(at, 12, "<row>");
        check_same_in_pieces(book_with_sheet(kStart + rows + kEnd), 20);
    }
    SUBCASE("a sheet in another encoding than UTF-8") {
        std::string latin1 = numbered_rows(1, 15);
        for (std::string::size_type at = 0; (at = latin1.find("\xC3\xA6", at)) != std::string::npos;)
            latin1.replace(at, 2, "\xE6");  // æ in ISO-8859-1
        for (std::string::size_type at = 0; (at = latin1.find("\xC3\xB8", at)) != std::string::npos;)
            latin1.replace(at, 2, "\xF8");
        for (std::string::size_type at = 0; (at = latin1.find("\xC3\xA5", at)) != std::string::npos;)
            latin1.replace(at, 2, "\xE5");
        std::string start = kStart;
        start.replace(start.find("UTF-8"), 5, "ISO-8859-1");
        const auto parts = book_with_sheet(start + latin1 + kEnd);
        check_same_in_pieces(parts, 15);
        const std::string path = xlsx_test::scratch_path("pieces.xlsx");
        CHECK(read_all(path, in_pieces(40)).rows[3].cells[3].text == "tekst 4 æøå");
    }
    SUBCASE("an error in a later row: the rows before it, then the same error") {
        std::string rows = numbered_rows(1, 40);
        const auto at = rows.find("<v>", rows.find("<row r=\"33\">"));
        rows.replace(at, 4, "<v>7");  // shared string 7 of 3
        check_same_in_pieces(book_with_sheet(kStart + rows + kEnd), 32);
        CHECK(read_all(xlsx_test::scratch_path("pieces.xlsx"), in_pieces(40)).error.find("Forløb!A33") !=
              std::string::npos);
    }
    SUBCASE("XML damaged after some rows") {
        std::string rows = numbered_rows(1, 40);
        rows.replace(rows.find("</c>", rows.find("<row r=\"25\">")), 4, "</d>");
        check_same_in_pieces(book_with_sheet(kStart + rows + kEnd), 24);
    }
    SUBCASE("a sheet that ends early") {
        check_same_in_pieces(book_with_sheet(kStart + numbered_rows(1, 25) + "<row r=\"26\"><c r=\"A26\""),
                             25);
    }
    SUBCASE("a row longer than a piece") {
        std::string long_row = "<row r=\"5\">";
        for (int column = 1; column <= 200; ++column)
            long_row += "<c t=\"inlineStr\"><is><t>celle " + std::to_string(column) + "</t></is></c>";
        long_row += "</row>";
        check_same_in_pieces(
            book_with_sheet(kStart + numbered_rows(1, 4) + long_row + numbered_rows(6, 9) + kEnd), 9, true);
    }
}
