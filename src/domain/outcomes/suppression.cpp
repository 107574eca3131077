#include "domain/outcomes/suppression.hpp"

#include <algorithm>

namespace ipskit::outcomes {

std::size_t SuppressionGrid::add(long count) {
    counts_.push_back(count);
    marks_.push_back(Mark::shown);
    return counts_.size() - 1;
}

void SuppressionGrid::add_sum(std::vector<std::size_t> parts, std::size_t whole) {
    sums_.push_back({std::move(parts), whole});
}

void SuppressionGrid::add_follower(std::size_t follower, std::size_t leader) {
    followers_.emplace_back(follower, leader);
}

void SuppressionGrid::apply(long threshold) {
    if (threshold <= 0) return;
    for (std::size_t i = 0; i < counts_.size(); ++i)
        if (counts_[i] > 0 && counts_[i] < threshold) marks_[i] = Mark::small;
    threshold_ = threshold;
    // Hiding a cell for one sum can leave another sum with a single hidden
    // cell, so repeat until nothing changes; each pass hides at least one more
    // cell, so this ends.
    // The marks tell a reader that a protecting cell is at least the
    // threshold, and that lower bound can pin a small cell (a small 0 and a
    // protecting 5 in a sum of 5), so after the sums have two hidden cells
    // each, widen until no small cell can be worked out from the bounds.
    do {
        bool changed = true;
        while (changed) {
            changed = follow();
            for (const Sum& sum : sums_) changed = protect(sum) || changed;
        }
        // A pinned cell whose own sums have nothing left to hide (a site
        // alone in its cluster) is pinned with another that has.
        bool widened = false;
        for (std::size_t cell : pinned_small_cells(threshold))
            if ((widened = widen(cell))) break;
        if (!widened) break;
    } while (true);
}

namespace {

// Above any count; sums of a few thousand of them stay far within long long.
constexpr long long kUnbounded = 1'000'000'000'000;

struct Bounds {
    long long lo, hi;
};

// Narrows the bounds of the cells of parts = whole; true if any moved.
bool narrow(std::vector<Bounds>& b, const std::vector<std::size_t>& parts, std::size_t whole) {
    long long lo_sum = 0, hi_sum = 0;
    for (std::size_t p : parts) lo_sum += b[p].lo, hi_sum += b[p].hi;
    bool moved = false;
    auto tighten = [&moved](Bounds& x, long long lo, long long hi) {
        if (lo > x.lo) x.lo = lo, moved = true;
        if (hi < x.hi) x.hi = hi, moved = true;
    };
    tighten(b[whole], lo_sum, hi_sum);
    for (std::size_t p : parts)
        tighten(b[p], b[whole].lo - (hi_sum - b[p].hi), b[whole].hi - (lo_sum - b[p].lo));
    return moved;
}

}  // namespace

std::vector<std::size_t> SuppressionGrid::pinned_small_cells(long threshold) const {
    std::vector<Bounds> b(counts_.size());
    for (std::size_t i = 0; i < counts_.size(); ++i)
        b[i] = marks_[i] == Mark::shown   ? Bounds{counts_[i], counts_[i]}
               : marks_[i] == Mark::small ? Bounds{1, threshold - 1}
                                          : Bounds{threshold, kUnbounded};
    // Each pass narrows some bound by at least one or stops; the bounds are
    // finite, so this ends, and in practice after a few passes.
    bool moved = true;
    while (moved) {
        moved = false;
        for (const Sum& sum : sums_) moved = narrow(b, sum.parts, sum.whole) || moved;
    }
    std::vector<std::size_t> pinned;
    for (std::size_t i = 0; i < counts_.size(); ++i)
        if (marks_[i] == Mark::small && b[i].lo == b[i].hi) pinned.push_back(i);
    return pinned;
}

bool SuppressionGrid::widen(std::size_t cell) {
    std::optional<std::size_t> best;
    for (const Sum& sum : sums_) {
        const bool holds =
            sum.whole == cell || std::find(sum.parts.begin(), sum.parts.end(), cell) != sum.parts.end();
        if (!holds) continue;
        std::vector<std::size_t> cells = sum.parts;
        cells.push_back(sum.whole);
        for (std::size_t c : cells)
            if (can_protect(c) && (!best || counts_[c] < counts_[*best])) best = c;
    }
    if (!best) return false;
    hide(*best);
    return true;
}

bool SuppressionGrid::follow() {
    bool changed = false;
    for (const auto& [follower, leader] : followers_)
        if (hidden(leader) && !hidden(follower)) {
            hide(follower);
            changed = true;
        }
    return changed;
}

bool SuppressionGrid::protect(const Sum& sum) {
    int hidden_cells = hidden(sum.whole) ? 1 : 0;
    for (std::size_t part : sum.parts) hidden_cells += hidden(part) ? 1 : 0;
    if (hidden_cells != 1) return false;
    std::optional<std::size_t> smallest;
    for (std::size_t part : sum.parts)
        if (can_protect(part) && (!smallest || counts_[part] < counts_[*smallest])) smallest = part;
    // A lone part equal to its whole: the whole goes with it.
    if (!smallest && can_protect(sum.whole)) smallest = sum.whole;
    if (!smallest) return false;
    hide(*smallest);
    return true;
}

}  // namespace ipskit::outcomes
