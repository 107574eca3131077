#include <cstdio>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/csv/field_parsers.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

using ipskit::Date;
using ipskit::readers::csv::parse_any_date;
using ipskit::readers::csv::parse_date;
using ipskit::readers::csv::parse_number;
using ipskit::readers::csv::parse_yes_no;

namespace {

// The problem of a cell that must not read, as "what — fix".
template <typename T>
std::string problem_of(const ipskit::readers::csv::Parsed<T>& parsed) {
    REQUIRE_FALSE(parsed.ok());
    CHECK_FALSE(parsed.value.has_value());
    return parsed.problem->what + " — " + parsed.problem->fix;
}

}  // namespace

TEST_CASE("csv::parse_date") {
    SUBCASE("the four formats, day first") {
        CHECK(parse_date("2020-02-29").value == Date{2020, 2, 29});
        CHECK(parse_date("29-02-2020").value == Date{2020, 2, 29});
        CHECK(parse_date("29.02.2020").value == Date{2020, 2, 29});
        CHECK(parse_date("29/02/2020").value == Date{2020, 2, 29});
        CHECK(parse_date("03-04-2021").value == Date{2021, 4, 3});
    }
    SUBCASE("one-digit day and month, as Excel writes them") {
        CHECK(parse_date("1.2.2020").value == Date{2020, 2, 1});
        CHECK(parse_date("1-12-2020").value == Date{2020, 12, 1});
        CHECK(parse_date("2020-2-1").value == Date{2020, 2, 1});
    }
    SUBCASE("a time part is dropped") {
        CHECK(parse_date("2020-02-01 00:00:00").value == Date{2020, 2, 1});
        CHECK(parse_date("2020-02-01T00:00:00").value == Date{2020, 2, 1});
        CHECK(parse_date("01-02-2020 00:00").value == Date{2020, 2, 1});
        CHECK(parse_date("1.2.2020 14:30:15.250").value == Date{2020, 2, 1});
        CHECK_FALSE(parse_date("2020-02-01 25:00").ok());
        CHECK_FALSE(parse_date("2020-02-01 noon").ok());
    }
    SUBCASE("surrounding spaces; an empty cell is not given") {
        CHECK(parse_date("  2020-02-01\t").value == Date{2020, 2, 1});
        const auto empty = parse_date("   ");
        CHECK(empty.ok());
        CHECK_FALSE(empty.value.has_value());
    }
    SUBCASE("impossible dates") {
        CHECK(problem_of(parse_date("31-02-2020")) ==
              "31-02-2020 is not a date (February 2020 has 29 days) — correct the date");
        CHECK(problem_of(parse_date("29.02.2021")) ==
              "29.02.2021 is not a date (February 2021 has 28 days) — correct the date");
        CHECK(problem_of(parse_date("2020-04-31")) ==
              "2020-04-31 is not a date (April 2020 has 30 days) — correct the date");
        CHECK(problem_of(parse_date("00-01-2020")) ==
              "00-01-2020 is not a date (there is no day 0) — correct the date");
        CHECK(problem_of(parse_date("2020-13-01")) ==
              "2020-13-01 is not a date (there is no month 13) — correct the date");
        CHECK(problem_of(parse_date("12/31/2020")) ==
              "12/31/2020 is not a date (there is no month 31) — dates are read day first, as in Denmark; "
              "was it "
              "written month first?");
        CHECK(problem_of(parse_date("31-02-2020 00:00:00")) ==
              "31-02-2020 is not a date (February 2020 has 29 days) — correct the date");
    }
    SUBCASE("text that is no date") {
        const char* const formats = " — write dates as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY";
        CHECK(problem_of(parse_date("soon")) == std::string("\"soon\" is not a date") + formats);
        CHECK(problem_of(parse_date("2020-02")) == std::string("\"2020-02\" is not a date") + formats);
        CHECK(problem_of(parse_date("01-02.2020")) == std::string("\"01-02.2020\" is not a date") + formats);
        CHECK(problem_of(parse_date("2020 02 01")) == std::string("\"2020 02 01\" is not a date") + formats);
        CHECK(problem_of(parse_date("123-01-2020")) ==
              std::string("\"123-01-2020\" is not a date") + formats);
        CHECK(problem_of(parse_date("01-02-20201")) ==
              std::string("\"01-02-20201\" is not a date") + formats);
        CHECK(problem_of(parse_date("1-2-20")) ==
              "\"1-2-20\" has no four-digit year — write the year with four digits, e.g. 01-02-2020");
        CHECK(
            problem_of(parse_date("43891")) ==
            "\"43891\" is not a date — this looks like an Excel date number: format the column as a date in "
            "Excel before saving the CSV");
    }
}

namespace {

// A date written in one of the four fixed-width forms: 0 = YYYY-MM-DD,
// 1..3 = DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY. Parts out of range are written
// as they are ("00-13-2020"), to make impossible dates.
std::string write_date(int year, int month, int day, int form) {
    char text[32];
    if (form == 0)
        std::snprintf(text, sizeof text, "%04d-%02d-%02d", year, month, day);
    else
        std::snprintf(text, sizeof text, "%02d%c%02d%c%04d", day, "-./"[form - 1], month, "-./"[form - 1],
                      year);
    return text;
}

// parse_date with its shortcut must read `text` exactly as the general
// parser does: the same date, or the same problem.
bool same_as_general_parser(const std::string& text) {
    const auto fast = parse_date(text);
    const std::string_view trimmed = ipskit::readers::csv::trim(text);
    if (trimmed.empty()) return fast.ok() && !fast.value;
    const auto general = parse_any_date(trimmed);
    if (fast.value != general.value || fast.problem.has_value() != general.problem.has_value()) return false;
    return !fast.problem ||
           (fast.problem->what == general.problem->what && fast.problem->fix == general.problem->fix);
}

}  // namespace

TEST_CASE("csv::read_common_date agrees with the general date parser") {
    // The years around 1900 and 2155 are where the reader's table of years ends.
    SUBCASE("every day from 1890 to 2160 in each fixed-width form") {
        int read = 0, failed = 0;
        for (int days = ipskit::days_from_civil(1890, 1, 1); days <= ipskit::days_from_civil(2160, 12, 31);
             ++days) {
            const Date date = ipskit::civil_from_days(days);
            for (int form = 0; form < 4; ++form) {
                const std::string text = write_date(date.year, date.month, date.day, form);
                const auto common = ipskit::readers::csv::read_common_date(text);
                if (common && common->date == date && common->day_number == days) ++read;
                if (!same_as_general_parser(text) && failed++ < 5) FAIL_CHECK(text);
            }
        }
        CHECK(read == 4 * (ipskit::days_from_civil(2160, 12, 31) - ipskit::days_from_civil(1890, 1, 1) + 1));
        CHECK(failed == 0);
    }
    SUBCASE("impossible days and months, in leap and common years") {
        int failed = 0;
        for (int year : {1899, 1900, 1999, 2000, 2019, 2020, 2100, 2155, 2156, 2157, 9999, 0})
            for (int month = 0; month <= 19; ++month)
                for (int day = 0; day <= 39; ++day)
                    for (int form = 0; form < 4; ++form) {
                        const std::string text = write_date(year, month, day, form);
                        if (!same_as_general_parser(text) && failed++ < 5) FAIL_CHECK(text);
                    }
        CHECK(failed == 0);
    }
    SUBCASE("near misses: one character changed, dropped or added") {
        const std::vector<std::string> seeds = {"2020-02-29", "29-02-2020", "29.02.2020", "29/02/2020",
                                                "2021-12-31", "31-12-2021", "01.01.1900", "1-1-2020"};
        const std::string replacements = "0129-./: aT\t:/\x80";
        int failed = 0;
        for (const std::string& seed : seeds) {
            for (std::size_t at = 0; at <= seed.size(); ++at) {
                std::vector<std::string> variants;
                for (char c : replacements) {
                    variants.push_back(seed.substr(0, at) + c + seed.substr(at));  // added
                    if (at < seed.size()) {
                        std::string changed = seed;
                        changed[at] = c;
                        variants.push_back(changed);
                    }
                }
                if (at < seed.size())
                    variants.push_back(seed.substr(0, at) + seed.substr(at + 1));  // dropped
                for (const std::string& text : variants)
                    if (!same_as_general_parser(text) && failed++ < 5) FAIL_CHECK(text);
            }
        }
        CHECK(failed == 0);
    }
    SUBCASE("letters, spaces and lengths around ten") {
        int failed = 0;
        for (const char* text : {"",           " ",           "abcdefghij",  "2020-02-2x", "x020-02-20",
                                 "2020_02_20", "20-02-2020 ", " 20-02-2020", "2020-0229",  "2020--0229",
                                 "20200229",   "202002-29",   "20-022020",   "20.02-2020", "20/02.2020",
                                 "2020.02.29", "2020/02/29",  "-2020-02-2",  "+020-02-29", "2020-+2-29",
                                 "2020-02-+9", "20-02--020"})
            if (!same_as_general_parser(text) && failed++ < 5) FAIL_CHECK(text);
        CHECK(failed == 0);
    }
}

TEST_CASE("csv::parse_number") {
    CHECK(parse_number("37").value == 37.0);
    CHECK(parse_number("37,5").value == 37.5);
    CHECK(parse_number("37.5").value == 37.5);
    CHECK(parse_number(" -2,25 ").value == -2.25);
    CHECK(parse_number("+4").value == 4.0);
    CHECK(parse_number(",5").value == 0.5);
    CHECK(parse_number("5,").value == 5.0);
    CHECK(parse_number("1,5E+03").value == 1500.0);
    CHECK(parse_number("2e-1").value == doctest::Approx(0.2));

    SUBCASE("a single mark is the decimal mark") {
        CHECK(parse_number("1.234").value == doctest::Approx(1.234));
        CHECK(parse_number("1,234").value == doctest::Approx(1.234));
    }
    SUBCASE("thousands separators where they cannot be the decimal mark") {
        CHECK(parse_number("1.234,5").value == 1234.5);
        CHECK(parse_number("1,234.5").value == 1234.5);
        CHECK(parse_number("1.234.567").value == 1234567.0);
        CHECK(parse_number("12.345.678,25").value == 12345678.25);
        CHECK_FALSE(parse_number("1.23.456").ok());
        CHECK_FALSE(parse_number("1.2345.678").ok());
        CHECK_FALSE(parse_number("1234.567,8").ok());
        CHECK_FALSE(parse_number("1,234.5,6").ok());
        CHECK_FALSE(parse_number("1.234.56").ok());
    }
    SUBCASE("an empty cell is not given") {
        CHECK(parse_number("").ok());
        CHECK_FALSE(parse_number(" ").value.has_value());
    }
    SUBCASE("text that is no number") {
        CHECK(problem_of(parse_number("37 timer")) ==
              "\"37 timer\" is not a number — write numbers like 37,5 or 37.5");
        CHECK_FALSE(parse_number("-").ok());
        CHECK_FALSE(parse_number(",").ok());
        CHECK_FALSE(parse_number("1e").ok());
        CHECK_FALSE(parse_number("inf").ok());
        CHECK_FALSE(parse_number("nan").ok());
        CHECK_FALSE(parse_number("0x10").ok());
        CHECK_FALSE(parse_number("--1").ok());
        CHECK_FALSE(parse_number(std::string(100, '1')).ok());
    }
}

TEST_CASE("csv::parse_yes_no") {
    for (const char* yes : {"yes", "Yes", "JA", "ja", "y", "J", "true", "TRUE", "SAND", "1", " ja "})
        CHECK(parse_yes_no(yes).value == true);
    for (const char* no : {"no", "NO", "nej", "Nej", "n", "N", "false", "FALSK", "0", "\tnej"})
        CHECK(parse_yes_no(no).value == false);
    CHECK(parse_yes_no("").ok());
    CHECK_FALSE(parse_yes_no("").value.has_value());
    CHECK(problem_of(parse_yes_no("måske")) ==
          "\"måske\" is not yes or no — write yes/no, ja/nej, y/n, j/n, true/false or 1/0");
    CHECK_FALSE(parse_yes_no("yess").ok());
    CHECK_FALSE(parse_yes_no("2").ok());
    for (const char* other : {"x", "ne", "nejj", "falske", "sandt", "a long answer"})
        CHECK_FALSE(parse_yes_no(other).ok());
}

TEST_CASE("csv::to_diagnostic") {
    const auto parsed = parse_date("31-02-2020");
    const auto d = ipskit::readers::csv::to_diagnostic(
        *parsed.problem, ipskit::util::Location{"cases.csv", 7, 3}, "Startdato");
    CHECK(
        ipskit::util::format_diagnostic(d) ==
        "cases.csv:7:3: error: column \"Startdato\": 31-02-2020 is not a date (February 2020 has 29 days) — "
        "correct the date");

    SUBCASE("a long cell is cut short in messages") {
        const auto long_text = parse_number(std::string(39, 'x') + "æøå");
        CHECK(long_text.problem->what == "\"" + std::string(39, 'x') + "…\" is not a number");
    }
}

TEST_CASE("csv::field parsers let a reader gather every error of a file") {
    using ipskit::readers::csv::CsvReader;
    CsvReader reader = CsvReader::from_text(
        "Forløb ID;Startdato;Timer;Efterværn\r\n"
        "F1;01-02-2020;37,5;ja\r\n"
        "F2;31-02-2020;;nej\r\n"
        "F3;\"2020-03-01\";mange;\r\n"
        "F4;2020-03-01;1;2;3;4\r\n"
        "F5;2020-03-01;1;måske\r\n",
        "cases.csv");
    const ipskit::readers::csv::ColumnResolver columns({{"case_id", {"forloeb_id"}, true},
                                                        {"start_date", {"startdato"}, true},
                                                        {"hours", {"timer"}, false},
                                                        {"aftercare", {"efterværn"}, false}},
                                                       reader.header(), reader.header_location());
    const std::size_t start = *columns.index(1), hours = *columns.index(2), aftercare = *columns.index(3);

    ipskit::util::ErrorCollector errors;
    double total_hours = 0;
    ipskit::readers::csv::CsvRecord record;
    for (;;) {
        try {
            if (!reader.next(record)) break;
        } catch (const ipskit::util::Error& e) {
            errors.add_all(e);  // a row with too many fields: the reader goes on
            continue;
        }
        auto check = [&](const auto& parsed, std::size_t column) {
            if (!parsed.ok())
                errors.add(ipskit::readers::csv::to_diagnostic(
                    *parsed.problem, reader.location(record, column), reader.header()[column]));
        };
        check(parse_date(record.fields[start]), start);
        const auto h = parse_number(record.fields[hours]);
        check(h, hours);
        total_hours += h.value.value_or(0);
        check(parse_yes_no(record.fields[aftercare]), aftercare);
    }
    CHECK(total_hours == 38.5);
    CHECK(errors.count() == 4);
    CHECK_THROWS_WITH_AS(
        errors.throw_if_any(),
        "cases.csv:3:2: error: column \"Startdato\": 31-02-2020 is not a date (February 2020 has 29 days) — "
        "correct the date\n"
        "cases.csv:4:3: error: column \"Timer\": \"mange\" is not a number — write numbers like 37,5 or "
        "37.5\n"
        "cases.csv:5:5: error: row has 6 fields but the header has 4 — check the delimiter or quoting\n"
        "cases.csv:6:4: error: column \"Efterværn\": \"måske\" is not yes or no — write yes/no, ja/nej, y/n, "
        "j/n, "
        "true/false or 1/0",
        ipskit::util::Error);
}
