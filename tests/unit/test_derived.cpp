// The derived fidelity items at every band edge of IPS-25: the bands come
// from scales/ips-25.yaml, the expected scores from the 2008 scale's anchors
// (caseload <=20 / 21-25 / 26-30, first contact <=30 / 31-60 days, community
// time >=65 % / 50-64 %, ...). Every figure is small enough to check by hand;
// the comment beside each says how.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "domain/date.hpp"
#include "domain/derived/derive.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"

using namespace ipskit;
using derived::CourseFacts;
using derived::DerivedItem;
using derived::SiteRecords;
using derived::Status;

namespace {

const Scale& ips25() {
    static const Scale scale =
        readers::review::read_scale(std::string(IPSKIT_SOURCE_SCALES_DIR) + "/ips-25.yaml");
    return scale;
}

constexpr int kAsOf = days_from_civil(2024, 12, 31);
constexpr int kFrom = days_from_civil(2024, 1, 1);

Staff staff_of(std::vector<StaffMember> members) {
    Staff s;
    s.members = std::move(members);
    return s;
}

StaffMember member(const char* id, double fte) {
    StaffMember m;
    m.id = id;
    m.fte = fte;
    return m;
}

// `n` courses of `consultant` active on the as-of date.
void add_active(SiteRecords& r, const char* consultant, int n, int first_id = 0) {
    for (int i = 0; i < n; ++i) {
        const std::string id = "c" + std::to_string(first_id + i);
        r.add_course({id, consultant, kAsOf - 100, std::nullopt, std::nullopt, i + 2});
    }
}

derived::DerivedResult finish(SiteRecords& r, const std::optional<Staff>& staff, int from = kFrom) {
    r.open_window(kAsOf, {from, kAsOf}, false, true);
    r.set_inputs(true, true);
    return r.finish(ips25(), staff);
}

const DerivedItem& item(const derived::DerivedResult& r, int number) {
    for (const auto& d : r.items)
        if (d.number == number) return d;
    throw std::logic_error("no derived item " + std::to_string(number));
}

std::optional<int> caseload_score(int courses, double fte) {
    SiteRecords r;
    add_active(r, "AH", courses);
    return item(finish(r, staff_of({member("AH", fte)})), 1).score;
}

}  // namespace

TEST_CASE("derived::caseload_per_fte") {
    SUBCASE("20 and 21, 25 and 26 per full-time consultant") {
        CHECK(caseload_score(20, 1) == 5);
        CHECK(caseload_score(21, 1) == 4);
        CHECK(caseload_score(25, 1) == 4);
        CHECK(caseload_score(26, 1) == 3);
        CHECK(caseload_score(41, 1) == 1);
    }
    SUBCASE("a half-time consultant carries half the caseload") {
        CHECK(caseload_score(10, 0.5) == 5);  // 10 / 0.5 = 20
        CHECK(caseload_score(11, 0.5) == 4);  // 22
    }
    SUBCASE("the site figure is all active courses over all FTE") {
        SiteRecords r;
        add_active(r, "AH", 30);
        add_active(r, "SK", 15, 100);
        const auto result = finish(r, staff_of({member("AH", 1), member("SK", 0.5), member("TN", 0.5)}));
        const auto& d = item(result, 1);
        CHECK(d.value == doctest::Approx(22.5));  // 45 / 2.0
        CHECK(d.n == 45);
        CHECK(d.score == 4);
        REQUIRE(result.specialists.size() == 3);
        CHECK(result.specialists[1].caseload_per_fte == doctest::Approx(30));  // 15 / 0.5
        // A consultant with no courses is listed with none.
        CHECK(result.specialists[2].consultant == "TN");
        CHECK(result.specialists[2].active_courses == 0);
        CHECK(result.specialists[2].caseload_per_fte == doctest::Approx(0));
    }
    SUBCASE("a course starting on the as-of date is active; one ending on it has left") {
        SiteRecords r;
        add_active(r, "AH", 10);
        r.add_course({"s", "AH", kAsOf, std::nullopt, std::nullopt, 50});
        r.add_course({"e", "AH", kAsOf - 10, std::nullopt, kAsOf, 51});
        r.add_course({"l", "AH", kAsOf - 10, std::nullopt, kAsOf + 1, 52});
        r.add_course({"f", "AH", kAsOf + 1, std::nullopt, std::nullopt, 53});
        CHECK(item(finish(r, staff_of({member("AH", 1)})), 1).n == 12);
    }
    SUBCASE("fewer than 10 courses is too thin; no staff.yaml is data missing") {
        SiteRecords r;
        add_active(r, "AH", 9);
        const auto thin = item(finish(r, staff_of({member("AH", 1)})), 1);
        CHECK(thin.status == Status::too_thin);
        CHECK_FALSE(thin.score);
        SiteRecords none;
        add_active(none, "AH", 20);
        const auto missing = item(finish(none, std::nullopt), 1);
        CHECK(missing.status == Status::data_missing);
        CHECK(missing.missing == derived::Missing::staff);
    }
}

TEST_CASE("derived::days_to_first_employer_contact") {
    auto score_for = [](int days) {
        SiteRecords r;
        for (int i = 0; i < 10; ++i)
            r.add_course({"c" + std::to_string(i), "AH", kFrom + 10, kFrom + 10 + days, std::nullopt, i + 2});
        return item(finish(r, std::nullopt), 15);
    };
    CHECK(score_for(30).score == 5);
    CHECK(score_for(31).score == 4);
    CHECK(score_for(60).score == 4);
    CHECK(score_for(61).score == 3);
    SUBCASE("courses starting on the period's edges count; the day before does not") {
        SiteRecords r;
        for (int i = 0; i < 8; ++i)
            r.add_course({"c" + std::to_string(i), "AH", kFrom + 50, kFrom + 60, std::nullopt, i + 2});
        r.add_course({"first", "AH", kFrom, kFrom + 40, std::nullopt, 20});        // 40 days
        r.add_course({"last", "AH", kAsOf, kAsOf, std::nullopt, 21});              // 0 days
        r.add_course({"before", "AH", kFrom - 1, kFrom + 500, std::nullopt, 22});  // not in the period
        r.add_course({"waiting", "AH", kFrom + 5, std::nullopt, std::nullopt, 23});
        const auto d = item(finish(r, std::nullopt), 15);
        CHECK(d.n == 10);
        CHECK(d.left_out == 1);                         // no contact yet
        CHECK(d.value == doctest::Approx(120.0 / 10));  // 8 x 10 + 40 + 0
    }
    SUBCASE("a period under 91 days is too short") {
        SiteRecords r;
        for (int i = 0; i < 10; ++i)
            r.add_course({"c" + std::to_string(i), "AH", kAsOf - 20, kAsOf - 10, std::nullopt, i + 2});
        CHECK(item(finish(r, std::nullopt, kAsOf - 89), 15).status == Status::period_too_short);  // 90 days
        SiteRecords r2;
        for (int i = 0; i < 10; ++i)
            r2.add_course({"c" + std::to_string(i), "AH", kAsOf - 20, kAsOf - 10, std::nullopt, i + 2});
        CHECK(item(finish(r2, std::nullopt, kAsOf - 90), 15).status == Status::scored);  // 91 days
    }
}

TEST_CASE("derived::staff figures") {
    auto with = [](double share, double hours, double community) {
        StaffMember m = member("AH", 1);
        m.employment_share = share;
        m.hours_per_week = hours;
        m.community_hours_per_week = community;
        SiteRecords r;
        return finish(r, staff_of({m}));
    };
    SUBCASE("employment share 96 % and 95 %") {
        CHECK(item(with(0.96, 37, 0), 2).score == 5);
        CHECK(item(with(0.95, 37, 0), 2).score == 4);
        CHECK(item(with(0.59, 37, 0), 2).score == 1);
    }
    SUBCASE("community time 65 % and 64 %") {
        CHECK(item(with(1, 40, 26), 24).score == 5);    // 26 / 40 = 65 %
        CHECK(item(with(1, 40, 25.6), 24).score == 4);  // 64 %
        CHECK(item(with(1, 40, 12), 24).score == 1);    // 30 % scores 1
        CHECK(item(with(1, 40, 12.4), 24).score == 2);  // 31 %
    }
    SUBCASE("weighted by FTE, hours from the full-time week where not given") {
        StaffMember a = member("AH", 1);
        a.employment_share = 1.0;
        a.community_hours_per_week = 27.75;  // of 37: 75 %
        StaffMember b = member("SK", 0.5);
        b.employment_share = 0.7;
        b.community_hours_per_week = 5.55;  // of 18.5: 30 %
        SiteRecords r;
        const auto result = finish(r, staff_of({a, b, member("TN", 0.5)}));
        CHECK(item(result, 2).value == doctest::Approx(100.0 * (1.0 + 0.35) / 1.5));  // 90 %
        CHECK(item(result, 2).left_out == 1);
        CHECK(item(result, 24).value == doctest::Approx(100.0 * 33.3 / 55.5));  // 60 %
    }
}

TEST_CASE("derived::face_to_face_contacts_per_fte_week") {
    auto per_week = [](int contacts, double fte, int days) {
        SiteRecords r;
        r.open_window(kAsOf, {kAsOf - days + 1, kAsOf}, false, true);
        r.set_inputs(false, true);
        for (int i = 0; i < contacts; ++i)
            r.add_contact({"AH", kAsOf - i % days, "Netto", true, std::nullopt, i + 2});
        r.add_contact({"AH", kAsOf - days, "Netto", true, std::nullopt, 999});  // the day before the period
        r.add_contact({"AH", kAsOf, "Netto", false, std::nullopt, 1000});       // by phone: counted in n only
        return item(r.finish(ips25(), staff_of({member("AH", fte)})), 17);
    };
    CHECK(per_week(24, 1, 28).score == 5);    // 24 / 4 weeks = 6
    CHECK(per_week(20, 1, 28).score == 4);    // 5
    CHECK(per_week(12, 0.5, 28).score == 5);  // 12 / (0.5 x 4) = 6
    CHECK(per_week(16, 1, 28).score == 3);    // 4
    CHECK(per_week(12, 1, 28).score == 2);    // 3 scores 2 (the scale file's edge)
    CHECK(per_week(24, 1, 28).n == 25);
    CHECK(per_week(24, 1, 27).status == Status::period_too_short);
    CHECK(per_week(8, 1, 28).status == Status::too_thin);  // 9 contacts in the period
}

TEST_CASE("derived::job figures") {
    auto jobs = [](int n, int types, int competitive, int flexjobs = 0) {
        SiteRecords r;
        r.open_window(kAsOf, {kFrom, kAsOf}, false, true);
        r.set_inputs(true, false);
        std::vector<std::string> names;
        for (int i = 0; i < n; ++i) names.push_back("type" + std::to_string(i % types));
        for (int i = 0; i < n; ++i) {
            derived::JobFacts j;
            j.case_id = "c";
            j.start = kFrom + i;
            j.job_type = names[static_cast<std::size_t>(i)];
            j.employer = names[static_cast<std::size_t>(i)];
            j.kind = i < flexjobs ? derived::JobKind::flexjob : derived::JobKind::job;
            if (i >= flexjobs) j.competitive = i - flexjobs < competitive;
            r.add_job(j);
        }
        derived::JobFacts education;
        education.start = kFrom;
        education.kind = derived::JobKind::education;
        education.job_type = "student";
        r.add_job(education);  // not a job
        derived::JobFacts before;
        before.start = kFrom - 1;
        before.job_type = "other";
        r.add_job(before);  // before the period
        return r.finish(ips25(), std::nullopt);
    };
    SUBCASE("85 % and 84 % different job types and employers") {
        const auto at85 = jobs(20, 17, 20);
        CHECK(item(at85, 19).score == 5);
        CHECK(item(at85, 20).score == 5);
        CHECK(item(at85, 19).n == 20);
        const auto at80 = jobs(25, 21, 25);  // 84 %
        CHECK(item(at80, 19).score == 4);
        CHECK(item(jobs(20, 10, 20), 19).score == 2);  // 50 %
        CHECK(item(jobs(20, 9, 20), 19).score == 1);   // 45 %
    }
    SUBCASE("65 % and 64 % competitive; a flexjob without a value is not competitive") {
        CHECK(item(jobs(20, 20, 13), 21).score == 2);     // 65 %
        CHECK(item(jobs(25, 25, 16), 21).score == 1);     // 64 %
        CHECK(item(jobs(20, 20, 19, 1), 21).score == 5);  // 19 of 20 = 95 %
        CHECK(item(jobs(20, 20, 18, 1), 21).score == 4);  // 18 of 20 = 90 %
    }
    SUBCASE("fewer than 10 jobs is too thin") {
        const auto d = item(jobs(9, 9, 9), 21);
        CHECK(d.status == Status::too_thin);
        CHECK(d.n == 9);
    }
}

TEST_CASE("derived::preference_match_share") {
    SiteRecords r;
    r.open_window(kAsOf, {kFrom, kAsOf}, false, true);
    r.set_inputs(true, true);
    // 18 contacts of which 13 match, 2 jobs that both match: 15 of 20 = 75 %.
    for (int i = 0; i < 18; ++i) r.add_contact({"AH", kFrom + i, "X", true, i < 13, i + 2});
    r.add_contact({"AH", kFrom, "X", true, std::nullopt, 30});  // not recorded: left out
    for (int i = 0; i < 2; ++i) {
        derived::JobFacts j;
        j.start = kFrom + i;
        j.matches_preferences = true;
        r.add_job(j);
    }
    const auto d = item(r.finish(ips25(), std::nullopt), 16);
    CHECK(d.value == doctest::Approx(75));
    CHECK(d.score == 4);
    CHECK(d.left_out == 1);
}

TEST_CASE("derived::SiteRecords case ids and consultants") {
    SiteRecords r;
    r.add_course({"HJ-1", "AH", kFrom, std::nullopt, std::nullopt, 2});
    r.add_course({"HJ-2", "MJ", kFrom, std::nullopt, std::nullopt, 3});
    r.add_course({"HJ-3", "AH", kFrom, std::nullopt, std::nullopt, 4});
    CHECK(r.case_line("HJ-2") == 3);
    CHECK(r.case_line("HJ-9") == 0);
    const auto named = r.course_consultants();
    REQUIRE(named.size() == 2);
    CHECK(named[0] == std::pair<std::string, int>{"AH", 2});
    CHECK(named[1] == std::pair<std::string, int>{"MJ", 3});
}

TEST_CASE("derived::figures named by the scale file") {
    CHECK(derived::figure_from_id("caseload_per_fte") == derived::Figure::caseload_per_fte);
    CHECK_FALSE(derived::figure_from_id("caseload"));
    std::vector<int> numbers;
    for (const auto& item : ips25().items)
        if (item.rule && !item.rule->figure.empty()) numbers.push_back(item.number);
    CHECK(numbers == std::vector<int>{1, 2, 15, 16, 17, 19, 20, 21, 24});
    const std::string bad =
        test_files::replaced(test_files::read(std::string(IPSKIT_SOURCE_SCALES_DIR) + "/ips-25.yaml"),
                             "figure: caseload_per_fte", "figure: caseload");
    const std::string path = test_files::scratch("bad-figure.yaml", bad);
    CHECK_THROWS_WITH_AS(
        readers::review::read_scale(path),
        doctest::Contains("names the figure 'caseload', which ipskit cannot compute from records — "
                          "use one of caseload_per_fte, employment_share,"),
        util::Error);
}
