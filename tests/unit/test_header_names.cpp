#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/cases/column_map.hpp"
#include "readers/cases/columns.hpp"
#include "readers/csv/header_names.hpp"
#include "util/edit_distance.hpp"
#include "util/error.hpp"

using ipskit::readers::csv::ColumnMapping;
using ipskit::readers::csv::ColumnResolver;
using ipskit::readers::csv::ColumnSpec;
using ipskit::readers::csv::normalize_header;
using ipskit::util::Location;

namespace {

// A few columns of cases.csv, as formats.md gives them.
std::vector<ColumnSpec> case_columns() {
    return {
        {"case_id", {"forloeb_id", "sags_id", "id"}, true},
        {"site", {"kommune", "jobcenter", "team"}, false},
        {"start_date", {"startdato"}, true},
        {"first_employer_contact", {"foerste_arbejdsgiverkontakt"}, false},
        {"aftercare", {"efterværn"}, false},
    };
}

const std::vector<std::string> kKnown{"case_id",   "site",    "start_date", "first_employer_contact",
                                      "aftercare", "employer"};

const Location kHeaderAt{"cases.csv", 1, 0};

}  // namespace

TEST_CASE("csv::normalize_header") {
    CHECK(normalize_header("case_id") == "case_id");
    CHECK(normalize_header("  Case ID  ") == "case_id");
    CHECK(normalize_header("Case-ID") == "case_id");
    CHECK(normalize_header("case - _ id") == "case_id");
    CHECK(normalize_header("_case_id_") == "case_id");
    CHECK(normalize_header("Første arbejdsgiverkontakt") == "foerste_arbejdsgiverkontakt");
    CHECK(normalize_header("FØRSTE ARBEJDSGIVERKONTAKT") == "foerste_arbejdsgiverkontakt");
    CHECK(normalize_header("foerste_arbejdsgiverkontakt") == "foerste_arbejdsgiverkontakt");
    CHECK(normalize_header("Efterværn") == "eftervaern");
    CHECK(normalize_header("efterværn") == "eftervaern");
    CHECK(normalize_header("EFTERVÆRN") == "eftervaern");
    CHECK(normalize_header("eftervaern") == "eftervaern");
    CHECK(normalize_header("Målgruppe") == "maalgruppe");
    CHECK(normalize_header("ÅRSAG") == "aarsag");
    CHECK(normalize_header("Forløb\u00A0ID") == "forloeb_id");  // no-break space
    CHECK(normalize_header("Éclair Ü") == "éclair_ü");
    CHECK(normalize_header("Pris (kr.)") == "pris_(kr.)");
    CHECK(normalize_header("") == "");
    CHECK(normalize_header(" - ") == "");
}

TEST_CASE("csv::ColumnResolver finds canonical names and aliases") {
    const std::vector<std::string> header{"Forløb ID", "Kommune", "Note", "Startdato", "Efterværn"};
    const ColumnResolver columns(case_columns(), header, kHeaderAt);
    CHECK(columns.index(0) == 0u);
    CHECK(columns.find("site") == 1u);
    CHECK(columns.find("start_date") == 3u);
    CHECK_FALSE(columns.find("first_employer_contact").has_value());
    CHECK(columns.find("aftercare") == 4u);
    CHECK_THROWS_AS(columns.find("no_such_spec"), std::logic_error);
}

TEST_CASE("csv::ColumnResolver reports missing required columns") {
    const std::vector<std::string> header{"Nummer", "Kommune", "Start"};
    CHECK_THROWS_WITH_AS(ColumnResolver(case_columns(), header, kHeaderAt),
                         "cases.csv:1: error: required column \"case_id\" is missing (accepted names: "
                         "case_id, forloeb_id, sags_id, "
                         "id); the header has \"Nummer\", \"Kommune\", \"Start\" — rename the column, or map "
                         "it with --columns "
                         "(a line case_id: \"Your header\")\n"
                         "cases.csv:1: error: required column \"start_date\" is missing (accepted names: "
                         "start_date, startdato); "
                         "the header has \"Nummer\", \"Kommune\", \"Start\" — rename the column, or map it "
                         "with --columns (a line "
                         "start_date: \"Your header\")",
                         ipskit::util::Error);
}

TEST_CASE("csv::ColumnResolver suggests a header a typo away from a missing required column") {
    const std::vector<std::string> header{"Forløb ID", "Kommune", "Start dato"};
    CHECK_THROWS_WITH_AS(
        ColumnResolver(case_columns(), header, kHeaderAt),
        "cases.csv:1: error: required column \"start_date\" is missing (accepted names: "
        "start_date, startdato); the header has \"Forløb ID\", \"Kommune\", \"Start dato\" — "
        "did you mean \"Start dato\" (column 3)? Rename it start_date, or map it with --columns "
        "(a line start_date: \"Start dato\")",
        ipskit::util::Error);
}

TEST_CASE("csv::find_near_misses") {
    const std::vector<std::string> header{"Forløb ID",  "Startdato", "Afsluttet dato",
                                          "Resultater", "Dato",      "Første arbejdsgiver kontakt"};
    const auto& specs = ipskit::readers::cases::case_columns();
    const ColumnResolver resolver(specs, header, kHeaderAt);
    std::vector<std::string> seen;
    for (const auto& miss : resolver.near_misses())
        seen.push_back(miss.header + " -> " + specs[miss.spec].canonical + " (" + miss.accepted + ")");
    // "Dato" is half of every date column's name: no guess. A header already
    // read as a column is never a near miss.
    CHECK(seen == std::vector<std::string>{"Afsluttet dato -> end_date (afslutningsdato)",
                                           "Resultater -> outcome (resultat)",
                                           "Første arbejdsgiver kontakt -> first_employer_contact "
                                           "(foerste_arbejdsgiverkontakt)"});
    CHECK(ipskit::util::edit_distance("start_dato", "startdato") == 1);
    CHECK(ipskit::util::edit_distance("", "abc") == 3);
    CHECK(ipskit::util::edit_distance("kitten", "sitting") == 3);
}

TEST_CASE("csv::ColumnResolver refuses two headers for one column") {
    const std::vector<std::string> header{"id", "Kommune", "startdato", "Jobcenter"};
    CHECK_THROWS_WITH_AS(
        ColumnResolver(case_columns(), header, kHeaderAt),
        "cases.csv:1:4: error: columns \"Kommune\" (column 2) and \"Jobcenter\" (column 4) are all "
        "read as site — remove one, or choose one with --columns (a line site: \"Kommune\")",
        ipskit::util::Error);
}

TEST_CASE("csv::ColumnResolver with a column map") {
    const Location at{"map.yaml", 2, 7};
    SUBCASE("a mapping wins over the aliases, and its header is not matched again") {
        const std::vector<std::string> header{"Sag", "Kommune", "Jobcenter", "Dato"};
        const std::vector<ColumnMapping> map{
            {"case_id", "sag", at}, {"site", "Jobcenter", at}, {"start_date", "DATO", at}};
        const ColumnResolver columns(case_columns(), header, kHeaderAt, map);
        CHECK(columns.find("case_id") == 0u);
        CHECK(columns.find("site") == 2u);
        CHECK(columns.find("start_date") == 3u);
    }
    SUBCASE("mappings for columns of other files are ignored") {
        const std::vector<std::string> header{"id", "startdato"};
        const ColumnResolver columns(case_columns(), header, kHeaderAt, {{"employer", "Arbejdsgiver", at}});
        CHECK(columns.find("case_id") == 0u);
    }
    SUBCASE("a mapped header that the file does not have") {
        const std::vector<std::string> header{"id", "startdato"};
        CHECK_THROWS_WITH_AS(ColumnResolver(case_columns(), header, kHeaderAt, {{"site", "Kommune", at}}),
                             "map.yaml:2:7: error: cases.csv has no column \"Kommune\" (mapped to site); its "
                             "headers are \"id\", \"startdato\" — correct the header name in the column map",
                             ipskit::util::Error);
    }
}

TEST_CASE("csv::parse_column_map") {
    SUBCASE("canonical names may be written loosely") {
        const auto map = ipskit::readers::cases::parse_column_map(
            "# cases from Hjørring\ncase_id: \"Forløb ID\"\nStart date: Startdato for forløb\n", "map.yaml",
            kKnown);
        REQUIRE(map.size() == 2);
        CHECK(map[0].canonical == "case_id");
        CHECK(map[0].header == "Forløb ID");
        CHECK(map[0].where.line == 2);
        CHECK(map[1].canonical == "start_date");
        CHECK(map[1].header == "Startdato for forløb");
        CHECK(map[1].where.line == 3);
        CHECK(map[1].where.column == 13);
    }
    SUBCASE("an empty map") {
        CHECK(ipskit::readers::cases::parse_column_map("# nothing yet\n", "map.yaml", kKnown).empty());
    }
    SUBCASE("unknown names, empty headers and repeats are all reported") {
        CHECK_THROWS_WITH_AS(
            ipskit::readers::cases::parse_column_map("case_id: Sag\nstartdate: Dato\nsite:\ncase-id: Id\n",
                                                     "map.yaml", kKnown),
            "map.yaml:2:1: error: unknown column \"startdate\" in the column map — the known "
            "columns are case_id, site, start_date, first_employer_contact, aftercare, employer\n"
            "map.yaml:3:1: error: the header for site must be a name — write it as site: \"Header "
            "in the extract\"\n"
            "map.yaml:4:1: error: case_id is mapped twice (also on line 1) — keep one of the two "
            "lines",
            ipskit::util::Error);
    }
    SUBCASE("YAML syntax errors carry their position") {
        CHECK_THROWS_WITH_AS(
            ipskit::readers::cases::parse_column_map("case_id: Sag\n  site: x\n", "map.yaml", kKnown),
            "map.yaml:2:7: error: this is not valid YAML: a ':' where none can be: the line "
            "is indented differently from the keys above it, or a text holding ': ' is not "
            "in quotes — line the key up with the keys above it, or put the text in quotes",
            ipskit::util::Error);
    }
    SUBCASE("a list is not a map") {
        CHECK_THROWS_WITH_AS(
            ipskit::readers::cases::parse_column_map("- case_id\n- site\n", "map.yaml", kKnown),
            "map.yaml:1:1: error: a column map must be a list of \"name: header\" lines — write "
            "one line per column, e.g. start_date: \"Startdato\"",
            ipskit::util::Error);
    }
    SUBCASE("Windows-1252 text") {
        CHECK_THROWS_WITH_AS(
            ipskit::readers::cases::parse_column_map("case_id: Sag\nsite: Hj\xF8rring\n", "map.yaml", kKnown),
            "map.yaml:2: error: not valid UTF-8 (byte 0xF8) — save the column map as UTF-8",
            ipskit::util::Error);
    }
}

TEST_CASE("csv::read_column_map") {
    const auto path = std::filesystem::temp_directory_path() / "ipskit_test_column_map.yaml";
    {
        std::ofstream out(path, std::ios::binary);
        out << "\xEF\xBB\xBF"
               "site: Kommune\r\n";
    }
    const auto map = ipskit::readers::cases::read_column_map(path.string(), kKnown);
    REQUIRE(map.size() == 1);
    CHECK(map[0].header == "Kommune");
    CHECK(map[0].where.file == path.string());
    std::filesystem::remove(path);

    CHECK_THROWS_WITH_AS(
        ipskit::readers::cases::read_column_map("no/such/map.yaml", kKnown),
        "no/such/map.yaml: error: cannot open the column map (No such file or directory) — check "
        "the path given to --columns",
        ipskit::util::Error);
}
