#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <vector>

#include <doctest/doctest.h>

#include "domain/stats/distribution.hpp"

namespace stats = ipskit::stats;

namespace {

stats::IntHistogram histogram_of(std::initializer_list<long> values) {
    stats::IntHistogram h;
    for (long v : values) h.add(v);
    return h;
}

constexpr std::array<double, 7> probs = {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0};

void check_quantiles(const stats::IntHistogram& h, const std::array<double, 7>& expected) {
    for (std::size_t i = 0; i < probs.size(); ++i) {
        CAPTURE(probs[i]);
        const auto q = h.quantile(probs[i]);
        REQUIRE(q.has_value());
        CHECK(*q == doctest::Approx(expected[i]).epsilon(1e-12));
    }
}

}  // namespace

// Expected values: tests/unit/reference/distribution.R, i.e. R 4.2
// quantile(x, c(0, .1, .25, .5, .75, .9, 1)) (type 7), mean(x), mean(x <= v).
TEST_CASE("stats::IntHistogram") {
    SUBCASE("even n with ties: x = c(3, 1, 4, 1, 5, 9, 2, 6)") {
        const auto h = histogram_of({3, 1, 4, 1, 5, 9, 2, 6});
        CHECK(h.n() == 8);
        check_quantiles(h, {1, 1, 1.75, 3.5, 5.25, 6.8999999999999995, 9});
        CHECK(*h.mean() == doctest::Approx(3.875).epsilon(1e-12));
        CHECK(*h.min() == 1);
        CHECK(*h.max() == 9);
    }
    SUBCASE("odd n with ties: x = c(10, 20, 20, 20, 35, 40, 90)") {
        stats::IntHistogram h;
        h.add(10);
        h.add(20, 3);
        h.add(35);
        h.add(40);
        h.add(90);
        check_quantiles(h, {10, 16, 20, 20, 37.5, 60.000000000000014, 90});
        CHECK(*h.mean() == doctest::Approx(33.571428571428569).epsilon(1e-12));
        CHECK(*h.share_at_most(30) == doctest::Approx(0.5714285714285714).epsilon(1e-12));
    }
    SUBCASE("a single observation: x = 42") {
        const auto h = histogram_of({42});
        check_quantiles(h, {42, 42, 42, 42, 42, 42, 42});
        CHECK(*h.share_at_most(30) == 0.0);
    }
    SUBCASE("days to job, built from two merged extracts") {
        // x = c(0, 7, 7, 14, 30, 30, 30, 45, 60, 90, 120, 365)
        auto first = histogram_of({30, 0, 7, 90, 30, 365});
        const auto second = histogram_of({7, 14, 120, 30, 45, 60});
        first.merge(second);
        CHECK(first.n() == 12);
        check_quantiles(first, {0, 7, 12.25, 30, 67.5, 117.00000000000001, 365});
        CHECK(*first.mean() == doctest::Approx(66.5).epsilon(1e-12));
        CHECK(*first.share_at_most(30) == doctest::Approx(0.58333333333333337).epsilon(1e-12));
        CHECK(*first.share_at_most(0) == doctest::Approx(0.083333333333333329).epsilon(1e-12));
    }
    SUBCASE("negative values: x = c(-5, -1, 0, 2)") {
        const auto h = histogram_of({-5, -1, 0, 2});
        check_quantiles(h, {-5, -3.7999999999999998, -2, -0.5, 0.5, 1.4000000000000004, 2});
        CHECK(*h.mean() == doctest::Approx(-1.0).epsilon(1e-12));
        CHECK(*h.share_at_most(0) == doctest::Approx(0.75).epsilon(1e-12));
    }
    SUBCASE("empty: every summary is absent, not 0") {
        stats::IntHistogram h;
        h.add(5, 0);
        CHECK(h.empty());
        CHECK_FALSE(h.mean().has_value());
        CHECK_FALSE(h.quantile(0.5).has_value());
        CHECK_FALSE(h.min().has_value());
        CHECK_FALSE(h.max().has_value());
        CHECK_FALSE(h.share_at_most(10).has_value());
    }
    SUBCASE("caller errors") {
        stats::IntHistogram h;
        CHECK_THROWS_AS(h.add(1, -1), std::invalid_argument);
        h.add(1);
        CHECK_THROWS_AS(h.quantile(-0.1), std::invalid_argument);
        CHECK_THROWS_AS(h.quantile(1.5), std::invalid_argument);
    }
}

// A histogram that has seen many distinct values keeps them in another form
// than one that has seen few; every summary must be the same either way, and
// across the change. The reference is the plain formula on a sorted vector.
// Values from -500 to 5499 reach all three forms; values from 0 to 39 change
// form when 16 of them have been seen, long before 64.
TEST_CASE("stats::IntHistogram with few and with many distinct values") {
    long span = 0, lowest = 0;
    SUBCASE("spread out") {
        span = 6000;
        lowest = -500;
    }
    SUBCASE("small and close together") {
        span = 40;
        lowest = 0;
    }
    CAPTURE(span);
    std::vector<long> values;
    stats::IntHistogram h, merged, part;
    std::uint64_t state = 12345;
    for (int i = 0; i < 3000; ++i) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        const long v = static_cast<long>(state >> 33) % span + lowest;
        values.push_back(v);
        h.add(v);
        (i % 2 ? merged : part).add(v);
        if (i == 10 || (i >= 14 && i <= 24) || i == 63 || i == 64 || i == 65 || i == 200 || i == 2999) {
            CAPTURE(i);
            std::vector<long> sorted = values;
            std::sort(sorted.begin(), sorted.end());
            const auto n = static_cast<double>(sorted.size());
            for (double p : probs) {
                const double index = (n - 1) * p;
                const auto lo = static_cast<std::size_t>(std::floor(index));
                const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
                const double expected =
                    static_cast<double>(sorted[lo]) +
                    (index - std::floor(index)) * static_cast<double>(sorted[hi] - sorted[lo]);
                CHECK(*h.quantile(p) == doctest::Approx(expected).epsilon(1e-12));
            }
            long double sum = 0;
            for (long v2 : sorted) sum += v2;
            CHECK(*h.mean() == doctest::Approx(static_cast<double>(sum / sorted.size())).epsilon(1e-12));
            CHECK(*h.min() == sorted.front());
            CHECK(*h.max() == sorted.back());
            const auto at_most_100 = std::upper_bound(sorted.begin(), sorted.end(), 100L) - sorted.begin();
            CHECK(*h.share_at_most(100) == doctest::Approx(static_cast<double>(at_most_100) / n));
        }
    }
    merged.merge(part);
    CHECK(merged.n() == h.n());
    for (double p : probs) CHECK(*merged.quantile(p) == doctest::Approx(*h.quantile(p)).epsilon(1e-12));
}

TEST_CASE("stats::IntHistogram keeps counts of up to 2^32 - 1 per value in its dense range") {
    ipskit::stats::IntHistogram h;
    for (long v = 0; v < 100; ++v) h.add(v);  // enough values to leave the map
    h.add(3, 4294967294L);                    // 4294967295 in all
    CHECK(h.n() == 100 + 4294967294L);
    CHECK(h.max() == 99);
    CHECK_THROWS_AS(h.add(3, 1), std::overflow_error);
    h.add(5000, 4294967296L);  // beyond the dense range: kept apart, any count
    CHECK(h.max() == 5000);
}
