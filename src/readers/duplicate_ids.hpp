#pragma once
// Finds a case_id given twice in an extract without keeping the ids: each id
// is kept as a 64-bit hash and the line it was on, in an open-addressing table
// (16 bytes a slot, at most two slots a row; no allocation per row). Two different ids with the same
// hash would be reported as a duplicate; with 64 bits and a million rows the
// chance is about 1 in 30 billion. The interface hides the table, so that a
// later change can spill it to disk for extracts that do not fit in memory.

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace ipskit::readers {

class DuplicateIdFinder {
public:
    // immediate: add() answers at once (for --keep-going, which must leave
    // the second row out before it is counted). at_end: ids are only logged,
    // in file order, and finish() sorts the log: sequential writes instead of
    // a cache miss per row, about three times faster on a million rows.
    enum class Mode { immediate, at_end };
    struct Duplicate {
        int first_line;
        int line;
    };

    explicit DuplicateIdFinder(Mode mode = Mode::immediate) : mode_(mode) {}

    // Records `id` seen on `line`. In immediate mode, returns the line it was
    // first seen on if it was seen before (and keeps that first line), else 0;
    // in at_end mode, always 0.
    int add(std::string_view id, int line);
    // Takes over the ids of `other` (at_end mode, filled from another part
    // of the file), their lines moved on by `line_shift`.
    void absorb(DuplicateIdFinder&& other, int line_shift);
    // In at_end mode, every repeated id, by the line of the repeat.
    std::vector<Duplicate> finish();

    std::size_t size() const { return size_; }

private:
#pragma pack(push, 4)
    struct Logged {
        std::uint64_t hash;
        int line;
    };
#pragma pack(pop)

    struct Slot {
        std::uint64_t hash = 0;  // 0 marks an empty slot
        int line = 0;
    };
    void grow();
    Slot& slot_for(std::uint64_t hash);

    Mode mode_;
    std::vector<Slot> slots_;
    std::vector<Logged> log_;
    std::size_t size_ = 0;
};

// A 64-bit hash of `text` (FNV-1a, then a finalising mix so that the low
// bits, which pick the slot, depend on every byte). Never 0.
std::uint64_t hash_id(std::string_view text);

}  // namespace ipskit::readers
