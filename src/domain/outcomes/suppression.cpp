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
        if (counts_[i] < threshold) marks_[i] = Mark::small;
    threshold_ = threshold;
    sums_of_.assign(counts_.size(), {});
    for (std::size_t i = 0; i < sums_.size(); ++i) {
        sums_of_[sums_[i].whole].push_back(i);
        for (std::size_t part : sums_[i].parts) sums_of_[part].push_back(i);
    }
    // Hiding a cell for one sum can leave another sum with a single hidden
    // cell, so repeat until nothing changes; each pass hides at least one more
    // cell, so this ends. The marks then tell a reader that an x is at least
    // the threshold, and with the sums that can pin a small cell (a site's 1
    // whose cluster is bounded by the other clusters' x), so widen, every
    // pinned cell a round, until no small cell can be worked out from the
    // bounds.
    do {
        bool changed = true;
        while (changed) {
            changed = follow();
            for (const Sum& sum : sums_) changed = protect(sum) || changed;
        }
        // A pinned cell whose own sums have nothing left to hide (a site
        // alone in its cluster) is pinned with another that has.
        bool widened = false;
        for (std::size_t cell : pinned_small_cells(threshold)) widened = widen(cell) || widened;
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
               : marks_[i] == Mark::small ? Bounds{0, threshold - 1}
                                          : Bounds{threshold, kUnbounded};
    // A sum is narrowed again when a bound of one of its cells moved. Bounds
    // can creep around a cycle of sums by a little each time, so the work is
    // capped: the bounds are then wider than a reader's best, never narrower,
    // and a pin is missed rather than made up (the attack test is exact).
    std::vector<std::size_t> queue(sums_.size());
    std::vector<bool> queued(sums_.size(), true);
    for (std::size_t i = 0; i < sums_.size(); ++i) queue[i] = i;
    std::size_t budget = 64 * sums_.size() + 64;
    while (!queue.empty() && budget-- > 0) {
        const std::size_t i = queue.back();
        queue.pop_back();
        queued[i] = false;
        const Sum& sum = sums_[i];
        if (!narrow(b, sum.parts, sum.whole)) continue;
        auto requeue = [&](std::size_t cell) {
            for (std::size_t j : sums_of_[cell])
                if (!queued[j]) queued[j] = true, queue.push_back(j);
        };
        requeue(sum.whole);
        for (std::size_t part : sum.parts) requeue(part);
    }
    std::vector<std::size_t> pinned;
    for (std::size_t i = 0; i < counts_.size(); ++i)
        // A hidden 0 pinned to 0 tells of no one; a 1 to threshold - 1 must not be.
        if (marks_[i] == Mark::small && counts_[i] > 0 && b[i].lo == b[i].hi) pinned.push_back(i);
    return pinned;
}

bool SuppressionGrid::widen(std::size_t cell) {
    // The sums of the cell first; if they have nothing left to hide, the
    // sums of the hidden cells in them, and so on outwards: a hidden cell
    // that is pinned pins the cells it adds up with.
    std::vector<bool> seen(counts_.size(), false);
    std::vector<std::size_t> frontier = {cell};
    seen[cell] = true;
    while (!frontier.empty()) {
        std::optional<std::size_t> best;
        std::vector<std::size_t> next;
        for (std::size_t f : frontier)
            for (std::size_t i : sums_of_[f]) {
                std::vector<std::size_t> cells = sums_[i].parts;
                cells.push_back(sums_[i].whole);
                for (std::size_t c : cells) {
                    if (can_protect(c) && (!best || counts_[c] < counts_[*best])) best = c;
                    if (hidden(c) && !seen[c]) seen[c] = true, next.push_back(c);
                }
            }
        if (best) {
            hide(*best);
            return true;
        }
        frontier = std::move(next);
    }
    return false;
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
