// The outcome aggregation: which courses each figure counts. Expected figures
// are worked out by hand in the comments; the cohort estimates come from R
// (cmprsk::cuminc, see the comment in that test case).

#include <doctest/doctest.h>

#include "domain/outcomes/aggregator.hpp"

using namespace ipskit::outcomes;

namespace {

// Day numbers (days since 1970-01-01) of the dates the tests use.
constexpr DayNumber k2019_06_01 = 18048;
constexpr DayNumber k2020_01_01 = 18262;
constexpr DayNumber k2020_12_31 = 18627;
constexpr DayNumber k2021_02_01 = 18659;

Case closed(Outcome outcome, DayNumber start, DayNumber end, std::optional<DayNumber> outcome_date = {}) {
    Case c;
    c.start = start;
    c.end = end;
    c.outcome = outcome;
    c.outcome_date = outcome_date;
    return c;
}

Case active(DayNumber start) {
    Case c;
    c.start = start;
    return c;
}

AggregationRules year_2020() {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_12_31};
    return rules;
}

}  // namespace

TEST_CASE("outcomes::Period") {
    const Period p{k2020_01_01, k2020_12_31};
    CHECK(p.contains(k2020_01_01));
    CHECK(p.contains(k2020_12_31));
    CHECK_FALSE(p.contains(k2020_12_31 + 1));
    CHECK(p.is_before(k2020_01_01 - 1));
    CHECK_FALSE(p.is_before(k2020_12_31 + 1));
    CHECK(Period{}.is_everything());
    CHECK(Period{}.contains(0));
}

TEST_CASE("outcomes::OutcomeAggregator") {
    SUBCASE("a course counts in the period its end date falls in; the rest are counted as left out") {
        OutcomeAggregator agg(year_2020(), {});
        agg.add(closed(Outcome::job, k2019_06_01, k2020_01_01, k2019_06_01 + 300));  // first day: in
        agg.add(closed(Outcome::other, k2019_06_01, k2020_12_31));                   // last day: in
        agg.add(closed(Outcome::education, k2019_06_01, k2020_01_01 - 1));           // before
        agg.add(closed(Outcome::flexjob, k2019_06_01, k2021_02_01));                 // after
        agg.add(active(k2019_06_01));
        const auto r = agg.finish();
        const auto& s = r.total.stats;
        CHECK(s.courses == 5);
        CHECK(s.closed.total() == 2);
        CHECK(s.closed.of(Outcome::job) == 1);
        CHECK(s.closed.of(Outcome::other) == 1);
        CHECK(s.closed.job_or_education() == 1);
        CHECK(s.closed_before == 1);
        CHECK(s.closed_after == 1);
        CHECK(s.active == 1);
    }
    SUBCASE("no period: every closed course") {
        OutcomeAggregator agg({}, {});
        agg.add(closed(Outcome::education, k2019_06_01, k2020_01_01 - 1));
        agg.add(closed(Outcome::flexjob, k2019_06_01, k2021_02_01));
        agg.add(active(k2019_06_01));
        const auto r = agg.finish();
        CHECK(r.total.stats.closed.total() == 2);
        CHECK(r.total.stats.closed_before + r.total.stats.closed_after == 0);
    }
    SUBCASE("time to job or education uses the outcome date, and counts those without one") {
        OutcomeAggregator agg(year_2020(), {});
        agg.add(closed(Outcome::job, k2020_01_01, k2020_01_01 + 360, k2020_01_01 + 300));
        agg.add(closed(Outcome::education, k2020_01_01, k2020_01_01 + 200, k2020_01_01 + 100));
        agg.add(closed(Outcome::flexjob, k2020_01_01, k2020_01_01 + 200));  // no outcome date
        agg.add(closed(Outcome::other, k2020_01_01, k2020_01_01 + 50));     // not a job: not timed
        const auto s = agg.finish().total.stats;
        CHECK(s.days_to_outcome.n() == 2);
        CHECK(*s.days_to_outcome.mean() == doctest::Approx(200));  // (300 + 100) / 2
        CHECK(s.outcome_without_date == 1);
        CHECK(s.without_contact == 4);
    }
    SUBCASE("capacity on the last day of the period, by consultant") {
        OutcomeAggregator agg(year_2020(), {});
        Case a = active(k2020_01_01);
        a.consultant = "AB";
        a.aftercare = true;
        agg.add(a);
        Case b = closed(Outcome::job, k2020_01_01, k2021_02_01);  // still active on 31-12-2020
        b.consultant = "AB";
        agg.add(b);
        Case c = closed(Outcome::job, k2020_01_01, k2020_12_31);  // ended on the day: not active
        c.consultant = "CD";
        agg.add(c);
        agg.add(active(k2021_02_01));  // started after the period: not active then
        const auto r = agg.finish();
        CHECK(r.total.stats.active_at_capacity_day == 2);
        CHECK(r.total.stats.aftercare_at_capacity_day == 1);
        REQUIRE(r.caseloads.size() == 2);
        CHECK(r.caseloads[0].consultant == "AB");
        CHECK(r.caseloads[0].active == 2);
        CHECK(r.caseloads[1].active == 0);
        CHECK(r.as_of == k2021_02_01);  // the latest date in the extract
        CHECK(r.as_of_from_data);
    }
    SUBCASE("nested groups: each subgroup, then its subtotal; the total separately") {
        OutcomeAggregator agg(year_2020(), {GroupField::cluster, GroupField::site});
        auto add = [&](std::string_view cluster, std::string_view site, Outcome o) {
            Case c = closed(o, k2020_01_01, k2020_12_31);
            c.cluster = cluster;
            c.site = site;
            agg.add(c);
        };
        add("Vest", "Slagelse", Outcome::job);
        add("Nord", "Holbæk", Outcome::other);
        add("Vest", "Sorø", Outcome::job);
        add("Vest", "Slagelse", Outcome::education);
        const auto r = agg.finish();
        REQUIRE(r.groups.size() == 5);
        CHECK(r.groups[0].key == std::vector<std::string>{"Nord", "Holbæk"});
        CHECK(r.groups[1].key == std::vector<std::string>{"Nord"});
        CHECK(r.groups[2].key == std::vector<std::string>{"Vest", "Slagelse"});
        CHECK(r.groups[2].stats.closed.total() == 2);
        CHECK(r.groups[3].key == std::vector<std::string>{"Vest", "Sorø"});
        CHECK(r.groups[4].key == std::vector<std::string>{"Vest"});
        CHECK(r.groups[4].stats.closed.job_or_education() == 3);
        CHECK(r.total.stats.closed.total() == 4);
    }
    SUBCASE("by year: the year a course closed; active courses in a group of their own") {
        OutcomeAggregator agg({}, {GroupField::year});
        Case c = closed(Outcome::job, k2019_06_01, k2020_12_31);
        c.end_year = 2020;
        agg.add(c);
        agg.add(active(k2019_06_01));
        const auto r = agg.finish();
        REQUIRE(r.groups.size() == 2);
        CHECK(r.groups[0].key == std::vector<std::string>{""});
        CHECK(r.groups[1].key == std::vector<std::string>{"2020"});
    }
}

TEST_CASE("outcomes::horizon_days") {
    CHECK(horizon_days(6) == 183);   // 182.625
    CHECK(horizon_days(10) == 304);  // 304.375
    CHECK(horizon_days(12) == 365);  // 365.25
    CHECK(horizon_days(18) == 548);  // 547.875
}

TEST_CASE("outcomes::CohortTracker") {
    // Reference: R, cmprsk 2.2,
    //   cuminc(c(100, 200, 250, 400, 150, 300, 500), c(1, 2, 1, 1, 2, 0, 0), cencode = 0)
    //   timepoints(., c(183, 304, 365, 548))$est[1, ] = 0.142857142857143 0.285714285714286 0.285714285714286
    //   NA
    CohortTracker cohort({6, 10, 12, 18}, std::nullopt);
    cohort.add(closed(Outcome::job, 0, 120, 100));     // success on day 100
    cohort.add(closed(Outcome::other, 0, 200));        // competing on day 200
    cohort.add(closed(Outcome::education, 100, 350));  // no outcome date: success on day 250 (end)
    cohort.add(closed(Outcome::job, 50, 500, 450));    // success on day 400
    cohort.add(closed(Outcome::other, 10, 160));       // competing on day 150
    cohort.add(active(700));                           // censored at as-of: day 300
    cohort.add(active(500));                           // day 500
    const auto f = cohort.estimate(1000);
    REQUIRE(f.size() == 4);
    CHECK(*f[0].cumulative.value == doctest::Approx(0.142857142857143));
    CHECK(*f[1].cumulative.value == doctest::Approx(0.285714285714286));
    CHECK(*f[2].cumulative.value == doctest::Approx(0.285714285714286));
    CHECK_FALSE(f[3].cumulative.value);  // past the last follow-up with a course still open
    SUBCASE("full follow-up: started at least the horizon before as-of") {
        CHECK(f[0].full_follow_up == 7);  // every start <= 1000 - 183
        CHECK(f[0].full_follow_up_success == 1);
        CHECK(f[2].full_follow_up == 6);  // starts <= 635
        CHECK(f[2].full_follow_up_success == 2);
        CHECK(f[3].full_follow_up == 5);  // starts <= 452
        CHECK(f[3].full_follow_up_success == 3);
        CHECK(f[2].at_risk == 2);  // follow-up ends on day 400 and 500
    }
    SUBCASE("an explicit as-of date censors later events") {
        CohortTracker early({12}, DayNumber{300});
        early.add(closed(Outcome::job, 0, 450, 400));  // after as-of: still open then
        early.add(active(400));                        // started after as-of: left out
        const auto g = early.estimate(300);
        CHECK(early.courses() == 1);
        CHECK(early.started_after_as_of() == 1);
        CHECK(g[0].full_follow_up == 0);
    }
}

TEST_CASE("outcomes::OutcomeAggregator::finish (group names)") {
    const auto at = [](const std::string& site, const std::string& cluster = "") {
        Case c = closed(Outcome::job, k2019_06_01, k2020_01_01);
        c.site = site;
        c.cluster = cluster;
        c.consultant = site;
        return c;
    };
    const auto sites = [](const OutcomeResult& r) {
        std::vector<std::string> names;
        for (const auto& g : r.groups) names.push_back(g.key.empty() ? "(total)" : g.key.back());
        return names;
    };
    SUBCASE("Danish order under Danish, English order otherwise") {
        OutcomeAggregator agg(year_2020(), {GroupField::site});
        for (const char* site : {"Århus", "Ølstykke", "Ærø", "Aabenraa", "Ballerup"}) agg.add(at(site));
        CHECK(sites(agg.finish(ipskit::Lang::da)) ==
              std::vector<std::string>{"Ballerup", "Ærø", "Ølstykke", "Aabenraa", "Århus"});
        CHECK(sites(agg.finish(ipskit::Lang::en)) ==
              std::vector<std::string>{"Aabenraa", "Ærø", "Århus", "Ballerup", "Ølstykke"});
    }
    SUBCASE("spellings that differ in case are one group, spelt as most rows spell it") {
        OutcomeAggregator agg(year_2020(), {GroupField::site});
        for (const char* site : {"Ærø", "ærø", "ÆRØ", "ærø", "Odense"}) agg.add(at(site));
        const OutcomeResult r = agg.finish(ipskit::Lang::da);
        CHECK(sites(r) == std::vector<std::string>{"Odense", "ærø"});
        CHECK(r.groups[1].stats.courses == 4);
        REQUIRE(r.merged_spellings.size() == 2);  // the sites, and the consultants named alike
        CHECK(r.merged_spellings[0].field == GroupField::site);
        CHECK(r.merged_spellings[0].shown == "ærø");
        CHECK(r.merged_spellings[0].others == std::vector<std::string>{"Ærø", "ÆRØ"});
        CHECK(r.merged_spellings[1].field == GroupField::consultant);
        REQUIRE(r.caseloads.size() == 2);
        CHECK(r.caseloads[1].consultant == "ærø");
    }
    SUBCASE("a tie keeps the spelling seen first") {
        OutcomeAggregator agg(year_2020(), {GroupField::site});
        for (const char* site : {"Nord", "NORD", "NORD", "Nord"}) agg.add(at(site));
        CHECK(sites(agg.finish()) == std::vector<std::string>{"Nord"});
    }
    SUBCASE("nested groups fold each level, so subtotals stay whole") {
        OutcomeAggregator agg(year_2020(), {GroupField::cluster, GroupField::site});
        agg.add(at("Ærø", "Syd"));
        agg.add(at("ærø", "syd"));
        agg.add(at("Svendborg", "Syd"));
        const OutcomeResult r = agg.finish(ipskit::Lang::da);
        // Syd/Svendborg, Syd/Ærø (2 courses), then Syd's subtotal.
        REQUIRE(r.groups.size() == 3);
        CHECK(r.groups[0].key == std::vector<std::string>{"Syd", "Svendborg"});
        CHECK(r.groups[1].key == std::vector<std::string>{"Syd", "Ærø"});
        CHECK(r.groups[1].stats.courses == 2);
        CHECK(r.groups[2].key == std::vector<std::string>{"Syd"});
        CHECK(r.groups[2].stats.courses == 3);
    }
}
