#pragma once
// Small-count suppression for tables of counts that add up. Primary
// suppression hides every count under the threshold, 0 included: were a 0
// shown, a reader would know a hidden count is 1 or more, and a small
// whole of small parts (1 + 1 = 2 under 3) would give them away. Secondary
// suppression then hides more cells until no hidden count can be worked
// out from a sum: in every sum (parts that add up to a whole) that has a
// hidden cell, at least two cells are hidden. The next cell hidden is the
// smallest shown part of the threshold or more, which loses the least
// information. A report marks the two kinds apart: a small count is 0 to
// N - 1, a protecting cell is N or more.

#include <cstddef>
#include <optional>
#include <vector>

namespace ipskit::outcomes {

// Whether a figure is shown, hidden as a small count (primary), or hidden
// so that a small count cannot be worked out (secondary).
enum class Mark : unsigned char { shown, small, protecting };

class SuppressionGrid {
public:
    // Adds a count and returns its cell number.
    std::size_t add(long count);
    // Declares that the `parts` add up to `whole`.
    void add_sum(std::vector<std::size_t> parts, std::size_t whole);
    // Declares that `follower` is hidden whenever `leader` is: a count
    // bounded by the leader (days n <= job or education) would otherwise
    // narrow a hidden leader from below.
    void add_follower(std::size_t follower, std::size_t leader);
    // Hides counts under `threshold`, then what could reveal them.
    void apply(long threshold);

    bool hidden(std::size_t cell) const { return marks_[cell] != Mark::shown; }
    Mark mark(std::size_t cell) const { return marks_[cell]; }
    long count(std::size_t cell) const { return counts_[cell]; }

private:
    struct Sum {
        std::vector<std::size_t> parts;
        std::size_t whole;
    };
    // Hides one more cell of `sum` if it has exactly one hidden; true if it did.
    bool protect(const Sum& sum);
    bool follow();
    // What a reader can work out of each cell: the shown counts, a small
    // cell 0 to threshold - 1, a protecting cell threshold or more (were it
    // fewer, it would be marked small), narrowed through every sum until
    // nothing changes. Returns the small cells of 1 or more narrowed to one
    // value.
    std::vector<std::size_t> pinned_small_cells(long threshold) const;
    // Hides the smallest shown cell of a sum that holds `cell`, else of a
    // sum that holds a hidden cell of those, and so on; false if none.
    bool widen(std::size_t cell);
    void hide(std::size_t cell) { marks_[cell] = Mark::protecting; }
    // A shown cell of the threshold or more: one that can be hidden as x.
    bool can_protect(std::size_t cell) const { return !hidden(cell) && counts_[cell] >= threshold_; }

    std::vector<long> counts_;
    std::vector<Mark> marks_;
    long threshold_ = 0;
    std::vector<Sum> sums_;
    std::vector<std::vector<std::size_t>> sums_of_;               // by cell: the sums that hold it
    std::vector<std::pair<std::size_t, std::size_t>> followers_;  // (follower, leader)
};

}  // namespace ipskit::outcomes
