#include "domain/outcomes/suppression.hpp"

namespace ipskit::outcomes {

std::size_t SuppressionGrid::add(long count) {
    counts_.push_back(count);
    hidden_.push_back(false);
    return counts_.size() - 1;
}

void SuppressionGrid::add_sum(std::vector<std::size_t> parts, std::size_t whole) {
    sums_.push_back({std::move(parts), whole});
}

void SuppressionGrid::apply(long threshold) {
    if (threshold <= 0) return;
    for (std::size_t i = 0; i < counts_.size(); ++i)
        if (counts_[i] < threshold) hidden_[i] = true;
    // Hiding a cell for one sum can leave another sum with a single hidden
    // cell, so repeat until nothing changes; each pass hides at least one more
    // cell, so this ends.
    bool changed = true;
    while (changed) {
        changed = false;
        for (const Sum& sum : sums_) changed = protect(sum) || changed;
    }
}

bool SuppressionGrid::protect(const Sum& sum) {
    int hidden_cells = hidden_[sum.whole] ? 1 : 0;
    for (std::size_t part : sum.parts) hidden_cells += hidden_[part] ? 1 : 0;
    if (hidden_cells != 1) return false;
    std::size_t smallest = sum.whole;
    bool found = false;
    for (std::size_t part : sum.parts) {
        if (hidden_[part]) continue;
        if (!found || counts_[part] < counts_[smallest]) smallest = part;
        found = true;
    }
    if (!found && hidden_[sum.whole]) return false;  // a lone part equal to its whole: nothing to add
    hidden_[smallest] = true;
    return true;
}

}  // namespace ipskit::outcomes
