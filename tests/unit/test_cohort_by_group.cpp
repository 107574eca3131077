// The outcomes figures per group (--by) on the regional extract
// tests/data/region/cases.csv, courses started and closed in 2022.
// Expected cohort figures: tests/unit/reference/cohort_by_cluster.R (R 4.2,
// survival 3.5-3, survfit's multi-state Aalen-Johansen estimate), which
// reads the extract itself; R is not needed to run this test.

#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "domain/date.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "readers/cases/reader.hpp"

namespace {

using ipskit::Date;
using ipskit::outcomes::AggregationRules;
using ipskit::outcomes::GroupField;
using ipskit::outcomes::GroupRow;
using ipskit::outcomes::OutcomeAggregator;
using ipskit::outcomes::OutcomeResult;

const std::string kRegion = std::string(IPSKIT_TEST_DATA_DIR) + "/data/region/cases.csv";

OutcomeResult region_2022(std::vector<GroupField> by) {
    AggregationRules rules;
    rules.period = {Date{2022, 1, 1}.days_since_epoch(), Date{2022, 12, 31}.days_since_epoch()};
    rules.cohort = true;
    rules.horizons_months = {6, 10, 12, 18};
    ipskit::readers::cases::CasesReadOptions options;
    const auto [sum, read] = ipskit::readers::cases::read_cases_summed(
        kRegion, options, OutcomeAggregator{rules, std::move(by)}, [](const std::string&) {});
    return sum.finish();
}

const GroupRow& group(const OutcomeResult& result, const std::vector<std::string>& key) {
    for (const auto& g : result.groups)
        if (g.key == key) return g;
    FAIL("no group " << key.front());
    return result.total;
}

struct Expected {
    long courses;
    std::vector<double> cumulative;  // NaN: not defined (follow-up ends before the horizon)
    std::vector<long> at_risk, full_follow_up, full_success;
};

void check_cohort(const GroupRow& row, const Expected& e) {
    CHECK(row.stats.cohort.courses() == e.courses);
    REQUIRE(row.cohort.size() == 4);
    for (std::size_t h = 0; h < 4; ++h) {
        CAPTURE(h);
        const auto& f = row.cohort[h];
        if (e.cumulative[h] != e.cumulative[h])
            CHECK_FALSE(f.cumulative.value.has_value());
        else
            CHECK(f.cumulative.value.value_or(-1) == doctest::Approx(e.cumulative[h]).epsilon(1e-12));
        CHECK(f.at_risk == e.at_risk[h]);
        CHECK(f.full_follow_up == e.full_follow_up[h]);
        CHECK(f.full_follow_up_success == e.full_success[h]);
    }
}

constexpr double kUndefined = __builtin_nan("");

}  // namespace

TEST_CASE("outcomes::OutcomeAggregator cohort by cluster, against R survfit") {
    const OutcomeResult result = region_2022({GroupField::cluster, GroupField::site});
    CHECK(result.as_of == Date{2023, 12, 31}.days_since_epoch());
    SUBCASE("the region") {
        check_cohort(result.total,
                     {313,
                      {0.281150159744409, 0.405750798722044, 0.440894568690095, 0.481151270571312},
                      {184, 112, 83, 17},
                      {313, 313, 313, 149},
                      {88, 127, 138, 71}});
    }
    SUBCASE("each cluster, as the subtotal of its sites") {
        check_cohort(group(result, {"Øst"}),
                     {66,
                      {0.287878787878788, 0.439393939393939, 0.515151515151515, 0.532467532467532},
                      {39, 27, 17, 5},
                      {66, 66, 66, 28},
                      {19, 29, 34, 16}});
        check_cohort(group(result, {"Syd"}),
                     {127,
                      {0.244094488188976, 0.377952755905512, 0.409448818897638, 0.457818890213481},
                      {75, 45, 33, 6},
                      {127, 127, 127, 67},
                      {31, 48, 52, 31}});
        check_cohort(group(result, {"Vest"}),
                     {120,
                      {0.316666666666667, 0.416666666666667, 0.433333333333334, 0.476047620148364},
                      {70, 40, 33, 6},
                      {120, 120, 120, 54},
                      {38, 50, 52, 24}});
    }
    SUBCASE("a small site, and one whose follow-up ends before 18 months") {
        check_cohort(group(result, {"Øst", "Stevns"}),
                     {11,
                      {0.0909090909090909, 0.181818181818182, 0.454545454545454, 0.545454545454545},
                      {8, 7, 4, 1},
                      {11, 11, 11, 5},
                      {1, 2, 5, 2}});
        check_cohort(group(result, {"Syd", "Guldborgsund"}),
                     {33,
                      {0.151515151515152, 0.303030303030303, 0.363636363636364, kUndefined},
                      {21, 12, 7, 0},
                      {33, 33, 33, 18},
                      {5, 10, 12, 7}});
    }
}

TEST_CASE("outcomes::OutcomeAggregator caseloads by group") {
    const OutcomeResult result = region_2022({GroupField::site});
    SUBCASE("each group's consultants add up to the consultants' whole caseloads") {
        std::map<std::string, long> by_consultant;
        long in_groups = 0;
        for (const auto& g : result.groups)
            for (const auto& load : g.caseloads)
                by_consultant[load.consultant] += load.active, in_groups += load.active;
        for (const auto& load : result.caseloads) CHECK(by_consultant[load.consultant] == load.active);
        CHECK(in_groups + result.courses_without_consultant == result.total.stats.active_at_capacity_day);
    }
    SUBCASE("a site's consultants are its own") {
        for (const auto& load : group(result, {"Stevns"}).caseloads)
            CHECK(load.consultant.rfind("STE-", 0) == 0);
    }
}

TEST_CASE("outcomes::compute_figures by group") {
    const OutcomeResult result = region_2022({GroupField::cluster, GroupField::site});
    const auto figures = ipskit::outcomes::compute_figures(result, {50, 5, 20});
    const auto& g = figures.by_group;
    const std::size_t rows = result.groups.size() + 1;
    REQUIRE(g.days_to_contact.size() == rows);
    REQUIRE(g.active.size() == rows);
    REQUIRE(g.cohort.size() == rows);
    SUBCASE("the total row is the overall figure") {
        CHECK(g.active.front().n == figures.active_at_capacity_day.n);
        CHECK(g.active.front().mark == figures.active_at_capacity_day.mark);
        CHECK(g.days_to_contact.front().n.n == figures.days_to_contact.n.n);
    }
    SUBCASE("a small count is hidden, and so is a sibling or subtotal that would tell it") {
        for (std::size_t r = 0; r < rows; ++r) {
            const auto& n = g.active[r];
            if (n.n < 5) CHECK(n.mark == ipskit::outcomes::Mark::small);
            if (n.n >= 5) CHECK(n.mark != ipskit::outcomes::Mark::small);
        }
    }
    SUBCASE("the mean caseload is of the active courses") {
        const auto& mean = g.mean_caseload.front();
        REQUIRE(mean.value);
        CHECK(*mean.value == doctest::Approx(329.0 / 27.0));
    }
}
