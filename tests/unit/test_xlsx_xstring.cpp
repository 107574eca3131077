// Excel's _xHHHH_ escapes in cell text (ECMA-376 part 1, ST_Xstring). The
// expected texts are written out by hand from the code points: U+000D is a
// carriage return, U+00E6 "æ" (C3 A6 in UTF-8), U+1F600 the surrogate pair
// D83D DE00 (F0 9F 98 80).

#include <string>

#include <doctest/doctest.h>

#include "readers/xlsx/workbook.hpp"
#include "readers/xlsx/xstring.hpp"
#include "xlsx_test_support.hpp"

namespace {

using ipskit::readers::xlsx::decode_xstring;

std::string decoded(std::string text) {
    decode_xstring(text);
    return text;
}

}  // namespace

TEST_CASE("readers::xlsx::decode_xstring") {
    SUBCASE("control characters and letters") {
        CHECK(decoded("Linje 1_x000D_\nLinje 2") == "Linje 1\r\nLinje 2");
        CHECK(decoded("a_x0009_b") == "a\tb");
        CHECK(decoded("k_x00E6_de") ==
              "k\xC3\xA6"
              "de");
        CHECK(decoded("k_x00e6_de") ==
              "k\xC3\xA6"
              "de");  // hex digits of either case
    }
    SUBCASE("an escaped underscore keeps a literal escape as typed") {
        CHECK(decoded("_x005F_x0041_") == "_x0041_");
        CHECK(decoded("_x005F_") == "_");
    }
    SUBCASE("text that only looks like an escape is left alone") {
        CHECK(decoded("plain text") == "plain text");
        CHECK(decoded("_x00_") == "_x00_");
        CHECK(decoded("_x00G1_") == "_x00G1_");
        CHECK(decoded("_X0041_") == "_X0041_");  // the x is lower case
        CHECK(decoded("_x0041") == "_x0041");
        CHECK(decoded("max_x") == "max_x");
    }
    SUBCASE("surrogates") {
        CHECK(decoded("_xD83D__xDE00_") == "\xF0\x9F\x98\x80");
        CHECK(decoded("_xD83D_x") == "\xEF\xBF\xBDx");  // a high surrogate alone is U+FFFD
        CHECK(decoded("_xDE00_") == "\xEF\xBF\xBD");
    }
}

TEST_CASE("readers::xlsx::Workbook _xHHHH_ escapes") {
    xlsx_test::Book book;
    book.shared = {"Linje 1_x000D_\nLinje 2", "_x005F_x0041_"};
    book.sheets = {{"Ark1",
                    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
                    "<c r=\"C1\" t=\"inlineStr\"><is><t>tab_x0009_her</t></is></c>"
                    "<c r=\"D1\" t=\"str\"><f>A1</f><v>x_x000D_y</v></c></row>"}};
    ipskit::readers::xlsx::Workbook workbook(xlsx_test::write_book("xstring.xlsx", book));
    auto sheet = workbook.sheet(0);
    ipskit::readers::xlsx::Row row;
    REQUIRE(sheet.next(row));
    REQUIRE(row.cells.size() == 4);
    CHECK(row.cells[0].text == "Linje 1\r\nLinje 2");
    CHECK(row.cells[1].text == "_x0041_");
    CHECK(row.cells[2].text == "tab\ther");
    CHECK(row.cells[3].text == "x\ry");
}
