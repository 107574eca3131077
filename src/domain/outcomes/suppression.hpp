#pragma once
// Small-count suppression for tables of counts that add up. Primary
// suppression hides every count under the threshold; secondary suppression
// then hides more cells until no hidden count can be worked out from a sum:
// in every sum (parts that add up to a whole) that has a hidden cell, at
// least two cells are hidden. The next cell hidden is the smallest shown part,
// which loses the least information.

#include <cstddef>
#include <vector>

namespace ipskit::outcomes {

class SuppressionGrid {
public:
    // Adds a count and returns its cell number.
    std::size_t add(long count);
    // Declares that the `parts` add up to `whole`.
    void add_sum(std::vector<std::size_t> parts, std::size_t whole);
    // Hides counts under `threshold`, then what could reveal them.
    void apply(long threshold);

    bool hidden(std::size_t cell) const { return hidden_[cell]; }
    long count(std::size_t cell) const { return counts_[cell]; }

private:
    struct Sum {
        std::vector<std::size_t> parts;
        std::size_t whole;
    };
    // Hides one more cell of `sum` if it has exactly one hidden; true if it did.
    bool protect(const Sum& sum);

    std::vector<long> counts_;
    std::vector<bool> hidden_;
    std::vector<Sum> sums_;
};

}  // namespace ipskit::outcomes
