#include <doctest/doctest.h>

#include "domain/outcomes/referral_figures.hpp"
#include "domain/outcomes/referrals.hpp"

namespace outcomes = ipskit::outcomes;
using outcomes::Case;
using outcomes::GroupField;

namespace {

// A referral on day `referral`; started on `start` unless it is negative.
Case referral(std::string_view site, std::string_view department, int referral, int start,
              std::optional<outcomes::Outcome> outcome = std::nullopt) {
    Case c;
    c.site = site;
    c.referral_source = department;
    c.referral = referral;
    c.started = start >= 0;
    c.start = start >= 0 ? start : 0;
    if (outcome) {
        c.outcome = outcome;
        c.end = c.start + 100;
    }
    return c;
}

}  // namespace

// Expected figures worked out by hand from the cases below.
TEST_CASE("outcomes::ReferralAggregator") {
    outcomes::ReferralAggregator sum({100, 199}, {});
    sum.add(referral("A", "Team 1", 100, 110, outcomes::Outcome::job));
    sum.add(referral("A", "Team 1", 120, 150, outcomes::Outcome::other));
    sum.add(referral("A", "TEAM 1", 130, -1));  // never started, spelt in capitals
    sum.add(referral("B", "", 140, 141));
    sum.add(referral("B", "Team 2", 90, 95));  // referred before the period
    Case no_date = referral("B", "Team 2", 0, 95);
    no_date.referral.reset();
    sum.add(no_date);
    const auto result = sum.finish();
    CHECK(result.has_path);
    CHECK(result.without_referral_date == 1);
    CHECK(result.referred_outside_period == 1);
    REQUIRE(result.rows.size() == 2);
    SUBCASE("one department in any case, shown as most rows spell it; (not given) last") {
        CHECK(result.rows[0].key == std::vector<std::string>{"Team 1"});
        CHECK(result.rows[1].key == std::vector<std::string>{""});
    }
    SUBCASE("referred, started, never started, in job or education, days to start") {
        const auto& t = result.rows[0].tally;
        CHECK(t.referred == 3);
        CHECK(t.started == 2);
        CHECK(t.not_started() == 1);
        CHECK(t.job_or_education == 1);
        CHECK(*t.days_to_start.quantile(0.5) == doctest::Approx(20));  // 10 and 30
        CHECK(result.total.referred == 4);
    }
}

TEST_CASE("outcomes::ReferralAggregator by site") {
    outcomes::ReferralAggregator sum({}, {GroupField::site});
    sum.add(referral("Køge", "Team 1", 100, 110));
    sum.add(referral("Faxe", "Team 1", 100, -1));
    sum.add(referral("Køge", "Team 2", 100, 104));
    const auto result = sum.finish(ipskit::Lang::da);
    // Faxe: Team 1, subtotal; Køge: Team 1, Team 2, subtotal.
    REQUIRE(result.rows.size() == 5);
    CHECK(result.rows[1].subtotal);
    CHECK(result.rows[1].key == std::vector<std::string>{"Faxe"});
    CHECK(result.rows[4].subtotal);
    CHECK(result.rows[4].tally.referred == 2);
    CHECK(result.rows[4].tally.started == 2);
}

TEST_CASE("outcomes::compute_referral_figures") {
    outcomes::ReferralAggregator sum({}, {});
    for (int i = 0; i < 12; ++i) sum.add(referral("A", "Team 1", 100, i < 9 ? 110 : -1));
    for (int i = 0; i < 8; ++i) sum.add(referral("A", "Team 2", 100, 120));
    const auto result = sum.finish();
    SUBCASE("without suppression every count is shown") {
        const auto f = outcomes::compute_referral_figures(result, 0);
        CHECK(f.rows[0].not_started.n == 3);
        CHECK_FALSE(f.rows[0].not_started.hidden());
        CHECK(*f.total.started_share.value == doctest::Approx(17.0 / 20));
    }
    SUBCASE("a small count hides a second cell of its row and of its column") {
        const auto f = outcomes::compute_referral_figures(result, 5);
        const auto& team1 = f.rows[0];
        const auto& team2 = f.rows[1];
        CHECK(team1.not_started.mark == outcomes::Mark::small);
        // Team 2 never started 0 times: small too, so the column has two hidden.
        CHECK(team2.not_started.mark == outcomes::Mark::small);
        // Along each row: referred = started + never started.
        CHECK(team1.started.hidden());
        CHECK(team2.started.hidden());
        // The total's never started (3) is small as well.
        CHECK(f.total.not_started.hidden());
        CHECK(team1.started_share.hidden());
        CHECK_FALSE(team1.days_to_start.median);
    }
}
