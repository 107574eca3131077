#include "domain/stats/proportion.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ipskit::stats {

Interval wilson_interval(long successes, long n, double z) {
    if (n <= 0) throw std::invalid_argument("wilson_interval: n must be positive");
    if (successes < 0 || successes > n)
        throw std::invalid_argument("wilson_interval: successes must lie between 0 and n");
    const double trials = static_cast<double>(n);
    const double p = static_cast<double>(successes) / trials;
    const double z2 = z * z;
    const double scale = 1.0 + z2 / trials;
    const double centre = (p + z2 / (2.0 * trials)) / scale;
    const double half = z * std::sqrt(p * (1.0 - p) / trials + z2 / (4.0 * trials * trials)) / scale;
    // At p = 0 (p = 1) the lower (upper) bound is exactly 0 (1); floating point
    // misses it by an ulp, and a report must not show 99.99999 % for "all".
    const double lower = successes == 0 ? 0.0 : std::max(0.0, centre - half);
    const double upper = successes == n ? 1.0 : std::min(1.0, centre + half);
    return Interval{lower, upper};
}

}  // namespace ipskit::stats
