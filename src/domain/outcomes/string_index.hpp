#pragma once
// Numbers distinct strings 0, 1, 2, ... in the order they are first seen, for
// the aggregator's groups and consultants: one look-up per row each, over a
// few hundred keys at most. An open-addressing table with a power-of-two
// size and a word-at-a-time hash is several times cheaper per look-up than
// std::unordered_map (a byte-wise hash, a modulo by a prime, a node per key),
// and each slot keeps part of the hash so that a probe compares strings only
// when that part matches. Memory grows with the number of keys, never with
// the number of look-ups.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ipskit::outcomes {

class StringIndex {
public:
    // The number of `key`; a new key gets the next number, size() before the
    // call.
    std::size_t find_or_add(std::string_view key);
    std::size_t size() const { return keys_.size(); }
    // The key numbered `number`.
    const std::string& key(std::size_t number) const { return keys_[number]; }

private:
    struct Slot {
        std::uint32_t hash = 0;    // the hash's upper half
        std::uint32_t number = 0;  // the key's number + 1; 0: the slot is free
    };

    void grow();

    std::vector<Slot> slots_;  // size 0 or a power of two, at most half full
    std::vector<std::string> keys_;
};

}  // namespace ipskit::outcomes
