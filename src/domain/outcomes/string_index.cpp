#include "domain/outcomes/string_index.hpp"

#include "util/hash.hpp"

namespace ipskit::outcomes {

namespace {

std::uint32_t upper_half(std::uint64_t hash) {
    return static_cast<std::uint32_t>(hash >> 32);
}

}  // namespace

std::size_t StringIndex::find_or_add(std::string_view key) {
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    const std::uint32_t hash = upper_half(util::hash_text(key));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot& slot = slots_[at];
        if (slot.number == 0) {
            keys_.emplace_back(key);
            slot = {hash, static_cast<std::uint32_t>(keys_.size())};
            return keys_.size() - 1;
        }
        if (slot.hash == hash && util::same_text(keys_[slot.number - 1], key)) return slot.number - 1;
    }
}

// Doubles the table and puts every key back; the keys keep their numbers.
void StringIndex::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : 2 * old.size(), Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
        if (slot.number == 0) continue;
        std::size_t at = slot.hash & mask;
        while (slots_[at].number != 0) at = (at + 1) & mask;
        slots_[at] = slot;
    }
}

}  // namespace ipskit::outcomes
