#pragma once
// Finds a case_id given twice in an extract without keeping the ids: each id
// is kept only as a 64-bit hash and the line it was on. Two different ids
// with the same hash would be reported as a duplicate; with 64 bits and a
// million rows the chance is about 1 in 30 billion.
//
// Memory. immediate mode keeps every id in an open-addressing table: 16
// bytes a slot, at most two slots a row, so about 32 bytes a row. at_end
// mode uses fixed memory whatever the row count: each (hash, line) pair of
// 12 bytes goes to one of 256 partitions by the top byte of its hash, and
// once `buffer_entries` pairs are held they are all written, partition by
// partition, to an anonymous temporary file. finish() then reads each
// partition back on its own (a 256th of the ids), sorts it and finds the
// repeats, several partitions at a time on several threads. The temporary
// file holds only hashes and line numbers, never an id; it is unlinked as
// soon as it is made, so nothing is left behind, even on a crash. A file
// whose ids all fit in the buffer never touches the disk; if no temporary
// file can be made, the pairs are kept in memory instead (memory then grows
// with the rows).

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ipskit::readers::cases::parts {

// One id as at_end mode logs it: 12 bytes, also in the temporary file.
#pragma pack(push, 4)
struct LoggedId {
    std::uint64_t hash;
    int line;
};
#pragma pack(pop)

class DuplicateIdFinder {
public:
    // immediate: add() answers at once (for --keep-going, which must leave
    // the second row out before it is counted). at_end: ids are only logged
    // and finish() finds the repeats: sequential writes instead of a cache
    // miss per row, several times faster on a million rows.
    enum class Mode { immediate, at_end };
    struct Duplicate {
        int first_line;  // where the id was first seen
        int line;        // where it was repeated
    };
    // The first duplicates by the line of the repeat, and how many there
    // are in all (so a file of nothing but repeats needs no more memory).
    struct Found {
        std::vector<Duplicate> first;
        std::size_t total = 0;
    };
    // About 6 MB of (hash, line) pairs held in memory at a time: the ids of
    // half a million rows, so that a file of a million rows read in two
    // parts never writes any.
    static constexpr std::size_t kBufferEntries = std::size_t{1} << 19;

    // finish() sorts at most this many entries of a partition at once (1.5
    // MB with the sort's scratch copy): a file of over about 16 million rows
    // is then taken in slices.
    static constexpr std::size_t kMaxSortEntries = std::size_t{1} << 16;

    explicit DuplicateIdFinder(Mode mode = Mode::immediate, std::size_t buffer_entries = kBufferEntries,
                               std::size_t max_sort_entries = kMaxSortEntries);
    ~DuplicateIdFinder();
    DuplicateIdFinder(DuplicateIdFinder&&) noexcept;
    DuplicateIdFinder& operator=(DuplicateIdFinder&&) noexcept;

    // Records `id` seen on `line`. In immediate mode, returns the line it was
    // first seen on if it was seen before (and keeps that first line), else 0;
    // in at_end mode, always 0.
    int add(std::string_view id, int line);

    // at_end mode only: takes over the ids `other` logged (for one part of a
    // file read on its own), each line moved by `line_offset`, so that
    // finish() finds repeats across the parts. Nothing is copied: `other`'s
    // temporary file and buffers are only referred to.
    void absorb(DuplicateIdFinder&& other, int line_offset);

    // at_end mode: every repeated id is a duplicate of the line it was first
    // seen on (the smallest). Returns the first `keep` duplicates by line and
    // the total, and empties the finder. In immediate mode, none. Up to
    // `threads` threads share the partitions; the result is the same for
    // any number.
    Found finish(std::size_t keep, std::size_t threads = 1);

    // How many ids were added (and absorbed).
    std::size_t size() const { return size_; }

    // The partitions, and the entries of one partition written at once:
    // `count` of them from entry `begin` of a temporary file, or in memory
    // at `memory`, their lines to be moved by `line_offset`.
    static constexpr std::size_t kPartitions = 256;
    struct Chunk {
        const LoggedId* memory;
        int fd;
        std::uint64_t begin;
        std::uint64_t count;
        int line_offset;
    };

private:
    struct Store;
    // The held entries of all partitions, written at once: to a temporary
    // file from entry `begin`, partition after partition, each from
    // `starts[p]` on; or kept in memory, a vector a partition. One record
    // a write, not one a partition, so that this bookkeeping stays small
    // when many parts of a large file each write many times.
    struct Spill {
        int fd = -1;  // -1: in memory
        std::uint64_t begin = 0;
        std::array<std::uint32_t, kPartitions + 1> starts{};
        const std::vector<LoggedId>* memory = nullptr;
        int line_offset = 0;
        Chunk chunk(std::size_t partition) const;
    };
    struct Slot {
        std::uint64_t hash = 0;  // 0 marks an empty slot
        int line = 0;
    };
    void grow();
    Slot& slot_for(std::uint64_t hash);
    void write_partitions();
    void keep_partitions_in_memory(int line_offset);

    Mode mode_;
    std::size_t buffer_entries_;
    std::size_t max_sort_entries_;
    std::vector<Slot> slots_;
    std::array<std::vector<LoggedId>, kPartitions> held_;  // not yet written, by partition
    std::size_t held_count_ = 0;
    std::unique_ptr<Store> spill_;                // this finder's temporary file
    std::vector<std::unique_ptr<Store>> stores_;  // absorbed, and memory kept
    std::vector<Spill> spills_;
    std::size_t size_ = 0;
};

// A 64-bit hash of `text` (util::hash_text, spread over all its bits). Never 0.
std::uint64_t hash_id(std::string_view text);

}  // namespace ipskit::readers::cases::parts
