// Case extracts read from a workbook (readers::cases::read_workbook_cases
// through read_cases): the title row passed over, --header-row, and places
// named FILE:SHEET!CELL, word for word.

#include <string>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "domain/date.hpp"
#include "readers/cases/reader.hpp"
#include "xlsx_test_support.hpp"

namespace {

using ipskit::readers::cases::CasesReadOptions;
using xlsx_test::Book;

// Row `number` of inline strings, one per column from A.
std::string text_row(int number, const std::vector<std::string>& cells) {
    std::string xml = "<row r=\"" + std::to_string(number) + "\">";
    for (const auto& cell : cells) xml += "<c t=\"inlineStr\"><is><t>" + cell + "</t></is></c>";
    return xml + "</row>";
}

long read_courses(const std::string& path, const CasesReadOptions& options) {
    long courses = 0;
    ipskit::readers::cases::read_cases(
        path, options, [&](const ipskit::outcomes::Case&) { ++courses; }, [](const std::string&) {});
    return courses;
}

}  // namespace

TEST_CASE("readers::cases::read_workbook_cases") {
    Book book;
    book.sheets = {
        {"Forløb", text_row(1, {"Udtræk fra fagsystemet"}) +
                       text_row(3, {"forløb_id", "startdato", "slutdato", "resultat"}) +
                       text_row(4, {"K1", "02-01-2020", "", ""}) +
                       "<row r=\"5\"><c t=\"inlineStr\"><is><t>K2</t></is></c><c s=\"1\"><v>43831</v></c>"
                       "<c s=\"2\"><v>43800</v></c><c t=\"inlineStr\"><is><t>job</t></is></c></row>"}};
    const std::string path = xlsx_test::write_book("cases.xlsx", book);
    CasesReadOptions options;

    SUBCASE("a title row is passed over; a date cell before the start is placed by its cell") {
        CHECK_THROWS_WITH_AS(
            read_courses(path, options),
            (path + ":Forløb!C5: error: end_date 2019-12-01 is before start_date 2020-01-01 — "
                    "correct the dates: end_date may not lie before start_date")
                .c_str(),
            ipskit::util::Error);
    }
    SUBCASE("--header-row names the header") {
        options.header_row = 1;
        CHECK_THROWS_WITH_AS(
            read_courses(path, options),
            doctest::Contains((path + ":Forløb!A1: error: required column \"case_id\" is missing").c_str()),
            ipskit::util::Error);
    }
    SUBCASE("--keep-going leaves the bad row out") {
        options.keep_going = true;
        CHECK(read_courses(path, options) == 1);
    }
}

// Days 4096 apart share a slot in the reader's store of day texts; each cell
// must still read as its own day, in whatever order they come.
TEST_CASE("readers::cases::read_workbook_cases: date cells 4096 days apart") {
    const auto date_row = [](int number, const std::string& id, int start, int end) {
        return "<row r=\"" + std::to_string(number) + "\"><c t=\"inlineStr\"><is><t>" + id +
               "</t></is></c><c s=\"1\"><v>" + std::to_string(start) + "</v></c><c s=\"1\"><v>" +
               std::to_string(end) + "</v></c><c t=\"inlineStr\"><is><t>job</t></is></c></row>";
    };
    Book book;
    book.sheets = {{"Forløb", text_row(1, {"forløb_id", "startdato", "slutdato", "resultat"}) +
                                  date_row(2, "K1", 39735, 43831) + date_row(3, "K2", 43831 - 1, 43831) +
                                  date_row(4, "K3", 39735, 39735 + 30)}};
    const std::string path = xlsx_test::write_book("days.xlsx", book);
    std::vector<std::pair<int, int>> days;
    ipskit::readers::cases::read_cases(
        path, CasesReadOptions{},
        [&](const ipskit::outcomes::Case& c) { days.emplace_back(c.start, c.end.value_or(-1)); },
        [](const std::string&) {});
    using ipskit::days_from_civil;
    const std::vector<std::pair<int, int>> expected{
        {days_from_civil(2008, 10, 14), days_from_civil(2020, 1, 1)},
        {days_from_civil(2019, 12, 31), days_from_civil(2020, 1, 1)},
        {days_from_civil(2008, 10, 14), days_from_civil(2008, 11, 13)}};
    CHECK(days == expected);
}
