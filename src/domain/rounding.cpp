#include "domain/rounding.hpp"

#include <cmath>
#include <limits>
#include <stdexcept>

namespace ipskit {

namespace {

// Doubles carry decimals only approximately: 1.005 is stored as
// 1.00499999999999989..., and 0.285 * 100 computes to 28.499999999999996.
// Both are meant as exact halves. Nudging the scaled value away from zero by
// 64 units in the last place (relative 1.4e-14) restores the half and absorbs
// the error of any short computation. The price: a value that truly lies
// within that relative distance below a half rounds up, which needs 14 or
// more significant digits, far beyond what a count-based share carries. A
// relative 1e-9 was considered and rejected: at 1e10 (e.g. 123456789.1249 to
// 2 decimals) it would move an honest .49 across the half.
constexpr double relative_nudge = 64 * std::numeric_limits<double>::epsilon();

// From 2^52 on every double is a whole number, so there is nothing to round,
// and a nudge of 64 ulps would move it.
constexpr double all_integral = 4503599627370496.0;

}  // namespace

double round_half_away(double x, int decimals) {
    if (decimals < 0 || decimals > 15)
        throw std::invalid_argument("round_half_away: decimals must be between 0 and 15");
    if (!std::isfinite(x)) return x;
    const double factor = std::pow(10.0, decimals);
    const double scaled = x * factor;
    if (std::fabs(scaled) >= all_integral) return x;
    const double nudged = scaled + std::copysign(std::fabs(scaled) * relative_nudge, scaled);
    // std::round already rounds halves away from zero.
    return std::round(nudged) / factor;
}

}  // namespace ipskit
