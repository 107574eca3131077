#pragma once
// Finds a case_id given twice in an extract without keeping the ids: each id
// is kept as a 64-bit hash and the line it was on, in an open-addressing table
// (16 bytes a slot, at most two slots a row; no allocation per row). Two different ids with the same
// hash would be reported as a duplicate; with 64 bits and a million rows the
// chance is about 1 in 30 billion. The interface hides the table, so that a
// later change can spill it to disk for extracts that do not fit in memory.

#include <cstdint>
#include <string_view>
#include <vector>

namespace ipskit::readers {

class DuplicateIdFinder {
public:
    // Records `id` seen on `line`. Returns the line it was first seen on if
    // it was seen before (and keeps that first line), else 0.
    int add(std::string_view id, int line);

    std::size_t size() const { return size_; }

private:
    struct Slot {
        std::uint64_t hash = 0;  // 0 marks an empty slot
        int line = 0;
    };
    void grow();
    Slot& slot_for(std::uint64_t hash);

    std::vector<Slot> slots_;
    std::size_t size_ = 0;
};

// A 64-bit hash of `text` (FNV-1a, then a finalising mix so that the low
// bits, which pick the slot, depend on every byte). Never 0.
std::uint64_t hash_id(std::string_view text);

}  // namespace ipskit::readers
