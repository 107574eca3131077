#pragma once
// The distribution of an integer quantity, such as days from programme start
// to first job, kept as counts per distinct value. A case extract may have
// millions of rows but only a few hundred distinct day counts, so memory grows
// with distinct values, and histograms from several files can be merged.
//
// Values from 0 to kDenseLimit - 1 (days up to about 11 years) are counted in
// a vector indexed by the value, which grows to the largest value seen; any
// other value goes to a sorted map. A day count per row is then one array
// increment instead of a tree insertion. Until kSparseValues distinct values
// have been seen, the values in that range go to a short sorted array: a
// report by consultant or site may have many thousand small groups, and each
// would otherwise hold a vector of thousands of counts for a handful of
// courses.

#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <utility>
#include <vector>

namespace ipskit::stats {

class IntHistogram {
public:
    // Records `count` observations of `value`. Throws std::invalid_argument
    // for a negative count, and std::overflow_error past 2^32 - 1
    // observations of one value from 0 to 4095; a count of 0 changes
    // nothing.
    void add(long value, long count = 1);
    void merge(const IntHistogram& other);

    long n() const { return n_; }
    bool empty() const { return n_ == 0; }

    // Each is empty when there are no observations.
    std::optional<double> mean() const;
    std::optional<long> min() const;
    std::optional<long> max() const;
    // Quantile by R's default definition (quantile(x, p), type = 7): linear
    // interpolation between the order statistics around (n - 1) * p, so the
    // median of an even count is the midpoint of the middle two. Throws
    // std::invalid_argument unless 0 <= p <= 1.
    std::optional<double> quantile(double p) const;
    // Share of observations <= v, e.g. "placed within 30 days".
    std::optional<double> share_at_most(long v) const;

private:
    static constexpr long kDenseLimit = 4096;
    static constexpr std::size_t kSparseValues = 64;

    // Moves the map's values in the dense range to the vector, for good.
    void move_to_dense();

    // Calls visit(value, count) for every value seen, in increasing order,
    // until visit returns false.
    template <typename Visit>
    void visit_in_order(Visit visit) const;
    // The k-th smallest observation, 0-based; requires 0 <= k < n.
    long order_statistic(long k) const;

    // The count of one value as the dense range keeps it; throws
    // std::overflow_error past 2^32 - 1 (more than Denmark's population
    // many times over).
    static std::uint32_t dense_count(long count);

    // dense_[v]: observations of v, for 0 <= v < kDenseLimit; while it is
    // empty, sparse_ holds those values, sorted, at most kSparseValues of
    // them: a group's histogram in one part of an extract holds a few
    // values, and a search in one short array costs a tenth of a walk
    // through a tree's nodes. outliers_ holds the values outside the dense
    // range. 32-bit counts: the histograms of a part's groups are touched
    // at random on every row, and half the bytes stay in the cache twice
    // as well.
    std::vector<std::uint32_t> dense_;
    std::vector<std::pair<long, long>> sparse_;
    std::map<long, long> outliers_;
    long n_ = 0;
};

}  // namespace ipskit::stats
