#include <doctest/doctest.h>

#include "writers/render/xlsx_sheets.hpp"

using namespace ipskit::writers::doc;
using namespace ipskit::writers::render;

namespace {

Table section(const std::string& id, const std::string& title, int first_item) {
    Table t{id, title, {{"number", "#"}, {"score", "Score"}}, {}, {}, {}, ColourScale{1, 1, 1, 5}};
    t.sheet = "Items";
    t.group_label = "Section";
    t.charts.push_back({SheetChart::Kind::column, "Item profile", 0, {1}, "Score"});
    t.add_row({Cell::of_int(first_item), Cell::of_int(4)});
    t.add_row({Cell::of_int(first_item + 1), Cell::of_int(5)});
    return t;
}

}  // namespace

TEST_CASE("xlsx sheets: tables naming one sheet share it, in the document's order") {
    Table closed{"closed", "", {{"outcome", "Outcome"}}, {}, {}, {}};
    closed.sheet = "Outcomes";
    Table other{"other", "Other figures", {{"n", "n"}}, {}, {}, {}};
    Table time{"time", "Time", {{"n", "n"}}, {}, {}, {}};
    time.sheet = "Outcomes";
    const Document d{"report", "Report", {}, {Heading{2, "Closed courses"}, closed, other, time}};
    const auto plans = plan_sheets(d, "Summary");
    REQUIRE(plans.size() == 3);
    CHECK(plans[0].name == "Summary");
    CHECK(plans[0].tables.empty());
    CHECK(plans[1].name == "Outcomes");
    REQUIRE(plans[1].tables.size() == 2);
    CHECK(plans[1].tables[0].title == "Closed courses");  // after the heading above it
    CHECK(plans[1].tables[1].id == "time");
    CHECK(plans[2].name == "Other figures");
}

TEST_CASE("xlsx sheets: grouped tables with the same columns join, led by their titles") {
    const Document d{
        "report",
        "Report",
        {},
        {Heading{2, "Item scores"}, section("items_a", "Staffing", 1), section("items_b", "Services", 3)}};
    const auto plans = plan_sheets(d, "Summary");
    REQUIRE(plans.size() == 2);
    REQUIRE(plans[1].tables.size() == 1);
    const Table& items = plans[1].tables[0];
    CHECK(items.title == "Item scores");
    REQUIRE(items.columns.size() == 3);
    CHECK(items.columns[0].label == "Section");
    REQUIRE(items.rows.size() == 4);
    CHECK(items.rows[0][0].text == "Staffing");
    CHECK(items.rows[3][0].text == "Services");
    CHECK(items.rows[3][1].value == 4);
    // Column numbers move past the new first column.
    CHECK(items.colour_scale->first_column == 2);
    REQUIRE(items.charts.size() == 1);  // the first table's; the second's is not repeated
    CHECK(items.charts[0].category_column == 1);
    CHECK(items.charts[0].value_columns == std::vector<std::size_t>{2});
}
