#include "domain/stats/distribution.hpp"

#include <cmath>
#include <stdexcept>

namespace ipskit::stats {

void IntHistogram::add(long value, long count) {
    if (count < 0) throw std::invalid_argument("IntHistogram::add: count must not be negative");
    // Storing no zero counts keeps min() and max() to values actually seen.
    if (count == 0) return;
    counts_[value] += count;
    n_ += count;
}

void IntHistogram::merge(const IntHistogram& other) {
    for (const auto& [value, count] : other.counts_) add(value, count);
}

std::optional<double> IntHistogram::mean() const {
    if (n_ == 0) return std::nullopt;
    // long double so that value * count cannot overflow and large sums keep
    // their low digits.
    long double sum = 0;
    for (const auto& [value, count] : counts_)
        sum += static_cast<long double>(value) * static_cast<long double>(count);
    return static_cast<double>(sum / static_cast<long double>(n_));
}

std::optional<long> IntHistogram::min() const {
    if (n_ == 0) return std::nullopt;
    return counts_.begin()->first;
}

std::optional<long> IntHistogram::max() const {
    if (n_ == 0) return std::nullopt;
    return counts_.rbegin()->first;
}

long IntHistogram::order_statistic(long k) const {
    long seen = 0;
    for (const auto& [value, count] : counts_) {
        seen += count;
        if (k < seen) return value;
    }
    return counts_.rbegin()->first;  // not reached for 0 <= k < n
}

std::optional<double> IntHistogram::quantile(double p) const {
    if (!(p >= 0.0 && p <= 1.0)) throw std::invalid_argument("IntHistogram::quantile: p must be in [0, 1]");
    if (n_ == 0) return std::nullopt;
    // Written as R writes it (1-based index, then (1 - h) * lo + h * hi) so
    // that results agree with R to the last bit or two.
    const double index = 1.0 + static_cast<double>(n_ - 1) * p;
    const double lo = std::floor(index);
    const double h = index - lo;
    const auto lo_value = static_cast<double>(order_statistic(static_cast<long>(lo) - 1));
    if (h == 0.0) return lo_value;
    const auto hi_value = static_cast<double>(order_statistic(static_cast<long>(std::ceil(index)) - 1));
    if (hi_value == lo_value) return lo_value;
    return (1.0 - h) * lo_value + h * hi_value;
}

std::optional<double> IntHistogram::share_at_most(long v) const {
    if (n_ == 0) return std::nullopt;
    long at_most = 0;
    for (auto it = counts_.begin(); it != counts_.end() && it->first <= v; ++it) at_most += it->second;
    return static_cast<double>(at_most) / static_cast<double>(n_);
}

}  // namespace ipskit::stats
