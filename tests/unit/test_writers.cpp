#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "util/error.hpp"
#include "writers/render/csv.hpp"
#include "writers/render/json.hpp"
#include "writers/render/markdown.hpp"
#include "writers/render/terminal.hpp"
#include "writers/render/xlsx.hpp"

using namespace ipskit::writers::doc;
using namespace ipskit::writers::render;
using ipskit::Lang;

namespace {

Document sample() {
    Table table{
        "outcomes", "Closed courses", {{"outcome", "Outcome"}, {"n", "n"}, {"share", "Share"}}, {}, {}, {}};
    table.add_row({Cell::of_text("Job | part time"), Cell::of_int(37), Cell::of_percent(37.0 / 124, 0)});
    table.add_row({Cell::of_text("=SUM(A1)"), Cell::hidden("<5"), Cell::blank()});
    table.add_row({Cell::of_text("Total"), Cell::of_int(124), Cell::of_percent(1, 0)}, true);
    table.notes.push_back("Shares of closed courses.");
    return {"outcomes", "Outcomes 2020", {{"mean_days", "Mean days", Cell::of_number(308.25, 1)}}, {table}};
}

}  // namespace

TEST_CASE("writers::render_markdown") {
    const std::string md = render_markdown(sample(), Lang::en);
    CHECK(md ==
          "# Outcomes 2020\n\n"
          "- **Mean days:** 308.3\n\n"
          "### Closed courses\n\n"
          "| Outcome | n | Share |\n"
          "| --- | ---: | ---: |\n"
          "| Job \\| part time | 37 | 30% |\n"
          "| =SUM(A1) | <5 |  |\n"
          "| **Total** | **124** | **100%** |\n\n"
          "_Shares of closed courses._\n");
    SUBCASE("Danish decimal comma and spaced percent sign") {
        const std::string da = render_markdown(sample(), Lang::da);
        CHECK(da.find("308,3") != std::string::npos);
        CHECK(da.find("30 %") != std::string::npos);
    }
}

TEST_CASE("writers::render_csv") {
    SUBCASE("English: comma, plain figures, formulas neutralised, quoting") {
        CHECK(render_csv(sample(), Lang::en) ==
              "Outcome,n,Share\n"
              "Job | part time,37,30\n"
              "'=SUM(A1),<5,\n"
              "Total,124,100\n");
    }
    SUBCASE("Danish: semicolon so Danish Excel splits the columns") {
        CHECK(render_csv(sample(), Lang::da).substr(0, 16) == "Outcome;n;Share\n");
    }
}

TEST_CASE("writers::render_json") {
    const std::string json = render_json(sample(), "9.9.9");
    CHECK(json.find("\"ipskit_version\": \"9.9.9\"") != std::string::npos);
    CHECK(json.find("\"mean_days\": 308.25") != std::string::npos);
    CHECK(json.find("\"share\": 0.29838709677419356") != std::string::npos);
    CHECK(json.find("\"n\": \"<5\"") != std::string::npos);
    CHECK(json.find("\"total_rows\": [\n        2\n      ]") != std::string::npos);
}

TEST_CASE("writers::render_json ids, flags and labels") {
    Document document{
        "outcomes", "T", {{"as_of_source", "Source", Cell::of_choice("as_of_option", "--as-of")}}, {}};
    Table table{"t", "T", {{"outcome", "Outcome"}, {"met", "Met"}, {"site", "Site"}}, {}, {}, {}};
    table.add_row({Cell::of_choice("ordinary_job", "Ordinært job"), Cell::of_flag(true, "opfyldt"),
                   Cell::undefined("I alt")},
                  true);
    table.add_row({Cell::of_text("Sorø"), Cell::of_flag(false, ""), Cell::blank()});
    document.blocks.push_back(table);
    const std::string json = render_json(document, "9.9.9");
    SUBCASE("a version of the layout comes first") {
        CHECK(json.starts_with("{\n  \"schema_version\": 1,\n"));
    }
    SUBCASE("an id, with the report's word beside it") {
        CHECK(json.find("\"outcome\": \"ordinary_job\",\n          \"outcome_label\": \"Ordinært job\"") !=
              std::string::npos);
        CHECK(json.find("\"as_of_source\": \"as_of_option\",\n    \"as_of_source_label\": \"--as-of\"") !=
              std::string::npos);
    }
    SUBCASE("a flag is a boolean; a blank flag has no label") {
        CHECK(json.find("\"met\": true,\n          \"met_label\": \"opfyldt\"") != std::string::npos);
        CHECK(json.find("\"met\": false,\n") != std::string::npos);
        CHECK(json.find("\"met_label\": \"\"") == std::string::npos);
    }
    SUBCASE("a total row's group cell is null, its text the label; a blank is null alone") {
        CHECK(json.find("\"site\": null,\n          \"site_label\": \"I alt\"") != std::string::npos);
        CHECK(json.find("\"outcome\": \"Sorø\",\n") != std::string::npos);
    }
}

TEST_CASE("writers::render_terminal") {
    const std::string text = render_terminal(sample(), Lang::en);
    CHECK(text.find("Outcome            n  Share\n") != std::string::npos);
    CHECK(text.find("Job | part time   37    30%\n") != std::string::npos);
    CHECK(display_width("Første") == 6);
}

TEST_CASE("writers::write_xlsx") {
    namespace fs = std::filesystem;
    const fs::path dir = fs::temp_directory_path() / ("ipskit-xlsx-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto bytes = [](const fs::path& p) {
        std::ifstream in(p, std::ios::binary);
        std::stringstream s;
        s << in.rdbuf();
        return s.str();
    };
    write_xlsx(sample(), Lang::en, (dir / "a.xlsx").string());
    write_xlsx(sample(), Lang::en, (dir / "b.xlsx").string());
    const std::string a = bytes(dir / "a.xlsx");
    CHECK(a.substr(0, 2) == "PK");
    CHECK(a == bytes(dir / "b.xlsx"));
    fs::remove_all(dir);
}

TEST_CASE("writers::write_xlsx refuses a table longer than a sheet, writing nothing") {
    namespace fs = std::filesystem;
    const fs::path path =
        fs::temp_directory_path() / ("ipskit-xlsx-long-" + std::to_string(::getpid()) + ".xlsx");
    Table table{"groups", "Groups", {{"n", "n"}}, {}, {}, {}};
    table.rows.assign(1'048'576, {Cell::of_int(1)});  // with the header row, one row too many
    const Document document{"outcomes", "Outcomes", {}, {table}};
    CHECK_THROWS_WITH_AS(write_xlsx(document, Lang::en, path.string()),
                         doctest::Contains("the table \"Groups\" needs 1048577 rows, over the 1048576 rows"),
                         ipskit::util::Error);
    CHECK_FALSE(fs::exists(path));
    table.rows.pop_back();
    CHECK_NOTHROW(write_xlsx({"outcomes", "Outcomes", {}, {table}}, Lang::en, path.string()));
    fs::remove(path);
}
