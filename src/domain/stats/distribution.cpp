#include "domain/stats/distribution.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace ipskit::stats {

std::uint32_t IntHistogram::dense_count(long count) {
    if (count > static_cast<long>(UINT32_MAX))
        throw std::overflow_error("IntHistogram: more than 4,294,967,295 observations of one value");
    return static_cast<std::uint32_t>(count);
}

void IntHistogram::add(long value, long count) {
    if (count < 0) throw std::invalid_argument("IntHistogram::add: count must not be negative");
    // Storing no zero counts keeps min() and max() to values actually seen.
    if (count == 0) return;
    n_ += count;
    if (value < 0 || value >= kDenseLimit) {
        outliers_[value] += count;
        return;
    }
    if (dense_.empty()) {
        const auto at = std::lower_bound(sparse_.begin(), sparse_.end(), value,
                                         [](const auto& entry, long v) { return entry.first < v; });
        if (at != sparse_.end() && at->first == value) {
            at->second += count;
            return;
        }
        if (sparse_.size() == kSparseValues) {
            move_to_dense();
        } else {
            sparse_.insert(at, {value, count});
            // Small values close together fill a dense array no larger
            // than their sorted pairs, where a value is found without a
            // search.
            const auto values = static_cast<long>(sparse_.size());
            if (values >= static_cast<long>(kSparseValues / 4) && sparse_.back().first < 4 * values)
                move_to_dense();
            return;
        }
    }
    const auto index = static_cast<std::size_t>(value);
    if (index >= dense_.size()) dense_.resize(index + 1);
    dense_[index] = dense_count(dense_[index] + count);
}

// A histogram of a small group holds a few values; one of many would pay
// a search per value if it stayed a sorted array.
void IntHistogram::move_to_dense() {
    dense_.resize(static_cast<std::size_t>(sparse_.back().first) + 1);
    for (const auto& [value, count] : sparse_) dense_[static_cast<std::size_t>(value)] = dense_count(count);
    sparse_.clear();
    sparse_.shrink_to_fit();
}

void IntHistogram::merge(const IntHistogram& other) {
    other.visit_in_order([this](long value, long count) {
        add(value, count);
        return true;
    });
}

template <typename Visit>
void IntHistogram::visit_in_order(Visit visit) const {
    // Negative outliers, then the dense range, then the large outliers.
    auto outlier = outliers_.begin();
    for (; outlier != outliers_.end() && outlier->first < 0; ++outlier)
        if (!visit(outlier->first, outlier->second)) return;
    for (const auto& [value, count] : sparse_)
        if (!visit(value, count)) return;
    for (std::size_t value = 0; value < dense_.size(); ++value)
        if (dense_[value] != 0 && !visit(static_cast<long>(value), dense_[value])) return;
    for (; outlier != outliers_.end(); ++outlier)
        if (!visit(outlier->first, outlier->second)) return;
}

std::optional<double> IntHistogram::mean() const {
    if (n_ == 0) return std::nullopt;
    // long double so that value * count cannot overflow and large sums keep
    // their low digits.
    long double sum = 0;
    visit_in_order([&sum](long value, long count) {
        sum += static_cast<long double>(value) * static_cast<long double>(count);
        return true;
    });
    return static_cast<double>(sum / static_cast<long double>(n_));
}

std::optional<long> IntHistogram::min() const {
    if (n_ == 0) return std::nullopt;
    return order_statistic(0);
}

std::optional<long> IntHistogram::max() const {
    if (n_ == 0) return std::nullopt;
    return order_statistic(n_ - 1);
}

long IntHistogram::order_statistic(long k) const {
    long seen = 0;
    long found = 0;
    visit_in_order([&](long value, long count) {
        found = value;
        seen += count;
        return k >= seen;
    });
    return found;
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
    visit_in_order([&](long value, long count) {
        if (value > v) return false;
        at_most += count;
        return true;
    });
    return static_cast<double>(at_most) / static_cast<double>(n_);
}

}  // namespace ipskit::stats
