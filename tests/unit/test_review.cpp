#include <doctest/doctest.h>

#include "domain/review.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"

using ipskit::readers::review::read_review;
using ipskit::readers::review::ReviewDefaults;
using ipskit::util::Error;
using ipskit::util::Location;
using test_files::scratch;

namespace {

ipskit::Scale load_mini(const std::string& id, const Location& at) {
    if (id != "mini") throw Error(at, "unknown scale '" + id + "'", "use one of: mini");
    return ipskit::readers::review::read_scale(std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales/mini.yaml");
}

const std::string kHeader = "scale: mini\nsite: Test\nreview_date: 2020-11-12\nreviewer: A\nratings:\n";

// Reads a questionnaire whose ratings are `ratings` (lines from line 6 on).
ipskit::readers::review::LoadedReview review_of(const std::string& ratings) {
    return read_review(scratch("review.yaml", kHeader + ratings), {}, load_mini);
}

std::string at(int line, int column) {
    return scratch("review.yaml", "") + ":" + std::to_string(line) + ":" + std::to_string(column);
}

}  // namespace

TEST_CASE("domain::score_review") {
    // caseload 23 -> 4, staff_time 5, team_contact no_fit -> 1: total 10 of 15, fair (8-11).
    const auto loaded = review_of("  1: { value: 23 }\n  2: 5\n  3: { no_fit: true, note: n/a }\n");
    const auto score = ipskit::score_review(loaded.scale, loaded.review);
    SUBCASE("no_fit counts as 1") {
        CHECK(loaded.review.ratings[2].score == 1);
        CHECK(loaded.review.ratings[2].no_fit);
    }
    SUBCASE("total, sections and level") {
        CHECK(score.total == 10);
        CHECK(score.total_max == 15);
        CHECK(score.mean == doctest::Approx(10.0 / 3));  // the mean item score
        CHECK(score.level->id == "fair");
        REQUIRE(score.sections.size() == 2);
        CHECK(score.sections[0].subtotal == 9);  // staffing: 4 + 5
        CHECK(score.sections[0].max == 10);
        CHECK(score.sections[0].mean == doctest::Approx(4.5));
        CHECK(score.sections[1].subtotal == 1);
    }
    SUBCASE("strengths are the 5s, priorities the 3s and below, lowest first, with the next anchor") {
        REQUIRE(score.strengths.size() == 1);
        CHECK(score.strengths[0].item->id == "staff_time");
        REQUIRE(score.priorities.size() == 1);
        CHECK(score.priorities[0].item->id == "team_contact");
        CHECK(ipskit::next_anchor(*score.priorities[0].item, 1)->en == "two");
    }
    SUBCASE("a scale with a higher threshold lists the 4s too, lowest first") {
        ipskit::Scale lenient = loaded.scale;
        lenient.priority_at_or_below = 4;
        const auto s = ipskit::score_review(lenient, loaded.review);
        REQUIRE(s.priorities.size() == 2);
        CHECK(s.priorities[0].item->id == "team_contact");
        CHECK(s.priorities[1].item->id == "caseload");
    }
    SUBCASE("to_check items are listed") {
        REQUIRE(score.to_check.size() == 1);
        CHECK(score.to_check[0]->number == 2);
    }
}

TEST_CASE("readers::read_review") {
    SUBCASE("ids and numbers mixed, elements counted") {
        const auto loaded =
            review_of("  caseload: 5\n  2: 4\n  team_contact: { elements: [meeting, office, plan] }\n");
        CHECK(loaded.review.ratings[0].score == 5);
        CHECK(loaded.review.ratings[2].score == 3);
        CHECK(loaded.review.review_date == "2020-11-12");
    }
    SUBCASE("every rule of the ratings, in one pass") {
        CHECK_THROWS_WITH_AS(review_of("  1: 7\n  2: 4.5\n  4: 3\n  caseload: 2\n"),
                             (at(6, 6) +
                              ": error: item 1 (Caseload) is rated 7, outside the scale's range 1–5 — write "
                              "a score from 1 to 5\n" +
                              at(7, 6) +
                              ": error: item 2 (Staff time) has the score '4.5', which is not a whole number "
                              "— write a whole number from 1 to 5\n" +
                              at(8, 3) +
                              ": error: unknown item '4' in scale mini — use an item number 1–3 or an item "
                              "id such as caseload\n" +
                              at(9, 3) +
                              ": error: item 1 (Caseload) is rated twice ('caseload' here, and on line 6) — "
                              "keep one rating per item; an item's number and its id name the same item\n" +
                              at(5, 1) +
                              ": error: item 3 (Team contact) is not rated — add a rating for it, by its "
                              "number 3 or its id team_contact")
                                 .c_str(),
                             Error);
    }
    SUBCASE("a YAML key given twice is caught") {
        CHECK_THROWS_WITH_AS(
            review_of("  1: 4\n  2: 4\n  3: 4\n  2: 5\n"),
            (at(9, 3) +
             ": error: item 2 (Staff time) is rated twice ('2' here, and on line 7) — keep one rating per "
             "item; an item's number and its id name the same item")
                .c_str(),
            Error);
    }
    SUBCASE("a score that disagrees with the measured value shows the band") {
        CHECK_THROWS_WITH_AS(
            review_of("  1: { score: 5, value: 20.5 }\n  2: 4\n  3: 4\n"),
            (at(6, 15) +
             ": error: item 1 (Caseload) is rated 5 but the value 20.5 participants (rounded to 0 "
             "decimals: 21) lies in the band 21–25 which scores 4 — correct the score or the value, or "
             "leave out the score and let ipskit apply the bands")
                .c_str(),
            Error);
    }
    SUBCASE("a score that disagrees with the elements ticked shows the count") {
        CHECK_THROWS_WITH_AS(
            review_of("  1: 4\n  2: 4\n  3: { score: 4, elements: [meeting, office] }\n"),
            (at(8, 15) + ": error: item 3 (Team contact) is rated 4 but 2 of its 5 elements are ticked "
                         "(meeting, office), which scores 2 — correct the score or the elements ticked, or "
                         "leave out the score and let ipskit count")
                .c_str(),
            Error);
    }
    SUBCASE("no_fit with another score, an unknown element") {
        CHECK_THROWS_WITH_AS(
            review_of("  1: { score: 3, no_fit: true }\n  2: 4\n  3: { elements: [meeting, garden] }\n"),
            (at(6, 26) +
             ": error: item 1 (Caseload) is marked no_fit but rated 3; an item that does not "
             "fit scores 1 — write '{ score: 1, no_fit: true }' or remove no_fit\n" +
             at(8, 28) +
             ": error: item 3 (Team contact) has no element 'garden' — tick ids from: meeting, "
             "office, records, plan, help")
                .c_str(),
            Error);
    }
    SUBCASE("a missing header and a bad date") {
        const auto path = scratch("review.yaml",
                                  "scale: mini\nreview_date: 31-02-2020\nratings:\n  1: 4\n  2: 4\n  3: 4\n");
        CHECK_THROWS_WITH_AS(read_review(path, {}, load_mini),
                             (path +
                              ":1:1: error: the review does not say its site — add 'site: ...' to the "
                              "questionnaire or give --site\n" +
                              path +
                              ":1:1: error: the review does not say its reviewer — add 'reviewer: ...' to "
                              "the questionnaire or give --reviewer\n" +
                              path +
                              ":2:14: error: review_date: 31-02-2020 is not a date (February 2020 has 29 "
                              "days) — correct the date")
                                 .c_str(),
                             Error);
    }
    SUBCASE("an unknown scale") {
        const auto path =
            scratch("review.yaml",
                    "scale: ips-99\nsite: x\nreview_date: 2020-01-01\nreviewer: r\nratings:\n  1: 4\n");
        CHECK_THROWS_WITH_AS(read_review(path, {}, load_mini),
                             (path + ":1:8: error: unknown scale 'ips-99' — use one of: mini").c_str(),
                             Error);
    }
    SUBCASE("a CSV ratings sheet takes its header from the options; the file's keys would win") {
        const auto path =
            scratch("ratings.csv",
                    "\xEF\xBB\xBFItem;Score;Note;name\ncaseload;4;\"a; b\";x\n2;5;;\nteam_contact;3;;\n");
        const auto loaded =
            read_review(path, ReviewDefaults{"mini", "Site", "R", "12.11.2020", {}}, load_mini);
        CHECK(loaded.review.site == "Site");
        CHECK(loaded.review.review_date == "2020-11-12");
        CHECK(loaded.review.ratings[0].note == "a; b");
        CHECK(loaded.review.ratings[2].score == 3);
        const auto yaml = read_review(scratch("review.yaml", kHeader + "  1: 4\n  2: 4\n  3: 4\n"),
                                      ReviewDefaults{"other", "Elsewhere", "R", "2021-01-01", {}}, load_mini);
        CHECK(yaml.review.site == "Test");
        CHECK(yaml.review.scale_id == "mini");
    }
    SUBCASE("a CSV error names the line and column") {
        const auto path =
            scratch("ratings.csv", "item,score,note\ncaseload,4,\nstaff_time,six,\nteam_contact,3,\n");
        CHECK_THROWS_WITH_AS(
            read_review(path, ReviewDefaults{"mini", "Site", "R", "2020-11-12", {}}, load_mini),
            (path + ":3:2: error: item 2 (Staff time) has the score 'six', which is not a whole number — "
                    "write a whole number from 1 to 5")
                .c_str(),
            Error);
    }
}

TEST_CASE("readers::read_review ratings sheets") {
    SUBCASE("Windows-1252 from older Danish Excel, with --encoding") {
        const auto path = test_files::scratch(
            "ratings.csv", "item;score;note\ncaseload;4;s\xE6rlig \x96 \xF8\xE5\n2;5;\nteam_contact;3;\n");
        CHECK_THROWS_WITH_AS(
            read_review(path, ReviewDefaults{"mini", "S", "R", "2020-11-12", {}}, load_mini),
            (path + ":2:3: error: not valid UTF-8 (byte 0xE6) in column \"note\" — if this file was "
                    "saved by Excel as \"CSV (semikolonsepareret)\", run again with --encoding windows-1252")
                .c_str(),
            Error);
        ReviewDefaults cp1252{"mini", "S", "R", "2020-11-12", {}};
        cp1252.csv.encoding = ipskit::readers::text::Encoding::windows1252;
        CHECK(read_review(path, cp1252, load_mini).review.ratings[0].note == "særlig – øå");
    }
    SUBCASE("a no_fit column takes yes/no in English or Danish") {
        const auto path =
            test_files::scratch("ratings.csv", "item,score,no_fit\n1,,ja\n2,4,nej\n3,4,perhaps\n");
        CHECK_THROWS_WITH_AS(
            read_review(path, ReviewDefaults{"mini", "S", "R", "2020-11-12", {}}, load_mini),
            (path +
             ":4:3: error: no_fit must be yes or no, not 'perhaps' — write yes/no, ja/nej or true/false")
                .c_str(),
            Error);
    }
}

TEST_CASE("readers::read_review dates") {
    // The shared date parser (ipskit::readers::csv::parse_date) reads review dates too, in
    // every form formats.md allows.
    const auto date_of = [](const std::string& date) {
        const auto path = test_files::scratch("ratings.csv", "item,score\n1,4\n2,4\n3,4\n");
        return read_review(path, ReviewDefaults{"mini", "S", "R", date, {}}, load_mini).review.review_date;
    };
    CHECK(date_of("2020-11-12") == "2020-11-12");
    CHECK(date_of("12-11-2020") == "2020-11-12");
    CHECK(date_of("12.11.2020") == "2020-11-12");
    CHECK(date_of("12/11/2020") == "2020-11-12");
    CHECK(date_of("29-02-2020") == "2020-02-29");
    const auto path = test_files::scratch("ratings.csv", "item,score\n1,4\n2,4\n3,4\n");
    CHECK_THROWS_WITH_AS(read_review(path, ReviewDefaults{"mini", "S", "R", "29-02-2021", {}}, load_mini),
                         (path + ": error: review_date: 29-02-2021 is not a date (February 2021 has 28 "
                                 "days) — correct the date")
                             .c_str(),
                         Error);
}

TEST_CASE("readers::read_review what reviewers write besides ratings") {
    const std::string ratings =
        "ratings:\n  1: { score: 4, recommendations: \"Hire one more\" }\n  2: 4\n  3: 4\n";
    const auto read_with = [&](const std::string& extra) {
        const std::string header = "scale: mini\nsite: Test\nreview_date: 2020-11-12\nreviewer: A\n";
        return read_review(scratch("review.yaml", header + extra + ratings), {}, load_mini);
    };
    SUBCASE("every key, read as written") {
        const auto loaded = read_with(
            "review_type: guided_self_assessment\nreview_period: { from: 01-05-2020, to: 2020-10-31 }\n"
            "visit_dates: [2020-11-12, 2020-11-11, 2020-11-12]\nsummary: |\n  Two lines\n  of text.\n"
            "recommendations: Keep going\n");
        const ipskit::Review& r = loaded.review;
        CHECK(r.review_type == ipskit::ReviewType::guided_self_assessment);
        CHECK(r.period.from == "2020-05-01");
        CHECK(r.period.to == "2020-10-31");
        CHECK(r.period.visit_dates == std::vector<std::string>{"2020-11-11", "2020-11-12"});
        CHECK(r.summary == "Two lines\nof text.");  // the block's last line break is not text
        CHECK(r.recommendations == "Keep going");
        CHECK(r.ratings[0].recommendations == "Hire one more");
    }
    SUBCASE("empty keys, as the template writes them, are not given") {
        const auto loaded = read_with("review_type:\nreview_period:\nvisit_dates:\nsummary:\n");
        CHECK_FALSE(loaded.review.review_type);
        CHECK(loaded.review.period.visit_dates.empty());
        CHECK(loaded.review.summary.empty());
    }
    SUBCASE("a wrong kind, a backward period and a bad date, in one pass") {
        CHECK_THROWS_WITH_AS(
            read_with("review_type: internal\nreview_period: { from: 2020-10-31, to: 2020-05-01 }\n"
                      "visit_dates: [2020-11-31]\n"),
            (at(5, 14) +
             ": error: review_type 'internal' is not a kind of review — write external, "
             "guided_self_assessment or self_assessment\n" +
             at(6, 16) + ": error: review_period ends before it begins — swap from and to\n" + at(7, 15) +
             ": error: visit_dates: 2020-11-31 is not a date (November 2020 has 30 days) — correct the date")
                .c_str(),
            Error);
    }
}
