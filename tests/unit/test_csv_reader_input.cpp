#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "csv_test_support.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

using csv_test::Fields;
using csv_test::read_all;
using csv_test::Row;
using csv_test::Table;
using ipskit::readers::csv::CsvOptions;
using ipskit::readers::csv::CsvReader;
using ipskit::readers::csv::CsvRecord;

TEST_CASE("csv::CsvReader encodings") {
    SUBCASE("invalid UTF-8 names the byte and the option to use") {
        CHECK_THROWS_WITH_AS(
            read_all("id;navn\n1;Anna\n2;S\xF8ren\n"),
            "in.csv:3:2: error: not valid UTF-8 (byte 0xF8) in column \"navn\" — if this file "
            "was saved by Excel as \"CSV (semikolonsepareret)\", run again with "
            "--encoding windows-1252",
            ipskit::util::Error);
        CHECK_THROWS_WITH_AS(read_all("id;Efterv\xE6rn\n"),
                             "in.csv:1:2: error: not valid UTF-8 (byte 0xE6) in the header — if this file "
                             "was saved by Excel as \"CSV (semikolonsepareret)\", run again with "
                             "--encoding windows-1252",
                             ipskit::util::Error);
    }
    SUBCASE("a bad byte far into the file is found whatever the block size") {
        std::string text = "id;navn\n";
        for (int row = 0; row < 400; ++row) text += std::to_string(row) + ";Søren Æblø €uro\n";
        const std::string bad_row = "400;S\xF8ren\n";
        for (std::size_t chunk : {1u, 7u, 64u, 1500u, 4096u, 1u << 20}) {
            CAPTURE(chunk);
            CsvOptions options;
            options.chunk_bytes = chunk;
            const Table valid = csv_test::read_with(text, options);
            CHECK(valid.rows.size() == 400);
            CHECK(valid.rows.back().fields[1] == "Søren Æblø €uro");
            CHECK_THROWS_WITH_AS(csv_test::read_with(text + bad_row + text, options),
                                 "in.csv:402:2: error: not valid UTF-8 (byte 0xF8) in column \"navn\" — if "
                                 "this file was saved by Excel as \"CSV (semikolonsepareret)\", run again "
                                 "with --encoding windows-1252",
                                 ipskit::util::Error);
        }
    }
    SUBCASE("Windows-1252 is converted to UTF-8") {
        CsvOptions options;
        options.encoding = ipskit::readers::text::Encoding::windows1252;
        const Table t = read_all(
            "Forl\xF8"
            "b;Efterv\xE6rn;Bel\xF8"
            "b\r\n"
            "1;\"\xC6\xD8\xC5 \"\"\xE6\xF8\xE5\"\"\";100 \x80\r\n"
            "2;ja;\x93quoted\x94\r\n",
            options);
        CHECK(t.header == Fields{"Forløb", "Efterværn", "Beløb"});
        CHECK(t.rows[0].fields == Fields{"1", "ÆØÅ \"æøå\"", "100 €"});
        CHECK(t.rows[1].fields == Fields{"2", "ja", "“quoted”"});
    }
    SUBCASE("a byte-order mark means UTF-8 whatever the option") {
        CsvOptions options;
        options.encoding = ipskit::readers::text::Encoding::windows1252;
        CHECK(read_all("\xEF\xBB\xBFid;navn\n1;Søren\n", options).rows[0].fields == Fields{"1", "Søren"});
    }
    SUBCASE("bytes Windows-1252 does not define") {
        CsvOptions options;
        options.encoding = ipskit::readers::text::Encoding::windows1252;
        CHECK_THROWS_WITH_AS(
            read_all("id;navn\n1;\x9D"
                     "ster\n",
                     options),
            "in.csv:2:2: error: byte 0x9D in column \"navn\" is not a Windows-1252 character — "
            "the file is in another encoding; save it from Excel as \"CSV UTF-8\" and run "
            "without --encoding",
            ipskit::util::Error);
    }
}

TEST_CASE("csv::CsvReader reads files") {
    const auto path = std::filesystem::temp_directory_path() / "ipskit_test_csv_reader.csv";
    {
        std::ofstream out(path, std::ios::binary);
        out << "id;x\r\n1;a\r\n";
    }
    CsvReader reader(path.string());
    CHECK(reader.name() == path.string());
    CsvRecord record;
    REQUIRE(reader.next(record));
    CHECK(record.fields[1] == "a");
    CHECK(reader.location(record, 1).line == 2);
    CHECK(reader.location(record, 1).column == 2);
    CHECK_FALSE(reader.next(record));
    std::filesystem::remove(path);

    CHECK_THROWS_WITH_AS(CsvReader("no/such/cases.csv"),
                         "no/such/cases.csv: error: cannot open the file (No such file or directory) — "
                         "check the path",
                         ipskit::util::Error);
}

namespace {

// Counts line breaks as the reader does: CR LF, LF and a lone CR are one each.
int count_line_breaks(const std::string& text) {
    int breaks = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++breaks;
    }
    return breaks;
}

// Writes `table` as RFC 4180 text, quoting where needed and sometimes where
// not, with the given delimiter and line break; returns the line of each row.
std::vector<int> write_csv(const std::vector<Fields>& table, char delimiter, const std::string& newline,
                           std::mt19937& random, std::string& out) {
    std::vector<int> lines;
    for (const Fields& row : table) {
        lines.push_back(1 + count_line_breaks(out));
        for (std::size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out += delimiter;
            const bool must_quote =
                row[i].find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos ||
                row[i].empty();
            if (!must_quote && random() % 4 != 0) {
                out += row[i];
                continue;
            }
            out += '"';
            for (char c : row[i]) out += c == '"' ? std::string("\"\"") : std::string(1, c);
            out += '"';
        }
        out += newline;
    }
    return lines;
}

std::string random_field(std::mt19937& random) {
    static const std::vector<std::string> pieces{
        "a",  "Søren", "æøå",  "€", " ",          "\"",   ",",   ";",
        "\t", "\n",    "\r\n", "1", "2020-02-29", "x\"y", "ÆØÅ", "longer text here"};
    std::string field;
    const auto count = random() % 5;
    for (unsigned i = 0; i < count; ++i) field += pieces[random() % pieces.size()];
    return field;
}

}  // namespace

TEST_CASE("csv::CsvReader reads back what an RFC 4180 writer wrote") {
    std::mt19937 random(20201112);
    for (int round = 0; round < 40; ++round) {
        CAPTURE(round);
        const char delimiter = ",;\t"[round % 3];
        const std::string newline = round % 2 ? "\r\n" : "\n";
        const std::size_t columns = 1 + random() % 6;
        std::vector<Fields> table;
        for (std::size_t r = 0; r < 1 + random() % 30; ++r) {
            Fields row;
            for (std::size_t c = 0; c < columns; ++c) row.push_back(random_field(random));
            row[0] = "r" + std::to_string(r) + row[0];  // no row is all empty, so none is skipped
            table.push_back(row);
        }
        std::string text;
        const std::vector<int> lines = write_csv(table, delimiter, newline, random, text);
        CsvOptions options;
        options.delimiter = delimiter;
        const Table read = read_all(text, options);
        CHECK(read.header == table[0]);
        REQUIRE(read.rows.size() == table.size() - 1);
        for (std::size_t r = 1; r < table.size(); ++r) CHECK(read.rows[r - 1] == Row{lines[r], table[r]});
    }
}
