#pragma once
// Proportions as reported to programmes: a share with its confidence interval,
// and percentages rounded the way people round by hand.

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

// Rounds half away from zero at `decimals` places (0..15), by the value's
// decimal meaning: 1.005 rounds to 1.01 although the double nearest 1.005 is
// slightly below it. Non-finite values are returned unchanged.
// Throws std::invalid_argument for decimals outside 0..15.
double round_half_away(double x, int decimals);

}  // namespace ipskit::stats
