#include <doctest/doctest.h>

#include "domain/review.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "writers/reports/score_report.hpp"

using ipskit::writers::doc::Cell;
using ipskit::writers::doc::Table;

namespace {

const Table& table(const ipskit::writers::doc::Document& d, const std::string& id) {
    for (const auto& block : d.blocks)
        if (const auto* t = std::get_if<Table>(&block); t && t->id == id) return *t;
    throw std::logic_error("no table " + id);
}

std::string text(const Cell& c) {
    return c.text;
}

}  // namespace

TEST_CASE("writers::score_report") {
    // caseload 4, staff_time 5, team_contact: two of five elements ticked = 2;
    // total 11 of 15 = fair (8-11).
    const auto path = test_files::scratch(
        "review.yaml",
        "scale: mini\nsite: Testby\nreview_date: 2020-11-12\nreviewers: [A, B]\nratings:\n"
        "  1: 4\n  2: { score: 5, note: fint }\n  3: { elements: [meeting, records] }\n");
    const auto loaded =
        ipskit::readers::review::read_review(path, {}, [](const std::string&, const ipskit::util::Location&) {
            return ipskit::readers::review::read_scale(std::string(IPSKIT_TEST_DATA_DIR) +
                                                       "/data/scales/mini.yaml");
        });
    const auto score = ipskit::score_review(loaded.scale, loaded.review);

    SUBCASE("facts, sections and the total row") {
        const auto d = ipskit::writers::reports::score_report(score, ipskit::Lang::en);
        CHECK(d.title == "IPS fidelity review: Testby, 2020-11-12");
        CHECK(text(d.facts[6].value) == "A, B");
        const Table& sections = table(d, "sections");
        REQUIRE(sections.rows.size() == 3);
        CHECK(sections.rows[0][2].value == 9);  // staffing 4 + 5
        CHECK(sections.rows[2][2].value == 11);
        CHECK(sections.total_rows[2]);
        CHECK(sections.rows[2][4].value == doctest::Approx(11.0 / 3));
    }
    SUBCASE("a priority's target is the next anchor up, plus the elements not yet in place") {
        const auto d = ipskit::writers::reports::score_report(score, ipskit::Lang::en);
        const Table& priorities = table(d, "priorities");
        REQUIRE(priorities.rows.size() == 1);
        CHECK(priorities.rows[0][0].value == 3);
        CHECK(text(priorities.rows[0][4]) ==
              "3: three Not yet in place: Shared office Joint plan Help with referrals");
    }
    SUBCASE("Danish labels and the items' Danish names") {
        const auto d = ipskit::writers::reports::score_report(score, ipskit::Lang::da);
        CHECK(d.title == "IPS-fidelitetsvurdering: Testby, 12-11-2020");
        const Table& items = table(d, "items");
        CHECK(items.title == "Punkternes scorer");
        CHECK(text(items.rows[0][2]) == "Sagsstamme");
        CHECK(text(table(d, "priorities").rows[0][4]) ==
              "3: three Endnu ikke på plads: Fælles kontor Fælles plan Hjælp med henvisning");
    }
}
