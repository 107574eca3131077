#pragma once
// Proportions as reported to programmes: a share with its confidence interval.
// Rounding for output is in domain/rounding.hpp.

namespace ipskit::stats {

struct Interval {
    double lower;
    double upper;
};

// z for a two-sided 95 % interval, qnorm(0.975) in R.
inline constexpr double z_95 = 1.959963984540054;

// Wilson score interval for successes out of n, without continuity correction
// (the interval R's prop.test(x, n, correct = FALSE) reports). Chosen over the
// Wald interval because programmes often have small n and shares near 0 or 1,
// where Wald collapses to zero width or leaves [0, 1].
// Throws std::invalid_argument if n <= 0 or successes is outside [0, n]:
// callers report "no cases" themselves.
Interval wilson_interval(long successes, long n, double z = z_95);
}  // namespace ipskit::stats
