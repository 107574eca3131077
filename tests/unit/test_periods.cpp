// Several periods in one run and the targets of targets.yaml. Expected
// figures are worked out by hand from the calendar and the few courses
// below, never taken from ipskit's own output.

#include <map>

#include <doctest/doctest.h>

#include "domain/date.hpp"
#include "domain/outcomes/periods.hpp"
#include "domain/outcomes/targets.hpp"
#include "domain/outcomes/trend_figures.hpp"
#include "readers/settings/targets.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

using namespace ipskit;
using namespace ipskit::outcomes;
using test_files::scratch;

namespace {

DayNumber day(int y, int m, int d) {
    return days_from_civil(y, m, d);
}

Case course(std::string_view site, DayNumber start, std::optional<DayNumber> end = std::nullopt,
            Outcome outcome = Outcome::other) {
    Case c;
    c.site = site;
    c.start = start;
    c.end = end;
    if (end) c.outcome = outcome;
    return c;
}

}  // namespace

TEST_CASE("outcomes::quarter_periods") {
    SUBCASE("each quarter from its first to its last day, across a year's end") {
        const auto q = quarter_periods(2023, 4, 2024, 1);
        REQUIRE(q.size() == 2);
        CHECK(q[0].name == "2023Q4");
        CHECK(*q[0].period.from == day(2023, 10, 1));
        CHECK(*q[0].period.to == day(2023, 12, 31));
        CHECK(q[1].name == "2024Q1");
        CHECK(*q[1].period.to == day(2024, 3, 31));  // 91 days in a leap year
    }
    SUBCASE("years are calendar years") {
        const auto y = year_periods(2020, 2021);
        REQUIRE(y.size() == 2);
        CHECK(*y[1].period.from == day(2021, 1, 1));
        CHECK(*y[1].period.to == day(2021, 12, 31));
    }
}

TEST_CASE("outcomes::year_fraction") {
    CHECK(year_fraction({day(2021, 1, 1), day(2021, 3, 31)}) == doctest::Approx(0.25));
    CHECK(year_fraction({day(2021, 4, 1), day(2021, 6, 30)}) ==
          doctest::Approx(0.25));  // 91 days, still a quarter
    CHECK(year_fraction({day(2020, 1, 1), day(2020, 12, 31)}) == doctest::Approx(1.0));
    CHECK(year_fraction({day(2020, 8, 1), day(2023, 7, 31)}) == doctest::Approx(3.0));
    CHECK(year_fraction({day(2021, 1, 5), day(2021, 1, 14)}) == doctest::Approx(10 / 365.25));
}

TEST_CASE("outcomes::PeriodAggregator") {
    const auto periods = quarter_periods(2021, 1, 2021, 2);
    PeriodAggregator sum({}, periods, {GroupField::site});
    sum.add(course("A", day(2021, 1, 1), day(2021, 3, 31), Outcome::job));  // closed on Q1's last day
    sum.add(course("A", day(2021, 3, 31), day(2021, 4, 1)));  // active at Q1's end, closed in Q2
    sum.add(course("A", day(2021, 4, 1)));                    // starts on Q2's first day
    sum.add(course("B", day(2020, 6, 1)));                    // active throughout
    PeriodAggregator other({}, periods, {GroupField::site});
    other.add(course("B", day(2021, 6, 30), day(2021, 6, 30), Outcome::education));
    sum.merge(other);
    const auto results = sum.finish();
    REQUIRE(results.size() == 2);
    std::vector<OutcomeFigures> figures;
    for (const auto& r : results) figures.push_back(compute_figures(r, {}));
    const TrendFigures trend = compute_trend(results, figures, 0);
    // cells[p][0] is the total, [1] site A, [2] site B.
    const auto& q1 = trend.cells[0];
    CHECK(q1[1].started.n == 2);
    CHECK(q1[1].closed.n == 1);
    CHECK(q1[1].job_or_education.n == 1);
    CHECK(q1[1].active_at_end.n == 1);
    CHECK(q1[2].started.n == 0);
    CHECK(q1[2].active_at_end.n == 1);
    CHECK(q1[0].active_at_end.n == 2);
    const auto& q2 = trend.cells[1];
    CHECK(q2[1].started.n == 1);
    CHECK(q2[1].closed.n == 1);
    CHECK(q2[1].job_or_education.n == 0);
    CHECK(q2[2].closed.n == 1);         // started and closed on Q2's last day
    CHECK(q2[2].active_at_end.n == 1);  // that one is not active at the end
    CHECK(*q2[0].share.value == doctest::Approx(0.5));

    SUBCASE("targets: a quarter expects a quarter of the year, and below is strict") {
        Targets targets;
        targets.sites["a"] = {8, 60};  // matched ignoring case
        targets.total = GroupTarget{12, std::nullopt};
        const auto t = compute_target_figures(results, periods, trend, targets, 50);
        REQUIRE(t[0].size() == 2);
        CHECK(t[0][0].row == 0);
        CHECK(*t[0][0].expected_started == doctest::Approx(3.0));
        CHECK(*t[0][0].started_below == true);  // 2 started of 3 expected
        CHECK(*t[0][1].expected_started == doctest::Approx(2.0));
        CHECK(*t[0][1].started_below == false);                // 2 of 2
        CHECK(*t[0][1].share_below == false);                  // 1 of 1 against 60 %
        CHECK(*t[1][1].started_below == true);                 // 1 of 2
        CHECK(*t[1][1].share_below == true);                   // 0 of 1
        CHECK(*t[1][0].share_target == doctest::Approx(0.5));  // the total's own is not given: --target
        CHECK(*t[1][0].share_below == false);                  // 1 of 2 meets 50 %
    }
}

TEST_CASE("outcomes::PeriodsAndReferrals: each period's referral path from the same pass") {
    const auto periods = year_periods(2021, 2022);
    PeriodsAndReferrals sum({}, periods, {});
    Case referred = course("A", day(2021, 2, 1), day(2022, 5, 1), Outcome::job);
    referred.referral = day(2021, 1, 20);
    referred.referral_source = "OPUS";
    sum.add(referred);
    Case never = course("A", 0);  // a referral that never started: no course
    never.started = false;
    never.referral = day(2022, 3, 1);
    never.referral_source = "OPUS";
    PeriodsAndReferrals other({}, periods, {});
    other.add(never);
    sum.merge(other);
    const auto referrals = sum.finish_referrals();
    REQUIRE(referrals.size() == 2);
    CHECK(referrals[0].total.referred == 1);
    CHECK(referrals[0].total.started == 1);
    CHECK(referrals[0].total.job_or_education == 1);  // closed in 2022, still on 2021's path
    CHECK(referrals[0].referred_outside_period == 1);
    CHECK(referrals[1].total.referred == 1);
    CHECK(referrals[1].total.not_started() == 1);
    CHECK(referrals[1].has_path);
    // The outcomes see the course that started, not the referral that never did.
    const auto results = sum.finish();
    CHECK(results[1].total.stats.closed.total() == 1);
    CHECK(results[1].total.stats.courses == 1);
}

// With --by, the referrals that name no department are found through the
// course's group in the outcome tables; a referral that never started has
// no group there. Either way each row must land where a referral path of
// its own puts it, spellings and nesting included.
TEST_CASE("outcomes::PeriodsAndReferrals: by group as a referral path of its own") {
    const auto periods = year_periods(2021, 2021);
    const std::vector<GroupField> by{GroupField::cluster, GroupField::site};
    PeriodsAndReferrals sum({}, periods, by);
    ReferralAggregator alone(periods.front().period, by);
    const char* sites[] = {"Køge", "køge", "Faxe", "Køge", "Faxe", "Stevns"};
    const char* sources[] = {"", "OPUS", "", "", "Psykiatrien Øst", ""};
    for (int i = 0; i < 60; ++i) {
        Case c = course(sites[i % 6], day(2021, 3, 1) + i, std::nullopt);
        c.cluster = i % 5 == 0 ? "Vest" : "Øst";
        c.referral = day(2021, 2, 1) + i % 7;
        c.referral_source = sources[i % 6];
        c.started = i % 4 != 1;
        sum.add(c);
        alone.add(c);
    }
    const ReferralResult got = sum.finish_referrals().front();
    const ReferralResult want = alone.finish();
    REQUIRE(got.rows.size() == want.rows.size());
    for (std::size_t i = 0; i < got.rows.size(); ++i) {
        CAPTURE(i);
        CHECK(got.rows[i].key == want.rows[i].key);
        CHECK(got.rows[i].subtotal == want.rows[i].subtotal);
        CHECK(got.rows[i].tally.referred == want.rows[i].tally.referred);
        CHECK(got.rows[i].tally.started == want.rows[i].tally.started);
        CHECK(got.rows[i].tally.days_to_start.n() == want.rows[i].tally.days_to_start.n());
        CHECK(got.rows[i].tally.days_to_start.quantile(0.5) ==
              want.rows[i].tally.days_to_start.quantile(0.5));
    }
    CHECK(got.total.referred == 60);
    CHECK(got.total.started == 45);
}

TEST_CASE("readers::read_targets") {
    SUBCASE("Danish keys and decimal commas") {
        const auto path = scratch("targets.yaml",
                                  "kommuner:\n  Køge:\n    startede_pr_år: 12,5\n    andel: 55\n"
                                  "Klynger:\n  Øst: { Started per year: 40 }\ni_alt: { share: 50 }\n");
        const Targets t = readers::settings::read_targets(path);
        CHECK(*t.sites.at("Køge").started_per_year == 12.5);
        CHECK(*t.sites.at("Køge").share_percent == 55);
        CHECK(*t.clusters.at("Øst").started_per_year == 40);
        CHECK_FALSE(t.clusters.at("Øst").share_percent);
        CHECK(*t.total->share_percent == 50);
    }
    SUBCASE("every problem at its line and column, in one pass") {
        const auto path = scratch("targets.yaml", "sites:\n  A: { share: 101 }\n  B: { started: 3 }\n");
        CHECK_THROWS_WITH_AS(
            readers::settings::read_targets(path),
            (path +
             ":2:15: error: share must lie from 0 to 100 — write the target share of "
             "job or education in percent, e.g. 50\n" +
             path +
             ":3:8: error: unknown key 'started' — use one of: started_per_year "
             "(startede_pr_aar, forventede_startede_pr_aar), share (andel, maal), max_caseload "
             "(maks_aktive_forloeb, maks_forloeb_pr_konsulent)")
                .c_str(),
            util::Error);
    }
    SUBCASE("a decimal comma inside { } is named as the cause of the stray key") {
        const auto path = scratch("targets.yaml", "kommuner:\n  Køge: { andel: 37,5 }\n");
        CHECK_THROWS_WITH_AS(
            readers::settings::read_targets(path),
            (path + ":2:21: error: unknown key '5' — '37,5' inside { } is read as 37 and a key "
                    "'5': write 37.5 or '37,5' in quotes, or the map one key per line; otherwise "
                    "use one of: started_per_year (startede_pr_aar, forventede_startede_pr_aar), "
                    "share (andel, maal), max_caseload (maks_aktive_forloeb, "
                    "maks_forloeb_pr_konsulent)")
                .c_str(),
            util::Error);
    }
    SUBCASE("a caseload maximum, in Danish or English, a whole number above 0") {
        const auto path = scratch("targets.yaml",
                                  "kommuner:\n  Køge: { maks_aktive_forløb: 15 }\n"
                                  "clusters:\n  Øst: { Max caseload: 18 }\n");
        const Targets t = readers::settings::read_targets(path);
        CHECK(*t.sites.at("Køge").max_caseload == 15);
        CHECK(*t.clusters.at("Øst").max_caseload == 18);
        CHECK_FALSE(t.total);
        const auto bad =
            scratch("targets.yaml", "sites:\n  A: { max_caseload: 0 }\n  B: { max_caseload: 12.5 }\n");
        CHECK_THROWS_WITH_AS(readers::settings::read_targets(bad),
                             (bad +
                              ":2:22: error: max_caseload must be a whole number above 0, not '0' — write "
                              "the most active courses a consultant of the group may hold, e.g. 20\n" +
                              bad +
                              ":3:22: error: max_caseload must be a whole number above 0, not '12.5' — "
                              "write the most active courses a consultant of the group may hold, e.g. 20")
                                 .c_str(),
                             util::Error);
    }
}

// Active courses on the capacity day: (cluster, site, consultant, courses).
TEST_CASE("outcomes::max_caseloads: a site's maximum, else its cluster's, else the total's or the default") {
    AggregationRules rules;
    rules.period = {days_from_civil(2020, 1, 1), days_from_civil(2020, 12, 31)};
    OutcomeAggregator agg(rules, {GroupField::cluster, GroupField::site});
    struct Load {
        const char *cluster, *site, *consultant;
        int courses;
    };
    // Hand-counted: Nord/Aalborg AA 4 (own max 3: above), Nord/Hjørring BB 4
    // (cluster max 5: not above), Syd/Odense CC 4 (default 20 ... or total 3).
    for (const Load& l : {Load{"Nord", "Aalborg", "AA", 4}, Load{"Nord", "Hjørring", "BB", 4},
                          Load{"Syd", "Odense", "CC", 4}})
        for (int i = 0; i < l.courses; ++i) {
            Case c;
            c.cluster = l.cluster;
            c.site = l.site;
            c.consultant = l.consultant;
            c.start = *rules.period.from;
            agg.add(c);
        }
    const OutcomeResult result = agg.finish();
    Targets targets;
    targets.sites["aalborg"].max_caseload = 3;  // matched ignoring case
    targets.clusters["Nord"].max_caseload = 5;
    // Each row's maximum by its key, as the report's rows name it.
    const auto by_key = [&](const std::vector<long>& maxima) {
        std::map<std::string, long> named{{"", maxima.at(0)}};
        for (std::size_t i = 0; i < result.groups.size(); ++i) {
            std::string key;
            for (const auto& part : result.groups[i].key) key += "/" + part;
            named[key] = maxima.at(i + 1);
        }
        return named;
    };
    REQUIRE(result.groups.size() == 5);
    CHECK(by_key(max_caseloads(result, targets, 20)) == std::map<std::string, long>{{"", 20},
                                                                                    {"/Nord", 5},
                                                                                    {"/Nord/Aalborg", 3},
                                                                                    {"/Nord/Hjørring", 5},
                                                                                    {"/Syd", 20},
                                                                                    {"/Syd/Odense", 20}});
    targets.total = GroupTarget{};
    targets.total->max_caseload = 3;
    CHECK(by_key(max_caseloads(result, targets, 20)) == std::map<std::string, long>{{"", 3},
                                                                                    {"/Nord", 5},
                                                                                    {"/Nord/Aalborg", 3},
                                                                                    {"/Nord/Hjørring", 5},
                                                                                    {"/Syd", 3},
                                                                                    {"/Syd/Odense", 3}});

    FigureRules figure_rules{50, 0, 20, max_caseloads(result, targets, 20)};
    const OutcomeFigures figures = compute_figures(result, figure_rules);
    CHECK(figures.max_caseload == 3);
    CHECK(figures.max_caseload_by_group);
    // The one consultant of each site's row: (max, above).
    std::map<std::string, std::pair<long, std::optional<bool>>> leaf;
    for (std::size_t i = 0; i < result.groups.size(); ++i)
        if (result.groups[i].key.size() == 2) {
            const auto& load = figures.by_group.caseloads.at(i + 1).at(0);
            leaf[result.groups[i].key[1]] = {load.max, load.above_max};
        }
    CHECK(leaf.at("Aalborg") == std::pair<long, std::optional<bool>>{3, true});    // AA: 4 > 3
    CHECK(leaf.at("Hjørring") == std::pair<long, std::optional<bool>>{5, false});  // BB: 4 <= 5 (Nord)
    CHECK(leaf.at("Odense") == std::pair<long, std::optional<bool>>{3, true});     // CC: 4 > 3 (total)
    // Without targets: the default for everyone, and no column of maxima.
    const OutcomeFigures plain = compute_figures(result, {50, 0, 20});
    CHECK_FALSE(plain.max_caseload_by_group);
    for (const auto& loads : plain.by_group.caseloads)
        for (const auto& load : loads) CHECK(load.above_max == false);
}
