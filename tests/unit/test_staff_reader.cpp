#include <doctest/doctest.h>

#include "readers/records/staff.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/questionnaire/staff_template_writer.hpp"

using namespace ipskit;
using readers::records::read_staff;
using test_files::scratch;

namespace {

// The messages of read_staff on `text`, or "" when it reads.
std::string problems(const std::string& text) {
    const auto path = scratch("staff.yaml", text);
    try {
        read_staff(path);
    } catch (const util::Error& e) {
        std::string all = e.what();
        // Without the scratch folder, so that the expected texts read as the user sees them.
        for (std::size_t at; (at = all.find(path)) != std::string::npos;)
            all.replace(at, path.size(), "staff.yaml");
        return all;
    }
    return "";
}

struct DanishMessages {
    DanishMessages() { util::set_message_language(util::MessageLanguage::da); }
    ~DanishMessages() { util::set_message_language(util::MessageLanguage::en); }
};

}  // namespace

TEST_CASE("readers::records::read_staff") {
    SUBCASE("every key in English, the hours of a full-time post given") {
        const Staff s = read_staff(scratch("staff.yaml",
                                           "site: Hjørring\nfull_time_hours: 37\nconsultants:\n"
                                           "  - id: MLU\n    fte: 1\n    employment_share: 100 %\n"
                                           "    hours_per_week: 37\n    community_hours_per_week: 26\n"
                                           "  - id: KP\n    fte: 0,5\n"));
        CHECK(s.site == "Hjørring");
        CHECK(s.full_time_hours == 37);
        REQUIRE(s.members.size() == 2);
        CHECK(s.members[0].id == "MLU");
        CHECK(s.members[0].fte == 1);
        CHECK(s.members[0].employment_share == 1.0);
        CHECK(s.members[0].hours_per_week == 37);
        CHECK(s.members[0].community_hours_per_week == 26);
        CHECK(s.members[0].line == 4);
        CHECK(s.members[1].fte == 0.5);
        CHECK_FALSE(s.members[1].employment_share);
        CHECK_FALSE(s.members[1].hours_per_week);
        CHECK_FALSE(s.members[1].community_hours_per_week);
        CHECK(s.members[1].line == 9);
        CHECK(s.find("KP") == &s.members[1]);
        CHECK(s.find("kp") == nullptr);
    }
    SUBCASE("Danish keys, in any letter case and with æ ø å, and shares as percentages") {
        const Staff s =
            read_staff(scratch("staff.yaml",
                               "Sted: Brønderslev\nFuldtidstimer: 37,5\nKonsulenter:\n"
                               "  - id: AB\n    Stillingsbrøk: 50 %\n    andel beskæftigelse: 0,9\n"
                               "    timer_pr_uge: 18,5\n    timer i lokalsamfundet: 12\n"));
        CHECK(s.site == "Brønderslev");
        CHECK(s.full_time_hours == 37.5);
        REQUIRE(s.members.size() == 1);
        CHECK(s.members[0].fte == 0.5);
        CHECK(s.members[0].employment_share == doctest::Approx(0.9));
        CHECK(s.members[0].hours_per_week == 18.5);
        CHECK(s.members[0].community_hours_per_week == 12);
    }
    SUBCASE("without full_time_hours a post is 37 hours, and the site may be left out") {
        const Staff s = read_staff(scratch("staff.yaml", "consultants:\n  - { id: 7, fte: 96% }\n"));
        CHECK(s.site.empty());
        CHECK(s.full_time_hours == 37);
        CHECK(s.members[0].id == "7");
        CHECK(s.members[0].fte == doctest::Approx(0.96));
    }
    SUBCASE("a decimal comma inside { } is read when quoted") {
        const Staff s = read_staff(scratch("staff.yaml", "consultants:\n  - { id: A, fte: \"0,5\" }\n"));
        CHECK(s.members[0].fte == 0.5);
    }
    SUBCASE("a key without a value is not given; a required one is then missing") {
        const Staff s = read_staff(scratch("staff.yaml",
                                           "site:\nfull_time_hours: ''\nconsultants:\n  - id: A\n    fte: 1\n"
                                           "    employment_share:\n    hours_per_week: ''\n"
                                           "    community_hours_per_week:\n"));
        CHECK(s.site.empty());
        CHECK(s.full_time_hours == 37);
        CHECK_FALSE(s.members[0].employment_share);
        CHECK_FALSE(s.members[0].hours_per_week);
        CHECK_FALSE(s.members[0].community_hours_per_week);
        CHECK(
            problems("consultants:\n  - id:\n    fte:\n") ==
            "staff.yaml:2:5: error: 'id' has no value for the consultant on line 2 — write it after the key, "
            "e.g. 'id: MLU'\n"
            "staff.yaml:3:5: error: 'fte' has no value for the consultant on line 2 — write it after the "
            "key, "
            "e.g. 'fte: 1'");
    }
    SUBCASE("FTE at its edges: 1 and 100 % read, 0 and above 1 do not") {
        CHECK(problems("consultants:\n  - { id: A, fte: 100 % }\n  - { id: B, fte: 0.01 }\n").empty());
        CHECK(
            problems("consultants:\n  - { id: A, fte: 0 }\n") ==
            "staff.yaml:2:19: error: 'fte' for the consultant A is 0; a full-time equivalent lies above 0 "
            "and "
            "at most 1 (100 %) — write the share of a full-time post: 1 for full time, 0,5 or 50 % for half "
            "time");
        CHECK(problems("consultants:\n  - { id: A, fte: 101 % }\n").find("is 101 %;") != std::string::npos);
        CHECK(problems("consultants:\n  - { id: A, fte: 50 }\n").find("is 50;") != std::string::npos);
    }
    SUBCASE("a share without % above 1 is taken for a forgotten % sign") {
        CHECK(problems("consultants:\n  - { id: A, fte: 1, employment_share: 90 }\n") ==
              "staff.yaml:2:40: error: 'employment_share' for the consultant A is 90, outside 0–100 % — a "
              "figure "
              "without % is a fraction from 0 to 1: write 0,9 or 90 %");
        CHECK(problems("consultants:\n  - { id: A, fte: 1, employment_share: 0 % }\n").empty());
        CHECK(problems("consultants:\n  - { id: A, fte: 1, employment_share: 100 % }\n").empty());
        CHECK(problems("consultants:\n  - { id: A, fte: 1, employment_share: 100.5 % }\n")
                  .find("is 100.5 %, outside 0–100 % — write the share of working time") !=
              std::string::npos);
    }
    SUBCASE("hours in the community may equal the scheduled hours, not exceed them") {
        CHECK(problems("consultants:\n  - { id: A, fte: 0.5, community_hours_per_week: 18.5 }\n").empty());
        CHECK(problems("consultants:\n  - { id: A, fte: 0.5, community_hours_per_week: 19 }\n") ==
              "staff.yaml:2:50: error: 'community_hours_per_week' for the consultant A is 19 hours a week, "
              "more "
              "than the 18.5 scheduled hours (FTE 0.5 of 37 full-time hours) — correct it, or give the "
              "scheduled "
              "hours with 'hours_per_week'");
        CHECK(problems(
                  "consultants:\n  - { id: A, fte: 1, hours_per_week: 30, community_hours_per_week: 31 }\n")
                  .find("is 31 hours a week, more than the 30 scheduled hours —") != std::string::npos);
    }
    SUBCASE("every problem of the file in one pass, each at its line") {
        const std::string text =
            "site: Hjørring\nfull_time_hours: 37\nstaff_note: x\nconsultants:\n"
            "  - id: MLU\n    fte: 1\n"
            "  - id: MLU\n    fte: 1\n"
            "  - id: KP\n    fte: 1,5\n    stilingsbroek: 1\n"
            "  - fte: 1\n"
            "  - id: JN\n    fte: 1\n    stillingsbrøk: 1\n    hours_per_week: lots\n";
        CHECK(
            problems(text) ==
            "staff.yaml:3:1: error: unknown key 'staff_note' in staff.yaml — use one of: site, "
            "full_time_hours, consultants, in English or Danish\n"
            "staff.yaml:7:5: error: the consultant 'MLU' is listed twice, first on line 5 — give each "
            "consultant one entry; two with the same initials need different ids, in cases.csv too\n"
            "staff.yaml:11:5: error: unknown key 'stilingsbroek' for the consultant on line 9 — did you mean "
            "stillingsbrøk? use one of: id, fte, employment_share, hours_per_week, "
            "community_hours_per_week, "
            "in English or Danish\n"
            "staff.yaml:10:10: error: 'fte' for the consultant KP is 1,5; a full-time equivalent lies above "
            "0 "
            "and at most 1 (100 %) — write the share of a full-time post: 1 for full time, 0,5 or 50 % for "
            "half time\n"
            "staff.yaml:12:5: error: 'id' is missing for the consultant on line 12 — add 'id: MLU'\n"
            "staff.yaml:15:5: error: 'stillingsbrøk' is given twice for the consultant on line 13, first as "
            "'fte' on line 14 — keep one of them\n"
            "staff.yaml:16:21: error: 'hours_per_week' for the consultant JN must be a number, not 'lots' — "
            "write a figure such as 37 or 37,5");
    }
    SUBCASE("a file without consultants, or not a map, is refused") {
        CHECK(problems("") ==
              "staff.yaml:1:1: error: staff.yaml lists no consultants — add 'consultants:' with one '- id: "
              "...' "
              "entry per IPS consultant; 'ipskit template --staff' writes a file to fill in");
        CHECK(problems("site: A\nkonsulenter: []\n").find("add 'konsulenter:'") != std::string::npos);
        CHECK(
            problems("- id: A\n") ==
            "staff.yaml:1:1: error: staff.yaml must be a map of keys — start from 'ipskit template --staff'");
    }
    SUBCASE("an id that looks like a CPR number is refused without repeating it") {
        const std::string cpr =
            "010190-"
            "1234";
        const std::string p = problems("consultants:\n  - { id: " + cpr + ", fte: 1 }\n");
        CHECK(p.find("'id' for the consultant on line 2 looks like a CPR number") != std::string::npos);
        CHECK(p.find(cpr) == std::string::npos);
    }
    SUBCASE("messages in Danish, with the decimal comma") {
        const DanishMessages da;
        CHECK(
            problems("konsulenter:\n  - id: A\n    stillingsbroek: 0,5\n    timer_i_lokalsamfundet: 20\n") ==
            "staff.yaml:4:29: fejl: 'timer_i_lokalsamfundet' for konsulenten A er 20 timer om ugen, flere "
            "end "
            "de 18,5 planlagte timer (stillingsbrøk 0,5 af 37 fuldtidstimer) — ret det, eller angiv de "
            "planlagte timer med 'timer_pr_uge'");
        CHECK(problems("konsulenter:\n  - { id: A }\n") ==
              "staff.yaml:2:5: fejl: 'stillingsbrøk' mangler for konsulenten A — tilføj 'stillingsbrøk: 1'");
    }
}

TEST_CASE("writers::questionnaire::staff_yaml_template") {
    // Each value line of the template, filled in as a site would.
    const auto fill = [](std::string text, const std::vector<std::pair<std::string, std::string>>& values) {
        for (const auto& [line, filled] : values) {
            const auto at = text.find(line + "\n");
            REQUIRE(at != std::string::npos);
            text.replace(at, line.size(), filled);
        }
        return text;
    };
    SUBCASE("the English template, filled in, reads back with every value") {
        const std::string text =
            fill(writers::questionnaire::staff_yaml_template("Hjørring", Lang::en),
                 {{"  - id:", "  - id: MLU"},
                  {"    fte: 1", "    fte: 50 %"},
                  {"    employment_share:", "    employment_share: 90 %"},
                  {"    community_hours_per_week:", "    community_hours_per_week: 12,5"}});
        const Staff s = read_staff(scratch("staff.yaml", text));
        CHECK(s.site == "Hjørring");
        CHECK(s.full_time_hours == 37);
        REQUIRE(s.members.size() == 1);
        CHECK(s.members[0].id == "MLU");
        CHECK(s.members[0].fte == 0.5);
        CHECK(s.members[0].employment_share == doctest::Approx(0.9));
        CHECK_FALSE(s.members[0].hours_per_week);
        CHECK(s.members[0].community_hours_per_week == 12.5);
    }
    SUBCASE("the Danish template, with its Danish keys, reads back") {
        const std::string text = fill(writers::questionnaire::staff_yaml_template("", Lang::da),
                                      {{"  - id:", "  - id: KP"},
                                       {"    timer_pr_uge:", "    timer_pr_uge: 30"},
                                       {"    timer_i_lokalsamfundet:", "    timer_i_lokalsamfundet: 30"}});
        const Staff s = read_staff(scratch("staff.yaml", text));
        CHECK(s.site.empty());
        CHECK(s.members[0].fte == 1);
        CHECK(s.members[0].hours_per_week == 30);
        CHECK(s.members[0].community_hours_per_week == 30);
    }
    SUBCASE("left unfilled, the template is refused at the consultant's empty id") {
        const std::string text = writers::questionnaire::staff_yaml_template("", Lang::en);
        CHECK(problems(text) ==
              "staff.yaml:14:5: error: 'id' has no value for the consultant on line 14 — write "
              "it after the key, e.g. 'id: MLU'");
    }
}
