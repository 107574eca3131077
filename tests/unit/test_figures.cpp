// The figures of the outcomes report: the target verdict against the exact
// rule, what suppression hides in every table, shares with their Wilson
// intervals and the days figures.

#include <doctest/doctest.h>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"

using namespace ipskit;
using namespace ipskit::outcomes;

namespace {

constexpr DayNumber k2020_01_01 = 18262;

// Closed courses of one site in 2020; job or education 20 days after start.
void add_site(OutcomeAggregator& agg, const std::string& site, std::array<int, 4> counts) {
    for (Outcome o : kOutcomes)
        for (int i = 0; i < counts[static_cast<std::size_t>(o)]; ++i) {
            Case c;
            c.site = site;
            c.start = k2020_01_01;
            c.end = k2020_01_01 + 100;
            c.outcome = o;
            if (is_job_or_education(o)) c.outcome_date = c.start + 20;
            agg.add(c);
        }
}

// Two sites of 40 closed courses: A job 10, flexjob 2, education 8, other
// 20; B 12, 6, 9, 13. Together 22, 8, 17, 33 = 80; job or education 47.
OutcomeResult two_sites() {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    OutcomeAggregator agg(rules, {GroupField::site});
    add_site(agg, "A", {10, 2, 8, 20});
    add_site(agg, "B", {12, 6, 9, 13});
    return agg.finish();
}

stats::IntHistogram histogram_of(std::initializer_list<long> values) {
    stats::IntHistogram h;
    for (long v : values) h.add(v);
    return h;
}

}  // namespace

TEST_CASE("outcomes::target_met") {
    SUBCASE("agrees with 100 * k >= target * n for every n to 400, k and whole target") {
        // Exhaustive: the floating-point rule it replaced failed at 55 of
        // 100 and ten other whole targets; one check per count keeps the
        // run short.
        long disagreements = 0;
        for (long n = 1; n <= 400; ++n)
            for (long k = 0; k <= n; ++k)
                for (long target = 1; target <= 99; ++target) {
                    const bool exact = 100 * k >= target * n;
                    const auto met = target_met(k, n, static_cast<double>(target));
                    if (!met || *met != exact) {
                        if (disagreements == 0)
                            FAIL_CHECK("first disagreement: " << k << " of " << n << " at " << target);
                        ++disagreements;
                    }
                }
        CHECK(disagreements == 0);
    }
    SUBCASE("a share equal to the target meets it") {
        CHECK(target_met(55, 100, 55) == true);
        CHECK(target_met(54, 100, 55) == false);
        CHECK(target_met(7, 100, 7) == true);
        CHECK(target_met(81, 100, 81) == true);
    }
    SUBCASE("targets with decimals are exact too") {
        // 55.1 is no binary fraction: 551 / 1000 must still meet it.
        CHECK(target_met(551, 1000, 55.1) == true);
        CHECK(target_met(550, 1000, 55.1) == false);
        CHECK(target_met(111, 200, 55.5) == true);
        CHECK(target_met(1, 3, 100.0 / 3) == true);
    }
    SUBCASE("the ends of the range") {
        CHECK(target_met(0, 10, 0) == true);
        CHECK(target_met(10, 10, 100) == true);
        CHECK(target_met(9, 10, 100) == false);
    }
    SUBCASE("no verdict without closed courses") {
        CHECK_FALSE(target_met(0, 0, 50).has_value());
    }
    SUBCASE("counts beyond exact products still get a verdict") {
        CHECK(target_met(55'000'000'000'000'000, 100'000'000'000'000'000, 55.1) == false);
        CHECK(target_met(56'000'000'000'000'000, 100'000'000'000'000'000, 55.1) == true);
    }
}

TEST_CASE("outcomes::share_of") {
    // Reference values by the Wilson formula written out in Python 3 (no
    // library), with z = statistics.NormalDist().inv_cdf(0.975):
    //   p = k / n; c = (p + z*z/(2n)) / (1 + z*z/n)
    //   h = z * sqrt(p(1 - p)/n + z*z/(4n*n)) / (1 + z*z/n); c - h, c + h
    SUBCASE("55 of 100") {
        const auto share = share_of(55, 100);
        REQUIRE(share.value);
        REQUIRE(share.ci);
        CHECK(*share.value == doctest::Approx(0.55));
        CHECK(share.ci->lower == doctest::Approx(0.4524460299744214).epsilon(1e-12));
        CHECK(share.ci->upper == doctest::Approx(0.6438546202048802).epsilon(1e-12));
    }
    SUBCASE("3 of 7 and 1 of 12") {
        const auto a = share_of(3, 7), b = share_of(1, 12);
        REQUIRE(a.ci);
        REQUIRE(b.ci);
        CHECK(a.ci->lower == doctest::Approx(0.1582198552514697).epsilon(1e-12));
        CHECK(a.ci->upper == doctest::Approx(0.7495416354723428).epsilon(1e-12));
        CHECK(b.ci->lower == doctest::Approx(0.014865094404917123).epsilon(1e-12));
        CHECK(b.ci->upper == doctest::Approx(0.3538799111411169).epsilon(1e-12));
    }
    SUBCASE("hidden or of nothing: no value, no interval") {
        const auto hidden = share_of(3, 7, Mark::small), empty = share_of(0, 0);
        CHECK(hidden.hidden());
        CHECK_FALSE(hidden.value);
        CHECK_FALSE(hidden.ci);
        CHECK_FALSE(empty.hidden());
        CHECK_FALSE(empty.value);
        CHECK_FALSE(empty.ci);
    }
}

TEST_CASE("outcomes::days_figure") {
    // Reference values from Python 3: statistics.quantiles(x, n=4,
    // method="inclusive") (R's type 7), statistics.fmean(x), and the share
    // of x <= 30, for x = 3 8 8 15 21 30 31 44 90 365.
    const auto days = histogram_of({3, 8, 8, 15, 21, 30, 31, 44, 90, 365});
    SUBCASE("quartiles, mean and share within 30 days, exact without suppression") {
        const auto figure = days_figure(days, 0);
        CHECK(*figure.q1 == doctest::Approx(9.75));
        CHECK(*figure.median == doctest::Approx(25.5));
        CHECK(*figure.q3 == doctest::Approx(40.75));
        CHECK(*figure.mean == doctest::Approx(61.5));
    }
    SUBCASE("in whole days under suppression") {
        // 9.75, 25.5, 40.75 and 61.5 rounded half away from zero: an exact
        // mean would tell the sum of days of a group.
        const auto figure = days_figure(days, 2);
        CHECK(figure.n.n == 10);
        CHECK_FALSE(figure.n.hidden());
        CHECK(*figure.q1 == 10);
        CHECK(*figure.median == 26);
        CHECK(*figure.q3 == 41);
        CHECK(*figure.mean == 62);
        CHECK(*figure.share_within_30 == doctest::Approx(0.6));
    }
    SUBCASE("fewer courses than the threshold: hidden, with no figures") {
        const auto figure = days_figure(days, 11);
        CHECK(figure.n.hidden());
        CHECK_FALSE(figure.mean);
        CHECK_FALSE(figure.median);
        CHECK_FALSE(figure.share_within_30);
    }
    SUBCASE("no courses: no figures") {
        const auto figure = days_figure(stats::IntHistogram{}, 0);
        CHECK(figure.n.n == 0);
        CHECK_FALSE(figure.mean);
        CHECK_FALSE(figure.q1);
    }
}

TEST_CASE("outcomes::compute_figures") {
    const auto result = two_sites();
    REQUIRE(result.groups.size() == 2);
    const auto figures = compute_figures(result, {55, 5});
    REQUIRE(figures.closed.size() == 3);  // the total, then A and B
    const auto& total = figures.closed[0];
    const auto& a = figures.closed[1];
    const auto& b = figures.closed[2];

    SUBCASE("primary and secondary suppression, along rows and down columns") {
        // A's flexjob 2 is under 5; its row then hides education 8 (the
        // smallest shown part); the flexjob and education columns hide B's
        // 6 and 9, so no hidden count follows from the total.
        CHECK(a.counts[kFlexjobColumn].hidden());
        CHECK(a.counts[kEducationColumn].hidden());
        CHECK(b.counts[kFlexjobColumn].hidden());
        CHECK(b.counts[kEducationColumn].hidden());
        for (auto column : {kJobColumn, kOtherColumn, kAllColumn, kJobOrEducationColumn}) {
            CHECK_FALSE(a.counts[column].hidden());
            CHECK_FALSE(b.counts[column].hidden());
        }
        for (const auto& count : total.counts) CHECK_FALSE(count.hidden());
        // Only the 2 is a small count; the cells hidden to protect it are
        // 6 or more and are marked apart.
        CHECK(a.counts[kFlexjobColumn].mark == Mark::small);
        CHECK(a.counts[kEducationColumn].mark == Mark::protecting);
        CHECK(b.counts[kFlexjobColumn].mark == Mark::protecting);
        CHECK(total.counts[kAllColumn].n == 80);
        CHECK(total.counts[kJobOrEducationColumn].n == 47);
    }
    SUBCASE("a share is hidden with its count") {
        CHECK(a.shares[kFlexjobColumn].hidden());
        CHECK_FALSE(a.shares[kFlexjobColumn].value);
        CHECK(*a.shares[kJobColumn].value == doctest::Approx(10.0 / 40));
        CHECK(*total.shares[kJobOrEducationColumn].value == doctest::Approx(47.0 / 80));
    }
    SUBCASE("target met per row: 50 %, 67.5 % and 58.75 % against 55 %") {
        CHECK(a.target_met == false);
        CHECK(b.target_met == true);
        CHECK(total.target_met == true);
    }
    SUBCASE("days to job or education per row") {
        REQUIRE(figures.days_to_outcome.size() == 3);
        CHECK(figures.days_to_outcome[0].n.n == 47);
        CHECK(*figures.days_to_outcome[1].median == doctest::Approx(20));
        CHECK(figures.days_to_contact.n.n == 0);
    }
    SUBCASE("a hidden job or education hides the verdict and the days") {
        const auto strict = compute_figures(result, {55, 9});  // A's flexjob 2 and 8, B's 6 under 9
        for (const auto& row : strict.closed) {
            const bool hidden = row.counts[kJobOrEducationColumn].hidden() || row.counts[kAllColumn].hidden();
            CHECK(row.target_met.has_value() == !hidden);
        }
        for (std::size_t r = 0; r < strict.closed.size(); ++r)
            if (strict.closed[r].counts[kJobOrEducationColumn].hidden())
                CHECK(strict.days_to_outcome[r].n.hidden());
    }
    SUBCASE("no threshold: nothing hidden") {
        const auto open = compute_figures(result, {55, 0});
        for (const auto& row : open.closed)
            for (const auto& count : row.counts) CHECK_FALSE(count.hidden());
    }
}

TEST_CASE("outcomes::compute_figures flags caseloads above the maximum") {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    OutcomeAggregator agg(rules, {});
    for (const auto& [consultant, active] : {std::pair{"AA", 3}, std::pair{"BB", 2}})
        for (int i = 0; i < active; ++i) {
            Case c;
            c.consultant = consultant;
            c.start = k2020_01_01;
            agg.add(c);
        }
    const auto result = agg.finish();
    const auto figures = compute_figures(result, {50, 0, 2});
    REQUIRE(result.caseloads.size() == 2);
    REQUIRE(figures.above_max_caseload.size() == 2);
    CHECK(figures.above_max_caseload[0] == true);   // AA: 3 > 2
    CHECK(figures.above_max_caseload[1] == false);  // BB: 2 is the maximum itself
}

TEST_CASE("outcomes::compute_figures suppresses caseloads as counts of participants") {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    OutcomeAggregator agg(rules, {});
    for (const auto& [consultant, active] : {std::pair{"AA", 3}, std::pair{"BB", 9}, std::pair{"CC", 12}})
        for (int i = 0; i < active; ++i) {
            Case c;
            c.consultant = consultant;
            c.start = k2020_01_01;
            agg.add(c);
        }
    const auto result = agg.finish();
    SUBCASE("a small caseload is <N; with the courses without a consultant they add up") {
        const auto figures = compute_figures(result, {50, 5, 20});
        REQUIRE(figures.caseloads.size() == 3);
        CHECK(figures.caseloads[0].mark == Mark::small);
        // The 0 without a consultant is hidden too, so 3 + 0 = 24 - 9 - 12
        // has two hidden cells and nothing more is hidden.
        CHECK(figures.without_consultant.mark == Mark::small);
        CHECK_FALSE(figures.caseloads[1].hidden());
        CHECK_FALSE(figures.caseloads[2].hidden());
        CHECK_FALSE(figures.active_at_capacity_day.hidden());
        // With a maximum of 20 a small caseload is known to be under it.
        CHECK(figures.above_max_caseload[0] == false);
        CHECK(figures.above_max_caseload[1] == false);
    }
    SUBCASE("with a consultant's 0 shown elsewhere, one more is hidden, as an x") {
        const auto figures = compute_figures(result, {50, 1, 20});  // nothing under 1 but the 0
        CHECK(figures.without_consultant.mark == Mark::small);
        CHECK(figures.caseloads[0].mark == Mark::protecting);  // 3, the smallest of 1 or more
        CHECK_FALSE(figures.above_max_caseload[0].has_value());
    }
    SUBCASE("a maximum under the threshold hides the flag of a small caseload") {
        const auto figures = compute_figures(result, {50, 5, 2});
        CHECK_FALSE(figures.above_max_caseload[0].has_value());
        CHECK(figures.above_max_caseload[2] == true);
    }
}

TEST_CASE("outcomes::compute_figures leaves a group with no closed course out of the sums") {
    // Site A: 2 flexjob of 20; site B: only active courses. B is not
    // shown and its zeros are known to a reader, so they are no hidden
    // cells of the column: A's hidden cells are hidden in the total too.
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    OutcomeAggregator agg(rules, {GroupField::site});
    add_site(agg, "A", {10, 2, 8, 0});
    Case active;
    active.site = "B";
    active.start = k2020_01_01;
    agg.add(active);
    const auto result = agg.finish();
    const auto figures = compute_figures(result, {50, 5});
    const auto& total = figures.closed[0];
    const auto& a = figures.closed[1];
    CHECK(a.counts[kFlexjobColumn].mark == Mark::small);
    CHECK(total.counts[kFlexjobColumn].mark == Mark::small);
    CHECK(total.counts[kEducationColumn].hidden());
    CHECK(figures.closed[2].counts[kFlexjobColumn].n == 0);
}
