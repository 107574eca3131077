#include "domain/stats/rank_correlation.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace ipskit::stats {

namespace {

double mean_of(const std::vector<double>& x) {
    return std::accumulate(x.begin(), x.end(), 0.0) / static_cast<double>(x.size());
}

// Sum of products of deviations from the means: Sxy, and Sxx with x twice.
double co_deviation(const std::vector<double>& x, const std::vector<double>& y) {
    const double mx = mean_of(x);
    const double my = mean_of(y);
    double s = 0;
    for (std::size_t i = 0; i < x.size(); ++i) s += (x[i] - mx) * (y[i] - my);
    return s;
}

}  // namespace

std::vector<double> mid_ranks(const std::vector<double>& x) {
    std::vector<std::size_t> order(x.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
    std::vector<double> ranks(x.size());
    for (std::size_t first = 0; first < order.size();) {
        std::size_t last = first;
        while (last + 1 < order.size() && x[order[last + 1]] == x[order[first]]) ++last;
        // Ranks first + 1 .. last + 1 are shared: each gets their mean.
        const double rank = (static_cast<double>(first) + static_cast<double>(last)) / 2 + 1;
        for (std::size_t k = first; k <= last; ++k) ranks[order[k]] = rank;
        first = last + 1;
    }
    return ranks;
}

RankCorrelation spearman(const std::vector<double>& x, const std::vector<double>& y, double z) {
    if (x.size() != y.size()) throw std::invalid_argument("spearman: x and y differ in length");
    RankCorrelation r;
    r.n = static_cast<long>(x.size());
    if (r.n < 3) return r;
    const auto rx = mid_ranks(x);
    const auto ry = mid_ranks(y);
    const double sxx = co_deviation(rx, rx);
    const double syy = co_deviation(ry, ry);
    if (sxx <= 0 || syy <= 0) return r;
    const double rho = std::clamp(co_deviation(rx, ry) / std::sqrt(sxx * syy), -1.0, 1.0);
    r.rho = rho;
    if (r.n < 4 || std::abs(rho) >= 1) return r;
    const double se = std::sqrt((1 + rho * rho / 2) / static_cast<double>(r.n - 3));
    const double centre = std::atanh(rho);
    r.ci = Interval{std::tanh(centre - z * se), std::tanh(centre + z * se)};
    return r;
}

std::optional<LinearFit> least_squares(const std::vector<double>& x, const std::vector<double>& y) {
    if (x.size() != y.size()) throw std::invalid_argument("least_squares: x and y differ in length");
    const std::size_t n = x.size();
    if (n < 3) return std::nullopt;
    const double sxx = co_deviation(x, x);
    if (sxx <= 0) return std::nullopt;
    LinearFit fit;
    fit.slope = co_deviation(x, y) / sxx;
    const double mx = mean_of(x);
    fit.intercept = mean_of(y) - fit.slope * mx;
    double rss = 0;
    for (std::size_t i = 0; i < n; ++i) {
        fit.fitted.push_back(fit.intercept + fit.slope * x[i]);
        rss += (y[i] - fit.fitted[i]) * (y[i] - fit.fitted[i]);
    }
    const double s = std::sqrt(rss / static_cast<double>(n - 2));
    // Relative to the spread of y: exact fits leave rounding noise, not scatter.
    if (s <= 1e-12 * (1 + std::abs(mean_of(y)))) return std::nullopt;
    for (std::size_t i = 0; i < n; ++i) {
        const double leverage = 1 / static_cast<double>(n) + (x[i] - mx) * (x[i] - mx) / sxx;
        if (1 - leverage < 1e-9)
            fit.standardised.emplace_back();
        else
            fit.standardised.emplace_back((y[i] - fit.fitted[i]) / (s * std::sqrt(1 - leverage)));
    }
    return fit;
}

}  // namespace ipskit::stats
