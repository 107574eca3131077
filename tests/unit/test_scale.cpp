#include <doctest/doctest.h>

#include "domain/scale.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"

using ipskit::score_for_elements;
using ipskit::score_for_value;
using ipskit::readers::review::read_scale;
using ipskit::util::Error;
using test_files::replaced;
using test_files::scratch;

namespace {

const ipskit::Scale& mini() {
    static const ipskit::Scale scale =
        read_scale(std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales/mini.yaml");
    return scale;
}

std::string mini_with(const std::string& from, const std::string& to) {
    return scratch("mini.yaml", replaced(test_files::mini_scale_text(), from, to));
}

}  // namespace

TEST_CASE("domain::score_for_value") {
    const auto& caseload = mini().items[0];
    SUBCASE("caseload bands, figures rounded to 0 decimals first") {
        CHECK(score_for_value(caseload, 0) == 5);
        CHECK(score_for_value(caseload, 20) == 5);
        CHECK(score_for_value(caseload, 20.4) == 5);  // shown as 20
        CHECK(score_for_value(caseload, 20.5) == 4);  // half rounds away from zero: 21
        CHECK(score_for_value(caseload, 21) == 4);
        CHECK(score_for_value(caseload, 25) == 4);
        CHECK(score_for_value(caseload, 25.49) == 4);
        CHECK(score_for_value(caseload, 26) == 3);
        CHECK(score_for_value(caseload, 30) == 3);
        CHECK(score_for_value(caseload, 31) == 2);
        CHECK(score_for_value(caseload, 40) == 2);
        CHECK(score_for_value(caseload, 40.5) == 1);
        CHECK(score_for_value(caseload, 41) == 1);
        CHECK(score_for_value(caseload, 500) == 1);  // the open top band
    }
    SUBCASE("percent bands end at 100") {
        const auto& staff_time = mini().items[1];
        CHECK(score_for_value(staff_time, 59.4) == 1);
        CHECK(score_for_value(staff_time, 59.5) == 2);
        CHECK(score_for_value(staff_time, 95) == 4);
        CHECK(score_for_value(staff_time, 95.4) == 4);
        CHECK(score_for_value(staff_time, 95.5) == 5);
        CHECK(score_for_value(staff_time, 96) == 5);
        CHECK(score_for_value(staff_time, 100) == 5);
        CHECK_FALSE(score_for_value(staff_time, 100.5).has_value());
        CHECK_FALSE(score_for_value(staff_time, -1).has_value());
    }
    SUBCASE("an item without bands has no value score") {
        CHECK_FALSE(score_for_value(mini().items[2], 3).has_value());
    }
}

TEST_CASE("domain::score_for_elements") {
    const auto& team_contact = mini().items[2];
    CHECK(score_for_elements(team_contact, 0) == 1);  // one or none
    CHECK(score_for_elements(team_contact, 1) == 1);
    CHECK(score_for_elements(team_contact, 2) == 2);
    CHECK(score_for_elements(team_contact, 4) == 4);
    CHECK(score_for_elements(team_contact, 5) == 5);
    CHECK_FALSE(score_for_elements(team_contact, 6).has_value());
    CHECK_FALSE(score_for_elements(mini().items[0], 1).has_value());
}

TEST_CASE("domain::Scale") {
    SUBCASE("find_item by number or id") {
        CHECK(mini().find_item("2")->id == "staff_time");
        CHECK(mini().find_item("team_contact")->number == 3);
        CHECK(mini().find_item("4") == nullptr);
        CHECK(mini().find_item("2x") == nullptr);
    }
    SUBCASE("level_for covers the totals 3..15") {
        CHECK(mini().total_min() == 3);
        CHECK(mini().total_max() == 15);
        CHECK(mini().level_for(15)->id == "good");
        CHECK(mini().level_for(12)->id == "good");
        CHECK(mini().level_for(11)->id == "fair");
        CHECK(mini().level_for(7)->id == "poor");
        CHECK(mini().level_for(3)->id == "poor");
        CHECK(mini().level_for(2) == nullptr);
    }
}

TEST_CASE("domain::Scale::is_priority") {
    ipskit::Scale scale;  // 1..5
    SUBCASE("without a threshold of its own: score_max - 2, the manuals' rule") {
        CHECK(scale.priority_threshold() == 3);
        CHECK(scale.is_priority(1));
        CHECK(scale.is_priority(3));
        CHECK_FALSE(scale.is_priority(4));
        scale.score_max = 7;
        CHECK(scale.priority_threshold() == 5);
    }
    SUBCASE("the scale's own threshold wins") {
        scale.priority_at_or_below = 4;
        CHECK(scale.is_priority(4));
        CHECK_FALSE(scale.is_priority(5));
        scale.priority_at_or_below = 1;
        CHECK(scale.is_priority(1));
        CHECK_FALSE(scale.is_priority(2));
    }
}

TEST_CASE("readers::read_scale priority_at_or_below") {
    SUBCASE("missing: the scale keeps the default") {
        CHECK_FALSE(mini().priority_at_or_below.has_value());
        CHECK(mini().priority_threshold() == 3);
    }
    SUBCASE("the bundled scales write 3") {
        for (const char* name : {"/ips-25.yaml", "/ips-15.yaml"})
            CHECK(read_scale(std::string(IPSKIT_SOURCE_SCALES_DIR) + name).priority_at_or_below == 3);
    }
    SUBCASE("a good value is read") {
        const auto path = mini_with("no_fit_score: 1\n", "no_fit_score: 1\npriority_at_or_below: 4\n");
        CHECK(read_scale(path).priority_at_or_below == 4);
        CHECK(read_scale(path).is_priority(4));
    }
    SUBCASE("out of the score range") {
        const auto path = mini_with("no_fit_score: 1\n", "no_fit_score: 1\npriority_at_or_below: 6\n");
        CHECK_THROWS_WITH_AS(read_scale(path),
                             (path + ":10:23: error: priority_at_or_below is 6, outside the scale's 1..5 — "
                                     "write a score from 1 to 5; the fidelity manuals use 3")
                                 .c_str(),
                             Error);
    }
    SUBCASE("below the score range") {
        const auto path = mini_with("no_fit_score: 1\n", "no_fit_score: 1\npriority_at_or_below: 0\n");
        CHECK_THROWS_AS(read_scale(path), Error);
    }
    SUBCASE("not a whole number") {
        const auto path = mini_with("no_fit_score: 1\n", "no_fit_score: 1\npriority_at_or_below: low\n");
        CHECK_THROWS_AS(read_scale(path), Error);
    }
}

TEST_CASE("readers::read_scale") {
    SUBCASE("the test scale") {
        CHECK(mini().id == "mini");
        CHECK(mini().items.size() == 3);
        CHECK(mini().items[1].to_check);
        CHECK(mini().items[1].anchors.at(3).da == "75-89 %");  // Danish falls back to English
        CHECK(mini().items[2].elements[1].text.da == "Fælles kontor");
    }
    SUBCASE("both bundled scales load") {
        const auto ips25 = read_scale(std::string(IPSKIT_SOURCE_SCALES_DIR) + "/ips-25.yaml");
        CHECK(ips25.items.size() == 25);
        CHECK(ips25.total_min() == 25);
        CHECK(ips25.total_max() == 125);
        CHECK(ips25.level_for(99)->id == "fair");
        CHECK(ips25.level_for(100)->id == "good");
        CHECK(ips25.level_for(114)->id == "good");
        CHECK(ips25.level_for(115)->id == "exemplary");
        CHECK(ips25.level_for(73)->id == "not_supported_employment");
        CHECK(ips25.level_for(74)->id == "fair");
        CHECK(score_for_value(*ips25.find_item("caseload_size"), 20.5) == 4);
        const auto ips15 = read_scale(std::string(IPSKIT_SOURCE_SCALES_DIR) + "/ips-15.yaml");
        CHECK(ips15.items.size() == 15);
        CHECK(ips15.total_max() == 75);
    }
    SUBCASE("a gap between bands") {
        const auto path = mini_with("{ score: 4, min: 21, max: 25 }", "{ score: 4, min: 22, max: 25 }");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":37:28: error: item 1's rule band 2 starts at 22 but the band before ends at 20: a "
                    "gap — start it at 21 (figures are rounded to 0 decimals)")
                .c_str(),
            Error);
    }
    SUBCASE("an overlap between bands") {
        const auto path = mini_with("{ score: 3, min: 26, max: 30 }", "{ score: 3, min: 25, max: 30 }");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":38:28: error: item 1's rule band 3 starts at 25 but the band before ends at 25: "
                    "an overlap — start it at 26 (figures are rounded to 0 decimals)")
                .c_str(),
            Error);
    }
    SUBCASE("a percent scale must end at 100, and a score may have one band") {
        const auto path = mini_with("{ score: 5, min: 96, max: 100 }", "{ score: 4, min: 96, max: 99 }");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":63:11: error: item 2's rule's last band must end at 100 percent — write 'max: 100'\n" +
             path + ":63:20: error: item 2's rule gives score 4 twice — each score may have one band only")
                .c_str(),
            Error);
    }
    SUBCASE("a missing anchor, an unknown section and a bad data source, all at once") {
        auto text = replaced(test_files::mini_scale_text(),
                             "      5: { en: \"20 or fewer\", da: \"20 eller færre\" }\n", "");
        text = replaced(text, "section: services", "section: service");
        text = replaced(text, "data_sources: [DOC]", "data_sources: [DOC, XYZ]");
        const auto path = scratch("mini.yaml", text);
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path +
             ":26:7: error: item 1 has no anchor for score 5 — add '5: { en: \"...\", da: \"...\" }' under "
             "anchors\n" +
             path +
             ":45:25: error: item 2 has an unknown data source 'XYZ' — use MIS (records in the case "
             "management system), DOC (documents), INT (interviews) or OBS (observation)\n" +
             path +
             ":65:14: error: item 3 names an unknown section 'service' — use the id of one of the sections "
             "listed under "
             "'sections:'")
                .c_str(),
            Error);
    }
    SUBCASE("items numbered out of order and an id used twice") {
        auto text = replaced(test_files::mini_scale_text(), "number: 3\n    id: team_contact",
                             "number: 4\n    id: caseload");
        const auto path = scratch("mini.yaml", text);
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path +
             ":64:13: error: item number 4 is out of order: expected 3 — number the items 1, 2, 3, "
             "... in the order they are listed\n" +
             path + ":65:9: error: item id 'caseload' is used twice — give each item its own id")
                .c_str(),
            Error);
    }
    SUBCASE("element scoring must cover 0..number of elements") {
        const auto path = mini_with("{ score: 5, min: 5, max: 5 }", "{ score: 5, min: 5, max: 6 }");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":87:9: error: item 3's element_scoring ends at 6 elements but the item lists 5 — end "
                    "the last entry at 'max: 5'")
                .c_str(),
            Error);
    }
    SUBCASE("levels must cover the totals without a gap") {
        const auto path = mini_with("{ id: fair, min: 8, max: 11,", "{ id: fair, min: 8, max: 10,");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":16:30: error: level 2 ends at 10 but should end at 11 (one below the level above) "
                    "— list the levels highest first, without gaps or overlaps")
                .c_str(),
            Error);
    }
    SUBCASE("the id must match the file name") {
        const auto path = scratch("other.yaml", test_files::mini_scale_text());
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":3:5: error: the scale's id 'mini' differs from its file name 'other.yaml' — "
                    "questionnaires select a scale by file name: rename the file or change the id")
                .c_str(),
            Error);
    }
    SUBCASE("a YAML syntax error") {
        const auto path = scratch("mini.yaml", "id: mini\nname: { en: \"x\"\n");
        CHECK_THROWS_WITH_AS(
            read_scale(path),
            (path + ":3:1: error: this is not valid YAML: the map '{' opened on line 2 is not closed with "
                    "'}' — add the closing '}', and a ',' between the entries")
                .c_str(),
            Error);
    }
}
