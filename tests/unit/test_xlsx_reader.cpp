// The workbook reader on workbooks written part by part (xlsx_test_support),
// good and hostile. Expected dates are Python's: date(1899, 12, 30) +
// timedelta(serial) for 1900 serials from 61 on, date(1904, 1, 1) +
// timedelta(serial) for the 1904 system.

#include <cstdio>
#include <fstream>
#include <string>

#include <doctest/doctest.h>

#include "domain/date.hpp"
#include "readers/xlsx/workbook.hpp"
#include "xlsx_test_support.hpp"

namespace {

using namespace ipskit::readers::xlsx;
using xlsx_test::Book;
using xlsx_test::write_book;

std::string iso(double days) {
    return ipskit::civil_from_days(static_cast<int>(days)).to_iso();
}

std::vector<Row> read_rows(Workbook& book, std::size_t sheet) {
    std::vector<Row> rows;
    auto reader = book.sheet(sheet);
    for (Row row; reader.next(row);) rows.push_back(row);
    return rows;
}

}  // namespace

TEST_CASE("readers::xlsx::cell_reference") {
    CHECK(column_letters(1) == "A");
    CHECK(column_letters(26) == "Z");
    CHECK(column_letters(27) == "AA");
    CHECK(column_letters(16384) == "XFD");
    CHECK(cell_reference(4, 17) == "D17");
    CHECK(parse_reference("D17")->column == 4);
    CHECK(parse_reference("$AA$3")->row == 3);
    CHECK(parse_reference("XFD1048576")->column == 16384);
    CHECK_FALSE(parse_reference("XFE1"));
    CHECK_FALSE(parse_reference("D1048577"));
    CHECK_FALSE(parse_reference("17"));
}

TEST_CASE("readers::xlsx::is_date_format_code") {
    CHECK(is_builtin_date_format(14));
    CHECK(is_builtin_date_format(22));
    CHECK(is_builtin_date_format(47));
    CHECK_FALSE(is_builtin_date_format(2));
    CHECK(is_date_format_code("dd.mm.yyyy"));
    CHECK(is_date_format_code("[$-406]d\\. mmmm yyyy;@"));
    CHECK(is_date_format_code("h:mm"));
    CHECK_FALSE(is_date_format_code("General"));
    CHECK_FALSE(is_date_format_code("0 \"dage\""));
    CHECK_FALSE(is_date_format_code("[Red]0.00"));
    CHECK_FALSE(is_date_format_code("0\\d"));
    CHECK_FALSE(is_date_format_code("#,##0.00_);(#,##0.00)"));
}

TEST_CASE("readers::xlsx::days_from_serial") {
    SUBCASE("the 1900 system and its phantom 29 February") {
        CHECK(iso(*days_from_serial(1, false)) == "1900-01-01");
        CHECK(iso(*days_from_serial(59, false)) == "1900-02-28");
        CHECK_FALSE(days_from_serial(60, false));
        CHECK(iso(*days_from_serial(61, false)) == "1900-03-01");
        CHECK(iso(*days_from_serial(43831, false)) == "2020-01-01");
        CHECK(*days_from_serial(43831.75, false) == doctest::Approx(18262.75));
    }
    SUBCASE("the 1904 system") {
        CHECK(iso(*days_from_serial(0, true)) == "1904-01-01");
        CHECK(iso(*days_from_serial(42369, true)) == "2020-01-01");
    }
    SUBCASE("out of range") {
        CHECK_FALSE(days_from_serial(-1, false));
        CHECK_FALSE(days_from_serial(3e6, false));
    }
}

TEST_CASE("readers::xlsx::Workbook") {
    Book book;
    book.shared = {"forloeb_id", "Hjørring", "startdato"};
    book.sheets = {
        {"Forløb",
         "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
         "<row r=\"2\"/>"  // an empty row is left out
         "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>K-</t><r><t>1</t></r></is></c>"
         "<c r=\"B3\" t=\"s\"><v>1</v></c><c r=\"C3\" s=\"1\"><v>43831</v></c><c r=\"D3\" "
         "s=\"2\"><v>61</v></c>"
         "<c r=\"E3\" s=\"3\"><v>12</v></c><c r=\"F3\" t=\"b\"><v>1</v></c><c r=\"G3\" "
         "t=\"e\"><v>#N/A</v></c>"
         "<c r=\"H3\"><f>1+1</f><v>2</v></c><c r=\"I3\" t=\"str\"><f>A3</f><v>K-1</v></c>"
         "<c r=\"J3\" s=\"1\"><v>60</v></c><c r=\"K3\" s=\"1\"/></row>"
         "<row><c t=\"n\"><v>37.5</v></c><c><v>1E3</v></c></row>"},  // no r: the next row and column
        {"Noter", "<row r=\"2\"><c r=\"B2\" t=\"inlineStr\"><is><t>en note</t></is></c></row>"},
    };
    const std::string path = write_book("good.xlsx", book);
    Workbook workbook(path);
    CHECK(workbook.sheet_names() == std::vector<std::string>{"Forløb", "Noter"});
    CHECK(workbook.find_sheet("Noter") == 1);
    CHECK(workbook.find_sheet("1") == 0);

    const auto rows = read_rows(workbook, 0);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].number == 1);
    REQUIRE(rows[0].cells.size() == 3);
    CHECK(rows[0].cells[0].text == "forloeb_id");
    CHECK(rows[0].cells[1].kind == CellKind::empty);  // B1 is skipped
    const auto& c = rows[1].cells;
    CHECK(rows[1].number == 3);
    REQUIRE(c.size() == 10);  // K3 has a style but no value
    CHECK(c[0].text == "K-1");
    CHECK(c[1].text == "Hjørring");
    CHECK(c[2].kind == CellKind::date);
    CHECK(iso(c[2].number) == "2020-01-01");
    CHECK(iso(c[3].number) == "1900-03-01");
    CHECK(c[4].kind == CellKind::number);
    CHECK(c[4].number == 12);
    CHECK(c[5].kind == CellKind::boolean);
    CHECK(c[5].number == 1);
    CHECK(c[6].kind == CellKind::error);
    CHECK(c[6].text == "#N/A");
    CHECK(c[7].number == 2);
    CHECK(c[8].text == "K-1");
    CHECK(c[9].kind == CellKind::error);
    CHECK(c[9].text == "1900-02-29");
    CHECK(rows[2].number == 4);
    CHECK(rows[2].cells[0].number == 37.5);
    CHECK(rows[2].cells[1].number == 1000);

    const auto notes = read_rows(workbook, 1);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].cells[1].text == "en note");
}

TEST_CASE("readers::xlsx::Workbook 1904") {
    Book book;
    book.date1904 = true;
    book.sheets = {{"Ark1", "<row r=\"1\"><c r=\"A1\" s=\"1\"><v>42369</v></c></row>"}};
    Workbook workbook(write_book("1904.xlsx", book));
    CHECK(workbook.date1904());
    const auto rows = read_rows(workbook, 0);
    CHECK(iso(rows.at(0).cells.at(0).number) == "2020-01-01");
}

TEST_CASE("readers::xlsx::Workbook errors") {
    SUBCASE("a sheet that is not there") {
        Book book;
        book.sheets = {{"Forløb", ""}, {"Noter", ""}};
        const std::string path = write_book("sheets.xlsx", book);
        Workbook workbook(path);
        CHECK_THROWS_WITH_AS(
            workbook.find_sheet("3"),
            (path + ": error: the workbook has no sheet \"3\" — give --sheet one of \"Forløb\", "
                    "\"Noter\", or its number from 1 to 2")
                .c_str(),
            ipskit::util::Error);
    }
    SUBCASE("a shared string out of range") {
        Book book;
        book.shared = {"a"};
        book.sheets = {{"Forløb", "<row r=\"17\"><c r=\"D17\" t=\"s\"><v>7</v></c></row>"}};
        const std::string path = write_book("shared.xlsx", book);
        Workbook workbook(path);
        CHECK_THROWS_WITH_AS(
            read_rows(workbook, 0),
            (path + ":Forløb!D17: error: the cell refers to shared string 7, but the workbook has "
                    "1 — the workbook is damaged; save it again from Excel or LibreOffice")
                .c_str(),
            ipskit::util::Error);
    }
    SUBCASE("a DOCTYPE with entities") {
        Book book;
        auto parts = xlsx_test::workbook_parts(book);
        parts[0] = {
            "xl/workbook.xml",
            "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
            "\"&lol;&lol;&lol;&lol;\">]><workbook><sheets><sheet name=\"&lol2;\"/></sheets></workbook>"};
        const std::string path = xlsx_test::scratch_path("doctype.xlsx");
        std::remove(path.c_str());
        xlsx_test::write_zip(path, parts);
        CHECK_THROWS_WITH_AS(Workbook{path}, doctest::Contains("declares a DOCTYPE or entities"),
                             ipskit::util::Error);
    }
    SUBCASE("a zip bomb") {
        Book book;
        book.sheets = {{"Ark1", "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" +
                                    std::string(4 << 20, ' ') + "</t></is></c></row>"}};
        const std::string path = write_book("bomb.xlsx", book);
        WorkbookLimits limits;
        limits.max_cell_bytes = 64 << 20;
        limits.zip.ratio_checked_after = 1 << 20;
        limits.zip.max_ratio = 100;
        Workbook workbook(path, limits);
        CHECK_THROWS_WITH_AS(read_rows(workbook, 0), doctest::Contains("(a zip bomb?)"), ipskit::util::Error);
        limits.zip.max_ratio = 100000;
        limits.zip.max_entry_bytes = 2 << 20;
        Workbook small(path, limits);
        CHECK_THROWS_WITH_AS(read_rows(small, 0), doctest::Contains("inflates to more than 2 MB"),
                             ipskit::util::Error);
    }
    SUBCASE("an encrypted or .xls file, and a file that is no workbook") {
        const std::string path = xlsx_test::scratch_path("old.xls");
        std::ofstream(path, std::ios::binary) << std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) << "rest";
        CHECK_THROWS_WITH_AS(Workbook{path}, doctest::Contains("encrypted (password-protected) workbook"),
                             ipskit::util::Error);
        std::ofstream(path, std::ios::binary) << "case_id,start_date\n";
        CHECK_THROWS_WITH_AS(Workbook{path}, doctest::Contains("it is not a zip file"), ipskit::util::Error);
    }
    SUBCASE("a formula whose value was never computed") {
        // As openpyxl writes a formula: no value, so nothing to read.
        Book book;
        book.sheets = {{"Forløb",
                        "<row r=\"10\"><c r=\"J10\" t=\"str\"><f>\"\"</f><v></v></c>"
                        "<c r=\"K10\" s=\"1\"><f>G10+312</f><v></v></c></row>"}};
        const std::string path = write_book("uncomputed.xlsx", book);
        Workbook workbook(path);
        CHECK_THROWS_WITH_AS(read_rows(workbook, 0),
                             (path + ":Forløb!K10: error: the cell's formula has no value: the program that "
                                     "saved the workbook did not compute it — open the workbook in Excel or "
                                     "LibreOffice and save it, so that the formulas' values are stored")
                                 .c_str(),
                             ipskit::util::Error);
    }
    SUBCASE("XML that is not well formed") {
        Book book;
        book.sheets = {{"Ark1", "<row r=\"1\"><c r=\"A1\"><v>1</v></row>"}};
        Workbook workbook(write_book("broken.xlsx", book));
        CHECK_THROWS_WITH_AS(read_rows(workbook, 0),
                             doctest::Contains(":Ark1: error: the workbook's XML is damaged"),
                             ipskit::util::Error);
    }
}
