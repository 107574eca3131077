#pragma once
// Finds a case_id given twice in an extract without keeping the ids: each id
// is kept only as a 64-bit hash and the line it was on. Two different ids
// with the same hash would be reported as a duplicate; with 64 bits and a
// million rows the chance is about 1 in 30 billion.
//
// Memory. immediate mode keeps every id in an open-addressing table: 16
// bytes a slot, at most two slots a row, so about 32 bytes a row. at_end
// mode is an external sort and uses fixed memory whatever the row count:
// up to `buffer_entries` (hash, line) pairs of 12 bytes are sorted in memory
// and written as a sorted run to an anonymous temporary file, and finish()
// merges the runs. The temporary file holds only hashes and line numbers,
// never an id; it is unlinked as soon as it is made, so nothing is left
// behind, even on a crash. A file whose ids all fit in the buffer never
// touches the disk; if no temporary file can be made, the runs are kept in
// memory instead (memory then grows with the rows, as it did before).

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

namespace ipskit::readers {

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
    // About 3 MB of (hash, line) pairs sorted in memory at a time.
    static constexpr std::size_t kBufferEntries = std::size_t{1} << 18;

    explicit DuplicateIdFinder(Mode mode = Mode::immediate, std::size_t buffer_entries = kBufferEntries);
    ~DuplicateIdFinder();
    DuplicateIdFinder(DuplicateIdFinder&&) noexcept;
    DuplicateIdFinder& operator=(DuplicateIdFinder&&) noexcept;

    // Records `id` seen on `line`. In immediate mode, returns the line it was
    // first seen on if it was seen before (and keeps that first line), else 0;
    // in at_end mode, always 0.
    int add(std::string_view id, int line);

    // at_end mode: sorts the ids still held in memory now, on the thread
    // that added them, so that absorb() and finish() have only merging left.
    // More ids may be added afterwards.
    void seal();

    // at_end mode only: takes over the ids `other` logged (for one part of a
    // file read on its own), each line moved by `line_offset`, so that
    // finish() finds repeats across the parts. Nothing is copied: `other`'s
    // temporary file and sorted runs are only referred to. Call it once
    // `other` has had all its ids.
    void absorb(DuplicateIdFinder&& other, int line_offset);

    // at_end mode: every repeated id is a duplicate of the line it was first
    // seen on (the smallest). Returns the first `keep` duplicates by line and
    // the total, and empties the finder. In immediate mode, none. The runs
    // are merged on up to `threads` threads, each taking one range of
    // hashes; the result is the same for any number.
    Found finish(std::size_t keep, std::size_t threads = 1);

    // How many ids were added (and absorbed).
    std::size_t size() const { return size_; }

private:
    struct Store;
    // A sorted run of logged ids: `count` entries from entry `begin` of a
    // store, in its temporary file or in its memory.
    struct Run {
        const Store* store;
        std::uint64_t begin;
        std::uint64_t count;
        bool in_file;
        int line_offset;
    };
    struct Slot {
        std::uint64_t hash = 0;  // 0 marks an empty slot
        int line = 0;
    };
    void grow();
    Slot& slot_for(std::uint64_t hash);
    void spill();
    void keep_buffer_as_run(int line_offset);

    Mode mode_;
    std::size_t buffer_entries_;
    std::vector<Slot> slots_;
    std::vector<LoggedId> buffer_;
    std::vector<LoggedId> scratch_;               // as large as buffer_, for sorting it
    std::unique_ptr<Store> spill_;                // where this finder's runs go
    std::vector<std::unique_ptr<Store>> stores_;  // taken over by absorb()
    std::vector<Run> runs_;
    std::size_t size_ = 0;
};

// A 64-bit hash of `text` (word_hash, then a finalising mix). Never 0.
std::uint64_t hash_id(std::string_view text);

}  // namespace ipskit::readers
