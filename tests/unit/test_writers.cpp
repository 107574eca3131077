#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "util/error.hpp"
#include "writers/doc/csv_dialect.hpp"
#include "writers/doc/xlsx_text.hpp"
#include "writers/render/csv.hpp"
#include "writers/render/html.hpp"
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

long count_of(const std::string& text, const std::string& what) {
    long n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
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
    SUBCASE("rfc4180: title row, comma, plain figures, formulas neutralised, CR LF") {
        CHECK(render_csv(sample(), CsvDialect::rfc4180) ==
              "\"Outcomes 2020 — Closed courses\",,\r\n"
              "Outcome,n,Share\r\n"
              "Job | part time,37,30\r\n"
              "'=SUM(A1),<5,\r\n"
              "Total,124,100\r\n");
    }
    SUBCASE("excel-da: byte-order mark, semicolon and decimal comma, for Danish Excel") {
        Document d = sample();
        std::get<Table>(d.blocks[0])
            .add_row({Cell::of_text("Mean"), Cell::of_number(308.25, 1), Cell::blank()});
        const std::string csv = render_csv(d, CsvDialect::excel_da);
        CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
        const std::string head = "\"Outcomes 2020 — Closed courses\";;\r\nOutcome;n;Share\r\n";
        CHECK(csv.substr(3, head.size()) == head);
        CHECK(csv.find("\r\nMean;308,3;\r\n") != std::string::npos);
    }
    SUBCASE("excel-en: byte-order mark, comma and decimal point") {
        Document d = sample();
        std::get<Table>(d.blocks[0])
            .add_row({Cell::of_text("Mean"), Cell::of_number(308.25, 1), Cell::blank()});
        const std::string csv = render_csv(d, CsvDialect::excel_en);
        CHECK(csv.substr(0, 3) == "\xEF\xBB\xBF");
        CHECK(csv.find("\r\nMean,308.3,\r\n") != std::string::npos);
    }
    SUBCASE("each table opens with its own title row after a blank line") {
        Document d = sample();
        Table second{"time", "Days to job", {{"n", "n"}}, {}, {}, {}};
        second.add_row({Cell::of_int(69)});
        d.blocks.emplace_back(second);
        const std::string csv = render_csv(d, CsvDialect::rfc4180);
        CHECK(csv.find("Total,124,100\r\n\r\n\"Outcomes 2020 — Days to job\"\r\nn\r\n69\r\n") !=
              std::string::npos);
    }
}

TEST_CASE("writers::doc::csv_dialect") {
    SUBCASE("names") {
        CHECK(parse_csv_dialect("excel-da") == CsvDialect::excel_da);
        CHECK(parse_csv_dialect("excel-en") == CsvDialect::excel_en);
        CHECK(parse_csv_dialect("rfc4180") == CsvDialect::rfc4180);
        CHECK_FALSE(parse_csv_dialect("excel").has_value());
        CHECK(csv_dialect_names().size() == 3);
    }
    SUBCASE("the default follows the language") {
        CHECK(default_csv_dialect(Lang::da) == CsvDialect::excel_da);
        CHECK(default_csv_dialect(Lang::en) == CsvDialect::rfc4180);
    }
    SUBCASE("a title row keeps the table's width and quotes what needs it") {
        CHECK(csv_title_row("Skema; IPS-25", 4, ';') == "\"Skema; IPS-25\";;;");
        CHECK(csv_title_row("=cmd", 1, ',') == "\"'=cmd\"");
        CHECK(csv_title_row("IPS-25 (2008 scale, rules 1)", 3, ';') == "\"IPS-25 (2008 scale, rules 1)\";;");
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
        CHECK(json.starts_with("{\n  \"schema_version\": 2,\n"));
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
    // With the sheet's title, a blank row, the table's title and the header, one row too many.
    table.rows.assign(1'048'573, {Cell::of_int(1)});
    const Document document{"outcomes", "Outcomes", {}, {table}};
    CHECK_THROWS_WITH_AS(write_xlsx(document, Lang::en, path.string()),
                         doctest::Contains("the table \"Groups\" needs 1048577 rows, over the 1048576 rows"),
                         ipskit::util::Error);
    CHECK_FALSE(fs::exists(path));
    table.rows.pop_back();
    CHECK_NOTHROW(write_xlsx({"outcomes", "Outcomes", {}, {table}}, Lang::en, path.string()));
    fs::remove(path);
}

TEST_CASE("writers::render of a figure block") {
    Document document = sample();
    document.blocks.push_back(Figure{"item_profile", "Item profile [2020]", "<svg/>"});
    SUBCASE("Markdown refers to the SVG file in the folder the caller names") {
        const std::string md = render_markdown(document, Lang::en);
        CHECK(md.find("![Item profile \\[2020\\]](figures/item_profile.svg)") != std::string::npos);
        const std::string spaced = render_markdown(document, Lang::en, {"my report files"});
        CHECK(spaced.find("](my%20report%20files/item_profile.svg)") != std::string::npos);
        CHECK(render_markdown(document, Lang::en, {""}).find("](item_profile.svg)") != std::string::npos);
    }
    SUBCASE("the terminal names the chart in one line, in the report's language") {
        CHECK(render_terminal(document, Lang::en).find("Figure: Item profile [2020]") != std::string::npos);
        CHECK(render_terminal(document, Lang::da).find("Figur: Item profile [2020]") != std::string::npos);
    }
    SUBCASE("CSV leaves it out; JSON gives its id and title only") {
        CHECK(render_csv(document, CsvDialect::rfc4180) == render_csv(sample(), CsvDialect::rfc4180));
        const std::string json = render_json(document, "9.9.9");
        CHECK(json.find("\"id\": \"item_profile\"") != std::string::npos);
        CHECK(json.find("<svg/>") == std::string::npos);
        CHECK(render_json(sample(), "9.9.9").find("\"figures\"") == std::string::npos);
    }
    SUBCASE("the workbook leaves it out") {
        namespace fs = std::filesystem;
        const fs::path path =
            fs::temp_directory_path() / ("ipskit-xlsx-figure-" + std::to_string(::getpid()) + ".xlsx");
        CHECK_NOTHROW(write_xlsx(document, Lang::en, path.string()));
        CHECK(fs::exists(path));
        fs::remove(path);
    }
    SUBCASE("figures_of lists the figures in their order") {
        document.blocks.push_back(Figure{"trend", "Trend", "<svg/>"});
        const auto figures = figures_of(document);
        REQUIRE(figures.size() == 2);
        CHECK(figures[1]->id == "trend");
    }
}

TEST_CASE("writers::render_html") {
    Document document = sample();
    document.title = "Outcomes <2020>";
    document.blocks.insert(document.blocks.begin(), Heading{2, "Closed & counted"});
    document.blocks.push_back(Heading{2, "Charts"});
    document.blocks.push_back(Figure{"trend", "Trend", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n"});
    const std::string html = render_html(document, Lang::da);
    SUBCASE("one self-contained page in the report's language") {
        CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"da\">", 0) == 0);
        CHECK(html.find("<title>Outcomes &lt;2020&gt;</title>") != std::string::npos);
        CHECK(html.find("@page { size: A4;") != std::string::npos);
        CHECK(html.find("http") == html.find("http://www.w3.org/2000/svg"));  // nothing fetched
        CHECK(html.find("<link") == std::string::npos);
        CHECK(html.find("<script") == std::string::npos);
    }
    SUBCASE("tables with headers, figures right-aligned, total rows marked") {
        CHECK(html.find("<th scope=\"col\">Outcome</th><th scope=\"col\" class=\"num\">n</th>") !=
              std::string::npos);
        CHECK(html.find("<td>Job | part time</td><td class=\"num\">37</td><td class=\"num\">30 %</td>") !=
              std::string::npos);
        CHECK(html.find("<tr class=\"total\">") != std::string::npos);
        CHECK(html.find("<p class=\"note\">Shares of closed courses.</p>") != std::string::npos);
        CHECK(html.find("<dt>Mean days</dt><dd>308,3</dd>") != std::string::npos);
    }
    SUBCASE("each top-level heading opens a part that print starts on a new page") {
        CHECK(count_of(html, "<section class=\"part") == 2);
        CHECK(count_of(html, "</section>") == 2);
        CHECK(html.find("<h2>Closed &amp; counted</h2>") != std::string::npos);
        CHECK(count_of(html, "<section class=\"part break\">") == 1);  // the first part opens the page
        CHECK(html.find("section.part.break { break-before: page;") != std::string::npos);
    }
    SUBCASE("chapters are the top level: a page each, one level below the title") {
        Document chapters = sample();
        chapters.blocks.push_back(Heading{2, "Section"});
        chapters.blocks.push_back(Heading{1, "Chapter"});
        chapters.blocks.push_back(Heading{2, "Its section"});
        const std::string page = render_html(chapters, Lang::en);
        CHECK(count_of(page, "<section class=\"part break\">\n<h2>Chapter</h2>") == 1);
        CHECK(count_of(page, "<section") == 1);
        CHECK(count_of(page, "<h1>") == 1);
        CHECK(count_of(page, "<h3>") == 2);
    }
    SUBCASE("a figure's SVG goes in inline") {
        CHECK(html.find("<figure class=\"chart\" id=\"figure-trend\">\n<svg xmlns") != std::string::npos);
    }
    CHECK(render_html(document, Lang::da) == html);
}

TEST_CASE("doc::protect_xstring_lookalikes") {
    SUBCASE("an escape's underscore is escaped, so Excel shows the text as typed") {
        CHECK(protect_xstring_lookalikes("Kommune _x0041_") == "Kommune _x005F_x0041_");
        CHECK(protect_xstring_lookalikes("_x005F_") == "_x005F_x005F_");
        CHECK(protect_xstring_lookalikes("_x00e6__x00F8_") == "_x005F_x00e6__x005F_x00F8_");
    }
    SUBCASE("what is no escape stays as it is") {
        CHECK(protect_xstring_lookalikes("_xZZZZ_ _x41_ x0041_ _x0041") == "_xZZZZ_ _x41_ x0041_ _x0041");
        CHECK(protect_xstring_lookalikes("Hjørring") == "Hjørring");
        CHECK(protect_xstring_lookalikes("").empty());
    }
}
