#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

#include <doctest/doctest.h>

#include "csv_test_support.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

using csv_test::Fields;
using csv_test::read_all;
using csv_test::read_with;
using csv_test::Row;
using csv_test::Table;
using ipskit::readers::csv::CsvOptions;
using ipskit::readers::csv::CsvReader;
using ipskit::readers::csv::CsvRecord;

TEST_CASE("csv::CsvReader reads header and rows") {
    const Table t = read_all("id,name,hours\n1,Anna,37.5\n2,Bo,20\n");
    CHECK(t.delimiter == ',');
    CHECK(t.header == Fields{"id", "name", "hours"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == Row{2, {"1", "Anna", "37.5"}});
    CHECK(t.rows[1] == Row{3, {"2", "Bo", "20"}});
}

TEST_CASE("csv::CsvReader line endings") {
    const std::vector<Row> expected{{2, {"1", "a"}}, {3, {"2", "b"}}};
    SUBCASE("CRLF") {
        CHECK(read_all("id;x\r\n1;a\r\n2;b\r\n").rows == expected);
    }
    SUBCASE("LF without a final line break") {
        CHECK(read_all("id;x\n1;a\n2;b").rows == expected);
    }
    SUBCASE("CRLF without a final line break") {
        CHECK(read_all("id;x\r\n1;a\r\n2;b").rows == expected);
    }
    SUBCASE("old Mac CR") {
        CHECK(read_all("id;x\r1;a\r2;b\r").rows == expected);
    }
    SUBCASE("a final empty field") {
        CHECK(read_all("id;x\n1;a\n2;").rows.back() == Row{3, {"2", ""}});
    }
}

TEST_CASE("csv::CsvReader skips blank lines but counts them") {
    const Table t = read_all("\r\n\nid;x\r\n\r\n1;a\n\n\n2;b\n;\n;;\n\"\";\n3;c\n\n");
    CHECK(t.header == Fields{"id", "x"});
    CHECK(t.rows == std::vector<Row>{{5, {"1", "a"}}, {8, {"2", "b"}}, {12, {"3", "c"}}});
}

TEST_CASE("csv::CsvReader quoting") {
    SUBCASE("delimiters, quotes and line breaks inside quotes") {
        const Table t = read_all(
            "id;note;x\r\n"
            "1;\"a;b\";\"say \"\"hi\"\"\"\r\n"
            "2;\"two\r\nlines\";\"\"\"\"\r\n"
            "3;\"three\nlines\n\";\"\"\r\n"
            "4;\"\";end\r\n");
        REQUIRE(t.rows.size() == 4);
        CHECK(t.rows[0] == Row{2, {"1", "a;b", "say \"hi\""}});
        CHECK(t.rows[1] == Row{3, {"2", "two\r\nlines", "\""}});
        CHECK(t.rows[2] == Row{5, {"3", "three\nlines\n", ""}});
        CHECK(t.rows[3] == Row{8, {"4", "", "end"}});
    }
    SUBCASE("a quote inside an unquoted field is kept as text") {
        CHECK(read_all("id,size\n1,12\" pipe\n").rows[0] == Row{2, {"1", "12\" pipe"}});
    }
    SUBCASE("a quoted header") {
        CHECK(read_all("\"case id\";\"site;team\"\n1;2\n").header == Fields{"case id", "site;team"});
    }
    SUBCASE("text after the closing quote") {
        CHECK_THROWS_WITH_AS(read_all("id;name\n1;\"Anna\" B\n"),
                             "in.csv:2:2: error: text after the closing quote in column \"name\" — "
                             "write a quote inside a quoted field as two quotes (\"\")",
                             ipskit::util::Error);
    }
    SUBCASE("a quote never closed is reported where it opened") {
        CHECK_THROWS_WITH_AS(read_all("id;note\n1;ok\n2;\"open\n3;x\n4;y\n"),
                             "in.csv:3:2: error: quoted field in column \"note\" is never closed — "
                             "add the closing quote (\") or remove the opening one",
                             ipskit::util::Error);
    }
}

TEST_CASE("csv::CsvReader delimiter detection") {
    CHECK(read_all("a,b,c\n1,2,3\n").delimiter == ',');
    CHECK(read_all("a;b;c\n1;2;3\n").delimiter == ';');
    CHECK(read_all("a\tb\tc\n1\t2\t3\n").delimiter == '\t');
    CHECK(read_all("a;b;c,d\n").delimiter == ';');
    CHECK(read_all("\"a,b\";\"c,d\"\n").delimiter == ';');  // only counted outside quotes
    CHECK(read_all("case_id\n1\n").delimiter == ',');       // one column

    SUBCASE("a tie is refused") {
        CHECK_THROWS_WITH_AS(read_all("a;b,c;d,e\n"),
                             "in.csv:1: error: cannot tell the delimiter: the header line has 2 commas and "
                             "2 semicolons — run again with --delimiter ',' or --delimiter ';'",
                             ipskit::util::Error);
        CHECK_THROWS_WITH_AS(read_all("\na,b;c\td\n"),
                             "in.csv:2: error: cannot tell the delimiter: the header line has 1 comma and 1 "
                             "semicolon and 1 tab — run again with --delimiter ',' or --delimiter ';' or "
                             "--delimiter tab",
                             ipskit::util::Error);
    }
    SUBCASE("--delimiter overrides") {
        CsvOptions options;
        options.delimiter = ',';
        const Table t = read_all("a;b,c;d,e\n1;2,3\n", options);
        CHECK(t.header == Fields{"a;b", "c;d", "e"});
        CHECK(t.rows[0].fields == Fields{"1;2", "3", ""});
    }
}

TEST_CASE("csv::parse_delimiter") {
    CHECK(ipskit::readers::csv::parse_delimiter(",") == ',');
    CHECK(ipskit::readers::csv::parse_delimiter(";") == ';');
    CHECK(ipskit::readers::csv::parse_delimiter("tab") == '\t');
    CHECK(ipskit::readers::csv::parse_delimiter("\\t") == '\t');
    CHECK(ipskit::readers::csv::parse_delimiter("\t") == '\t');
    CHECK(ipskit::readers::csv::parse_delimiter("|") == '|');
    CHECK_THROWS_WITH_AS(ipskit::readers::csv::parse_delimiter("ab"),
                         "error: unknown delimiter \"ab\" — use --delimiter ',' or --delimiter ';' or "
                         "--delimiter tab",
                         ipskit::util::Error);
    CHECK_THROWS_AS(ipskit::readers::csv::parse_delimiter("\""), ipskit::util::Error);
}

TEST_CASE("csv::CsvReader field counts") {
    SUBCASE("missing trailing fields read as empty") {
        CHECK(read_all("a;b;c\n1\n1;2\n").rows == std::vector<Row>{{2, {"1", "", ""}}, {3, {"1", "2", ""}}});
    }
    SUBCASE("extra empty fields are dropped") {
        CHECK(read_all("a;b\n1;2;;\n").rows == std::vector<Row>{{2, {"1", "2"}}});
    }
    SUBCASE("extra fields with text are an error, and reading can go on") {
        CsvReader reader = CsvReader::from_text("a;b;c\n1;2;3\n\"x\ny\";2;3;4;5\n7;8;9\n", "in.csv");
        CsvRecord record;
        CHECK(reader.next(record));
        CHECK_THROWS_WITH_AS(reader.next(record),
                             "in.csv:3:4: error: row has 5 fields but the header has 3 — "
                             "check the delimiter or quoting",
                             ipskit::util::Error);
        REQUIRE(reader.next(record));
        CHECK(record.line == 5);
        CHECK(record.fields[0] == "7");
        CHECK_FALSE(reader.next(record));
    }
}

TEST_CASE("csv::CsvReader wide records, on either side of the quick path's 64 fields") {
    for (std::size_t width : {63u, 64u, 65u, 100u}) {
        CAPTURE(width);
        std::string text;
        std::vector<std::string> header, row, quoted;
        for (std::size_t i = 0; i < width; ++i) {
            header.push_back("c" + std::to_string(i));
            row.push_back(std::to_string(i * 7));
            quoted.push_back(i == width - 1 ? "x;y" : std::to_string(i));
        }
        const auto join = [](const std::vector<std::string>& cells, bool quote_last) {
            std::string line;
            for (std::size_t i = 0; i < cells.size(); ++i) {
                if (i > 0) line += ';';
                line += quote_last && i + 1 == cells.size() ? "\"" + cells[i] + "\"" : cells[i];
            }
            return line + "\n";
        };
        text = join(header, false) + join(row, false) + join(quoted, true);
        const Table table = read_all(text);
        CHECK(table.header == header);
        CHECK(table.rows == std::vector<Row>{{2, row}, {3, quoted}});
    }
}

TEST_CASE("csv::CsvReader empty and header-only files") {
    const char* const empty = "in.csv:1: error: file is empty — expected a header line with the column names";
    CHECK_THROWS_WITH_AS(read_all(""), empty, ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all("\xEF\xBB\xBF"), empty, ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all("\r\n\n\r\n"), empty, ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all(";;;\n;;;\n"), empty, ipskit::util::Error);

    const Table t = read_all("case_id;start_date\r\n");
    CHECK(t.header == Fields{"case_id", "start_date"});
    CHECK(t.rows.empty());
    CHECK(read_all("case_id;start_date").rows.empty());
}

TEST_CASE("csv::CsvReader title row, as ipskit writes it, with CsvOptions::title_row") {
    CsvOptions options;
    options.title_row = true;
    SUBCASE("excel-da: a byte-order mark, ';', CR LF; the header is the line after the title") {
        const Table t = read_all(
            "\xEF\xBB\xBFRatings sheet for IPS-25 — Testby;;;\r\nitem;score;note;name\r\n"
            "caseload_size;4;;1. Caseload size\r\n",
            options);
        CHECK(t.delimiter == ';');
        CHECK(t.header == Fields{"item", "score", "note", "name"});
        REQUIRE(t.rows.size() == 1);
        CHECK(t.rows[0] == Row{3, {"caseload_size", "4", "", "1. Caseload size"}});
    }
    SUBCASE("a quoted title holding the delimiter; a header wider than the title row") {
        const Table t = read_all("\"Sheet, 2020\",,\nitem,score,note,value\n1,4,,\"2,5\"\n", options);
        CHECK(t.delimiter == ',');
        CHECK(t.header == Fields{"item", "score", "note", "value"});
        CHECK(t.rows[0].fields == Fields{"1", "4", "", "2,5"});
    }
    SUBCASE("a title row as a spreadsheet saves it: unquoted, its commas in a file of ';'") {
        const Table t = read_all(
            "Sheet for IPS-25 (2008 scale, rules 1) — Hjørring, 2020-11-12, Mette;;;\r\n"
            "item;score;note;name\r\ncaseload_size;4;;1. Caseload size\r\n",
            options);
        CHECK(t.delimiter == ';');
        CHECK(t.header == Fields{"item", "score", "note", "name"});
        CHECK(t.rows[0].fields == Fields{"caseload_size", "4", "", "1. Caseload size"});
    }
    SUBCASE("a file without a title row reads as before") {
        CHECK(read_all("item;score\n1;4\n", options).header == Fields{"item", "score"});
    }
    SUBCASE("without the option, the title row is the header") {
        CHECK(read_all("Title;;\nitem;score;note\n").header == Fields{"Title", "", ""});
    }
    SUBCASE("a title row and nothing after it") {
        CHECK_THROWS_WITH_AS(read_with("Title;;;\r\n", options),
                             "in.csv:1: error: file has a title row but no header line — put the column "
                             "names on the line after the title",
                             ipskit::util::Error);
    }
}

TEST_CASE("csv::CsvReader byte-order mark and file signatures") {
    const Table t = read_all("\xEF\xBB\xBF\"id\";navn\n1;Søren\n");
    CHECK(t.header == Fields{"id", "navn"});
    CHECK(t.rows[0].fields == Fields{"1", "Søren"});

    CHECK_THROWS_WITH_AS(read_all("\xFF\xFEi\0d\0"),
                         "in.csv:1: error: file is UTF-16 text (Excel's \"Unicode Text\"), not UTF-8 — "
                         "save it from Excel as \"CSV UTF-8\"",
                         ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all(std::string("PK\x03\x04\x14\0\x06\0", 8)),
                         "in.csv:1: error: file is an Excel workbook (.xlsx), not CSV — "
                         "save the sheet from Excel as \"CSV UTF-8\"",
                         ipskit::util::Error);
}

TEST_CASE("csv::CsvReader NUL bytes and overlong fields") {
    CHECK_THROWS_WITH_AS(read_all(std::string("id;note\n1;a\0b\n", 14)),
                         "in.csv:2:2: error: NUL byte in column \"note\" — is this a binary file? "
                         "Save the data from Excel as \"CSV UTF-8\"",
                         ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all(std::string("id;note\n1;\"a\n\0b\"\n", 17)),
                         "in.csv:3:2: error: NUL byte in column \"note\" — is this a binary file? "
                         "Save the data from Excel as \"CSV UTF-8\"",
                         ipskit::util::Error);

    CsvOptions options;
    options.max_field_bytes = 8;
    CHECK(read_all("id;note\n1;12345678\n2;\"123456\"\"\"\n", options).rows.size() == 2);
    CHECK_THROWS_WITH_AS(read_all("id;note\n1;123456789\n", options),
                         "in.csv:2:2: error: field in column \"note\" is longer than 8 bytes — "
                         "check that the file is a CSV extract",
                         ipskit::util::Error);
    CHECK_THROWS_WITH_AS(read_all("id;note\n1;\"never\nclosed, and it goes on\n", options),
                         "in.csv:2:2: error: quoted field in column \"note\" is longer than 8 bytes — "
                         "check for a missing closing quote (\")",
                         ipskit::util::Error);
}

TEST_CASE("csv::CsvReader records longer than a block") {
    const std::string long_note(5000, 'x');
    const std::string quoted(3000, 'y');
    const Table t = read_all("id;note;q\n1;" + long_note + ";\"" + quoted + "\"\"\n\"\n2;b;c\n");
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0].fields == Fields{"1", long_note, quoted + "\"\n"});
    CHECK(t.rows[1] == Row{4, {"2", "b", "c"}});
}

TEST_CASE("csv::CsvReader stops a record that never ends") {
    CsvOptions options;
    options.max_field_bytes = 4;
    options.chunk_bytes = 3;
    // 3 columns of at most 4 bytes, and one spare: 16 bytes at most.
    CHECK_THROWS_WITH_AS(
        read_with("a;b;c\n1;2;3\n" + std::string(40, ';'), options),
        "in.csv:3: error: a record is longer than 16 bytes — check the quoting and the line breaks "
        "of the file",
        ipskit::util::Error);
}

TEST_CASE("csv::CsvReader counts at most 1,000 header columns towards the record limit") {
    CsvOptions options;
    options.max_field_bytes = 4000;
    // A header of 5,000 names would allow 20,004,000 bytes a record; it
    // allows 4,000 * 1,001 = 4,004,000, as a header of a thousand names does.
    options.chunk_bytes = 1 << 16;
    std::string text;
    for (int i = 0; i < 5000; ++i) text += i ? ";h" : "h";
    text += "\n";
    for (int i = 0; i < 1'250'000; ++i) text += "yyy;";
    CHECK_THROWS_WITH_AS(read_with(text, options), doctest::Contains("a record is longer than 4004000 bytes"),
                         ipskit::util::Error);
}

TEST_CASE("csv::CsvReader parts of a file: stop, close, and a buffer handed on") {
    const std::string path =
        (std::filesystem::temp_directory_path() / ("ipskit-csv-parts-" + std::to_string(::getpid()) + ".csv"))
            .string();
    const std::string text = "id;navn\n1;Anna\n2;\"Bo\nB\"\n3;Søren\n4;Åse\n";
    std::ofstream(path, std::ios::binary) << text;
    CsvOptions options;
    options.chunk_bytes = 7;  // blocks end inside records
    CsvReader head(path, options);
    const auto third = static_cast<std::uint64_t>(text.find("3;"));
    head.stop_at(third);
    CsvRecord record;
    std::vector<std::string> names;
    while (head.next(record)) names.emplace_back(record.fields[1]);
    CHECK(names == std::vector<std::string>{"Anna", "Bo\nB"});
    CHECK(head.reached_stop());
    CHECK(head.line() == 5);  // the line the next part starts on

    std::vector<char> buffer = head.close();
    CHECK_FALSE(buffer.empty());
    CHECK_FALSE(head.next(record));
    CHECK(head.line() == 5);
    CHECK(head.header() == std::vector<std::string>{"id", "navn"});

    const char* const reused = buffer.data();
    CsvReader rest = CsvReader::continue_at(head, third, std::move(buffer));
    names.clear();
    while (rest.next(record)) names.emplace_back(record.fields[1]);
    CHECK(names == std::vector<std::string>{"Søren", "Åse"});
    CHECK_FALSE(rest.reached_stop());
    CHECK(rest.close().data() == reused);  // the same buffer, not a new one
    std::filesystem::remove(path);
}
