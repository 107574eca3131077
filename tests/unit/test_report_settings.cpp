#include <doctest/doctest.h>

#include "readers/settings/report_settings.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"
#include "writers/questionnaire/report_settings_writer.hpp"

using namespace ipskit;
using test_files::scratch;

TEST_CASE("readers::read_report_settings") {
    SUBCASE("what --print-config writes reads back as the defaults") {
        const ReportSettings defaults = default_report_settings();
        const auto path =
            scratch("report.yaml", writers::questionnaire::report_settings_yaml(defaults, Lang::da));
        const ReportSettings back = readers::settings::read_report_settings(path);
        CHECK(back.gain_per_course == 71562);
        CHECK(back.gain_source.da == defaults.gain_source.da);
        REQUIRE(back.comparisons.size() == 3);
        CHECK(back.comparisons[1].ips_percent == 59.9);
        CHECK(back.comparisons[1].control_percent == 46.5);
        CHECK_FALSE(back.comparisons[2].control_percent);
        CHECK_FALSE(back.lang);
    }
    SUBCASE("keys left out keep their defaults; plain texts serve both languages") {
        const auto path = scratch("report.yaml",
                                  "organisation: Region Sjælland\nlanguage: da\ngain_per_course: 71572\n"
                                  "action_plan:\n  6: { owner: Teamleder, date: 01-03-2023 }\n");
        const ReportSettings s = readers::settings::read_report_settings(path);
        CHECK(s.organisation == "Region Sjælland");
        CHECK(s.lang == Lang::da);
        CHECK(s.gain_per_course == 71572);
        CHECK(s.target_percent == 50);
        CHECK(s.action_plan.at(6).owner == "Teamleder");
        CHECK(s.action_plan.at(6).date == "2023-03-01");
        CHECK(s.comparisons.size() == 3);
    }
    SUBCASE("every problem at its line, in one pass") {
        const auto path = scratch("report.yaml", "target_percent: 150\nlanguage: de\ncolour: red\n");
        CHECK_THROWS_WITH_AS(
            readers::settings::read_report_settings(path),
            (path +
             ":3:1: error: unknown key 'colour' in report.yaml — use one of: organisation, language, "
             "target_percent, suppress_below, gain_per_course, gain_source, comparisons, action_plan\n" +
             path + ":2:11: error: language must be en or da — write 'language: da' for Danish\n" + path +
             ":1:17: error: target_percent must lie from 0 to 100 — write a percentage such as 50")
                .c_str(),
            util::Error);
    }
}
