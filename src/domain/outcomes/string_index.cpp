#include "domain/outcomes/string_index.hpp"

#include <cstring>

namespace ipskit::outcomes {

namespace {

constexpr std::uint64_t kMultiplier = 0x9E3779B97F4A7C15ULL;  // 2^64 / golden ratio, odd

std::uint64_t load(const char* p, std::size_t bytes) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, bytes);
    return word;
}

// Mixes the key in eight bytes at a time; each multiplication carries every
// bit of a word into the upper bits, which pick the slot. The last word
// overlaps the one before rather than being read byte by byte, and a key
// under eight bytes is read as two overlapping halves (or bytes, under
// four), so that no key costs a loop over its bytes. Byte order does not
// matter: the hash never leaves the process.
std::uint64_t hash_of(std::string_view key) {
    const char* p = key.data();
    const std::size_t n = key.size();
    std::uint64_t hash = (n + 1) * kMultiplier;
    const auto mix = [&hash](std::uint64_t word) { hash = (hash ^ word) * kMultiplier; };
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) mix(load(p + i, 8));
        mix(load(p + n - 8, 8));
    } else if (n >= 4) {
        mix(load(p, 4) << 32 | load(p + n - 4, 4));
    } else if (n > 0) {
        mix(load(p, 1) << 16 | load(p + n / 2, 1) << 8 | load(p + n - 1, 1));
    }
    return hash;
}

std::uint32_t upper_half(std::uint64_t hash) {
    return static_cast<std::uint32_t>(hash >> 32);
}

}  // namespace

std::size_t StringIndex::find_or_add(std::string_view key) {
    if (2 * (keys_.size() + 1) > slots_.size()) grow();
    const std::uint32_t hash = upper_half(hash_of(key));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot& slot = slots_[at];
        if (slot.number == 0) {
            keys_.emplace_back(key);
            slot = {hash, static_cast<std::uint32_t>(keys_.size())};
            return keys_.size() - 1;
        }
        if (slot.hash == hash && keys_[slot.number - 1] == key) return slot.number - 1;
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
