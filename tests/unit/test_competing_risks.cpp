#include <array>
#include <cstddef>
#include <stdexcept>

#include <doctest/doctest.h>

#include "domain/stats/competing_risks.hpp"

namespace stats = ipskit::stats;
using stats::Event;

// Expected values: tests/unit/reference/competing_risks.R (R 4.2, survival 3.5-3,
// cmprsk 2.2-11): timepoints(cuminc(time, status, cencode = 0), h) and
// summary(survfit(Surv(time, factor(status, 0:2)) ~ 1), times = h)$pstate,
// which agree to 1e-16, and 1 - summary(survfit(Surv(time, status == 1) ~ 1),
// times = h)$surv for the Kaplan-Meier comparison.

namespace {

// 30 cases: status 0 = censored, 1 = success, 2 = competing (same as the R script).
constexpr std::array<long, 30> times = {0,   0,   14,  30,  30,  30,  45,  60,  60,  60,
                                        75,  90,  90,  90,  90,  100, 120, 150, 150, 180,
                                        180, 200, 210, 240, 270, 300, 300, 330, 365, 365};
constexpr std::array<int, 30> status = {1, 0, 1, 1, 1, 0, 2, 1, 2, 0, 0, 1, 1, 2, 0,
                                        0, 1, 2, 0, 1, 0, 1, 0, 2, 1, 0, 0, 1, 0, 0};

Event event_of(int s) {
    return s == 1 ? Event::success : s == 2 ? Event::competing : Event::censored;
}

stats::EventTable cases(std::size_t from = 0, std::size_t to = times.size()) {
    stats::EventTable table;
    for (std::size_t i = from; i < to; ++i) table.add(times[i], event_of(status[i]));
    return table;
}

constexpr std::array<long, 9> horizons = {0, 14, 29, 30, 60, 90, 180, 364, 365};

void check_value(const stats::Coefficient& got, double expected) {
    REQUIRE(got.value.has_value());
    CHECK(*got.value == doctest::Approx(expected).epsilon(1e-12));
}

}  // namespace

TEST_CASE("stats::EventTable::aalen_johansen") {
    // cmprsk timepoints(ci, c(0, 14, 29, 30, 60, 90, 180, 364, 365))$est["1 1", ]
    constexpr std::array<double, 9> expected = {
        0.033333333333333333, 0.067857142857142866, 0.067857142857142866,
        0.13690476190476192,  0.17286706349206352,  0.25236267752715125,
        0.3473444501405028,   0.57021403391234227,  0.57021403391234227};
    const auto table = cases();
    for (std::size_t i = 0; i < horizons.size(); ++i) {
        CAPTURE(horizons[i]);
        check_value(table.aalen_johansen(horizons[i]), expected[i]);
    }

    SUBCASE("built from two merged extracts, same result") {
        auto first = cases(0, 13);
        first.merge(cases(13));
        CHECK(first.n() == 30);
        check_value(first.aalen_johansen(180), 0.3473444501405028);
    }
    SUBCASE("beyond follow-up with cases still open: undefined (cmprsk gives NA)") {
        const auto c = table.aalen_johansen(400);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.undefined_reason.en ==
              "follow-up ends at day 365, before the 400-day horizon, with cases still open");
    }
    SUBCASE("beyond follow-up when every case has resolved: defined") {
        // time = c(5, 10, 10, 20), status = c(1, 2, 0, 1): cuminc at 20 is 0.75,
        // and survfit(..., extend = TRUE) carries 0.75 to day 25 (cmprsk: NA).
        stats::EventTable resolved;
        resolved.add(5, Event::success);
        resolved.add(10, Event::competing);
        resolved.add(10, Event::censored);
        resolved.add(20, Event::success);
        check_value(resolved.aalen_johansen(20), 0.75);
        check_value(resolved.aalen_johansen(25), 0.75);
    }
    SUBCASE("no cases") {
        const auto c = stats::EventTable{}.aalen_johansen(180);
        CHECK_FALSE(c.value.has_value());
        CHECK(c.undefined_reason.en == "no cases");
    }
}

TEST_CASE("stats::EventTable::km_one_minus_survival") {
    // 1 - summary(survfit(Surv(time, status == 1) ~ 1), times = horizons)$surv
    constexpr std::array<double, 9> expected = {
        0.033333333333333326, 0.067857142857142838, 0.067857142857142838,
        0.13690476190476186,  0.17443064182194612,  0.26133267952489914,
        0.37644966453400575,  0.69207390841185468,  0.69207390841185468};
    const auto table = cases();
    for (std::size_t i = 0; i < horizons.size(); ++i) {
        CAPTURE(horizons[i]);
        check_value(table.km_one_minus_survival(horizons[i]), expected[i]);
    }

    SUBCASE("overstates the cumulative incidence once competing closures occur") {
        CHECK(*table.km_one_minus_survival(365).value > *table.aalen_johansen(365).value);
    }
    SUBCASE("all resolved: 1 - KM at 20 is 1 although a case closed for another reason") {
        stats::EventTable resolved;
        resolved.add(5, Event::success);
        resolved.add(10, Event::competing);
        resolved.add(10, Event::censored);
        resolved.add(20, Event::success);
        check_value(resolved.km_one_minus_survival(20), 1.0);
        check_value(resolved.km_one_minus_survival(30), 1.0);
    }
    SUBCASE("beyond follow-up with cases still open: undefined") {
        CHECK_FALSE(table.km_one_minus_survival(366).value.has_value());
    }
}

TEST_CASE("stats::EventTable::at_risk") {
    // sum(time >= t) for t = 0, 30, 60, 90, 365, 366; survfit's n.risk agrees.
    const auto table = cases();
    CHECK(table.at_risk(0) == 30);
    CHECK(table.at_risk(30) == 27);
    CHECK(table.at_risk(60) == 23);
    CHECK(table.at_risk(90) == 19);
    CHECK(table.at_risk(365) == 2);
    CHECK(table.at_risk(366) == 0);
}

TEST_CASE("stats::EventTable::add") {
    stats::EventTable table;
    table.add(0, Event::success, 3);
    table.add(7, Event::censored, 0);
    CHECK(table.n() == 3);
    CHECK_THROWS_AS(table.add(-1, Event::success), std::invalid_argument);
    CHECK_THROWS_AS(table.add(1, Event::success, -2), std::invalid_argument);
    CHECK_THROWS_AS(table.aalen_johansen(-1), std::invalid_argument);
    // Everybody succeeded on day 0.
    check_value(table.aalen_johansen(0), 1.0);
}
