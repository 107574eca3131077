#pragma once
// Spearman's rank correlation of paired figures (a site's fidelity total and
// its job-or-education share), with a confidence interval, and the least-squares
// line whose standardised residuals tell which pairs lie far from it.

#include <optional>
#include <vector>

#include "domain/stats/proportion.hpp"

namespace ipskit::stats {

// Ranks 1..n of `x`, tied values taking the mean of their ranks (R's
// rank(x, ties.method = "average")).
std::vector<double> mid_ranks(const std::vector<double>& x);

struct RankCorrelation {
    long n = 0;
    // Empty when n < 3 or either variable has one value only: no order to compare.
    std::optional<double> rho;
    // Fisher's z interval with Bonett and Wright's (2000) standard error,
    // sqrt((1 + rho^2 / 2) / (n - 3)), which holds its level for Spearman's
    // rho better than 1 / sqrt(n - 3). Empty when n < 4 or |rho| = 1.
    std::optional<Interval> ci;
};

// Spearman's rho as R's cor.test(x, y, method = "spearman") gives it: the
// Pearson correlation of the mid-ranks, so ties are handled. Throws
// std::invalid_argument when x and y differ in length.
RankCorrelation spearman(const std::vector<double>& x, const std::vector<double>& y, double z = z_95);

struct LinearFit {
    double intercept = 0;
    double slope = 0;
    std::vector<double> fitted;
    // Residuals over their standard error, e / (s * sqrt(1 - h)), h the
    // leverage: R's rstandard(lm(y ~ x)). A point far out in x moves the line
    // towards itself; dividing by sqrt(1 - h) makes its residual comparable.
    // Empty for a point that alone sets the line (h = 1): it has no residual.
    std::vector<std::optional<double>> standardised;
};

// The least-squares line of y on x. Empty when n < 3, x has one value only,
// or every point lies on the line (no scatter to measure residuals by).
std::optional<LinearFit> least_squares(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace ipskit::stats
