// A sheet read in pieces on several threads gives the rows, the errors and
// their places of the same sheet read in one stream, whatever the XML holds
// where a piece is cut. Pieces of a few bytes make every row a cut.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/xlsx/workbook.hpp"
#include "readers/xlsx/workbook_parts.hpp"
#include "readers/xlsx/zip_archive.hpp"
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
    SUBCASE("a comment across the first cut, holding a whole row") {
        // The sheet is inflated 256 KiB at a time, and the first read ends
        // inside the comment: the first piece ends in it, and the next one
        // starts with a row that is well formed on its own.
        std::string xml = kStart;
        int rows = 0;
        while (xml.size() < (256u << 10) - 1000) xml += numbered_rows(rows + 1, rows + 1), ++rows;
        xml += "<!-- <row r=\"9999\"><c r=\"A9999\"><v>1</v></c></row> " + std::string(4000, 'x') + " -->";
        check_same_in_pieces(book_with_sheet(xml + numbered_rows(rows + 1, rows + 20) + kEnd), rows + 20);
    }
    SUBCASE("long stretches without a row: a piece grows and is cut after them") {
        // Each stretch is longer than two reads of 256 KiB, so a piece is
        // searched for a row several times before it finds one; a cut
        // inside a stretch (a comment) would send the sheet to one stream.
        const std::string stretch = "<!--" + std::string(600u << 10, 'x') + "-->";
        check_same_in_pieces(book_with_sheet(kStart + numbered_rows(1, 5) + stretch + numbered_rows(6, 10) +
                                             stretch + "\n" + numbered_rows(11, 15) + kEnd),
                             15, true);
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

namespace {

// The shared strings read in pieces of `piece_bytes` against one stream:
// the same strings, or the same error.
std::string shared_strings_shown(const std::string& xml, std::uint64_t pieces_from, std::size_t piece_bytes,
                                 SharedStringLimits limits = {}) {
    const std::string path = xlsx_test::scratch_path("strings.zip");
    std::filesystem::remove(path);
    xlsx_test::write_zip(path, {{"xl/sharedStrings.xml", xml}});
    ZipArchive zip(path, "strings.zip");
    std::string shown;
    try {
        const SharedStrings strings =
            read_shared_strings(zip, "xl/sharedStrings.xml", limits, pieces_from, piece_bytes);
        for (std::size_t i = 0; i < strings.size(); ++i) shown.append(strings.at(i)).append("|");
    } catch (const ipskit::util::Error& e) {
        shown += e.what();
    }
    return shown;
}

void check_strings_in_pieces(const std::string& xml, SharedStringLimits limits = {}) {
    const std::string whole = shared_strings_shown(xml, UINT64_MAX, 1 << 18, limits);
    for (const std::size_t piece : {1, 1000, 1 << 18}) {
        CAPTURE(piece);
        CHECK(shared_strings_shown(xml, 0, piece, limits) == whole);
    }
}

// More than 256 KiB of strings, so that the part is inflated in several reads.
std::string many_strings(int count) {
    std::string xml;
    for (int i = 0; i < count; ++i)
        xml += "<si><t>tekst " + std::to_string(i) +
               " æøå</t></si><si><r><t>a</t></r><r><t xml:space=\"preserve\"> "
               "b</t></r><rPh><t>x</t></rPh></si>";
    return xml;
}

const std::string kSst =
    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\" uniqueCount=\"9\">";

}  // namespace

TEST_CASE("readers::xlsx shared strings in pieces read as in one stream") {
    SUBCASE("plain strings, rich text and phonetic readings") {
        const std::string xml = kSst + many_strings(3000) + "</sst>";
        check_strings_in_pieces(xml);
        CHECK(shared_strings_shown(xml, 0, 1000).substr(0, 19) == "tekst 0 æøå|a b|");
    }
    SUBCASE("escapes and a comment across the first read, holding a whole string") {
        std::string xml = kSst;
        while (xml.size() < (256u << 10) - 1000) xml += many_strings(1);
        xml += "<!-- <si><t>not a string</t></si> " + std::string(70000, 'x') + " -->";
        xml += "<si><t>Jensen &amp; Co</t></si>" + many_strings(1000) + "</sst>";
        check_strings_in_pieces(xml);
        CHECK(shared_strings_shown(xml, 0, 1000).find("not a string") == std::string::npos);
    }
    SUBCASE("damage and the limit: the one stream's error") {
        std::string damaged = kSst + many_strings(3000) + "</sst>";
        damaged.replace(damaged.find("</t>", 200000), 4, "</x>");
        check_strings_in_pieces(damaged);
        CHECK(shared_strings_shown(damaged, 0, 1000).find("damaged") != std::string::npos);
        SharedStringLimits small;
        small.max_bytes = 100000;
        check_strings_in_pieces(kSst + many_strings(3000) + "</sst>", small);
    }
}
