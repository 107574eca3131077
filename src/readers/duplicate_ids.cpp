#include "readers/duplicate_ids.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <numeric>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/word_hash.hpp"

namespace ipskit::readers {

// Where sorted runs are kept: an anonymous temporary file, or memory.
struct DuplicateIdFinder::Store {
    int fd = -1;
    std::uint64_t file_entries = 0;  // entries written to the file so far
    std::vector<LoggedId> memory;

    Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store() {
        if (fd >= 0) close(fd);
    }
};

namespace {

constexpr std::size_t kReadBufferBytes = 64 * 1024;
constexpr std::size_t kMinReadEntries = 64;
// Merging on several threads: not below this many ids, and never on more
// threads than this.
constexpr std::size_t kMinEntriesPerThread = std::size_t{1} << 16;
constexpr std::size_t kMaxThreads = 16;
// Up to this many runs are merged by comparing all their current entries.
constexpr std::size_t kFewRuns = 8;

struct Before {
    bool operator()(const LoggedId& a, const LoggedId& b) const {
        return a.hash != b.hash ? a.hash < b.hash : a.line < b.line;
    }
};

void insertion_sort(LoggedId* begin, LoggedId* end) {
    for (LoggedId* i = begin + 1; i < end; ++i) {
        const LoggedId e = *i;
        LoggedId* j = i;
        for (; j > begin && Before{}(e, *(j - 1)); --j) *j = *(j - 1);
        *j = e;
    }
}

// Sorts by (hash, line). The hashes are evenly spread, so one counting pass
// on their top bits leaves buckets of about four entries, each finished by
// insertion sort (or std::sort, when many equal hashes fill one bucket).
// Several times fewer instructions than std::sort on a full buffer.
void sort_run(std::vector<LoggedId>& entries, std::vector<LoggedId>& scratch) {
    const std::size_t n = entries.size();
    if (n < 64) {
        std::sort(entries.begin(), entries.end(), Before{});
        return;
    }
    const int bits = std::min(16, static_cast<int>(std::bit_width(n)) - 2);
    const int shift = 64 - bits;
    // ends[b + 1] counts bucket b; after the prefix sum ends[b] is where bucket b begins.
    std::vector<std::size_t> ends((std::size_t{1} << bits) + 1, 0);
    for (const LoggedId& e : entries) ++ends[(e.hash >> shift) + 1];
    std::partial_sum(ends.begin(), ends.end(), ends.begin());
    scratch.resize(n);
    for (const LoggedId& e : entries) scratch[ends[e.hash >> shift]++] = e;
    // Now ends[b] is where bucket b ends.
    std::size_t begin = 0;
    for (std::size_t b = 0; b + 1 < ends.size(); ++b) {
        LoggedId* first = scratch.data() + begin;
        LoggedId* last = scratch.data() + ends[b];
        if (last - first > 32)
            std::sort(first, last, Before{});
        else
            insertion_sort(first, last);
        begin = ends[b];
    }
    entries.swap(scratch);
}

// An anonymous temporary file in $TMPDIR, else /tmp: unlinked as soon as it
// is made, so it goes away with the process however that ends. It only ever
// holds hashes and line numbers, never an id. -1 if none could be made.
int make_temporary_file() {
    const char* dir = std::getenv("TMPDIR");
    std::string path = dir != nullptr && *dir != '\0' ? dir : "/tmp";
    path += "/ipskit-ids-XXXXXX";
    const int fd = mkostemp(path.data(), O_CLOEXEC);
    if (fd >= 0) unlink(path.c_str());
    return fd;
}

bool write_all(int fd, const void* data, std::size_t bytes, std::uint64_t offset) {
    const char* at = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = pwrite(fd, at, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        at += n;
        bytes -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
    return true;
}

[[noreturn]] void throw_read_error(const char* why) {
    throw Error(Location{}, fmt::format("could not read back the temporary file of case_id hashes: {}", why),
                "check the temporary directory ($TMPDIR, else /tmp) and run again");
}

void read_all(int fd, void* data, std::size_t bytes, std::uint64_t offset) {
    char* at = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = pread(fd, at, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw_read_error(std::strerror(errno));
        if (n == 0) throw_read_error("it is shorter than what was written");
        at += n;
        bytes -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
}

// One sorted run as the merge reads it.
struct RunSource {
    int fd;                  // the run is in this file, or, if -1,
    const LoggedId* memory;  // in memory here
    std::uint64_t begin;
    std::uint64_t count;
    int line_offset;
};

// Reads one run in order, through a buffer if it is in a file.
class Cursor {
public:
    Cursor(const RunSource& run, std::size_t buffer_entries) : run_(run) {
        if (run.fd < 0) {
            at_ = run.memory + run.begin;
            end_ = at_ + run.count;
            read_ = run.count;
        } else {
            buffer_.resize(static_cast<std::size_t>(std::min<std::uint64_t>(buffer_entries, run.count)));
            refill();
        }
    }
    bool done() const { return at_ == end_; }
    // The current entry, its line made absolute. Only while !done().
    LoggedId current() const { return {at_->hash, at_->line + run_.line_offset}; }
    void advance() {
        if (++at_ == end_ && read_ < run_.count) refill();
    }

private:
    void refill() {
        const auto n = static_cast<std::size_t>(std::min<std::uint64_t>(buffer_.size(), run_.count - read_));
        read_all(run_.fd, buffer_.data(), n * sizeof(LoggedId), (run_.begin + read_) * sizeof(LoggedId));
        read_ += n;
        at_ = buffer_.data();
        end_ = at_ + n;
    }

    RunSource run_;
    std::vector<LoggedId> buffer_;
    const LoggedId* at_ = nullptr;
    const LoggedId* end_ = nullptr;
    std::uint64_t read_ = 0;  // entries of the run read so far
};

// The first `keep` duplicates by line (a max-heap on the line, so memory
// stays O(keep)), and how many were offered.
class FirstDuplicates {
public:
    using Duplicate = DuplicateIdFinder::Duplicate;
    explicit FirstDuplicates(std::size_t keep) : keep_(keep) {}

    void add(Duplicate d) {
        ++total_;
        if (keep_ == 0) return;
        if (heap_.size() == keep_) {
            if (d.line >= heap_.front().line) return;
            std::pop_heap(heap_.begin(), heap_.end(), by_line);
            heap_.pop_back();
        }
        heap_.push_back(d);
        std::push_heap(heap_.begin(), heap_.end(), by_line);
    }
    DuplicateIdFinder::Found result() {
        std::sort_heap(heap_.begin(), heap_.end(), by_line);
        return {std::move(heap_), total_};
    }

private:
    static bool by_line(const Duplicate& a, const Duplicate& b) { return a.line < b.line; }
    std::size_t keep_;
    std::vector<Duplicate> heap_;
    std::size_t total_ = 0;
};

// Moves the top of a heap down to its place, after it was replaced.
template <typename T, typename After>
void sift_down(std::vector<T>& heap, After after) {
    std::size_t i = 0;
    for (;;) {
        std::size_t least = i;
        for (std::size_t child = 2 * i + 1; child <= 2 * i + 2 && child < heap.size(); ++child)
            if (after(heap[least], heap[child])) least = child;
        if (least == i) return;
        std::swap(heap[i], heap[least]);
        i = least;
    }
}

// The hash of entry `index` of a run.
std::uint64_t hash_at(const RunSource& run, std::uint64_t index) {
    if (run.fd < 0) return run.memory[run.begin + index].hash;
    LoggedId entry{};
    read_all(run.fd, &entry, sizeof entry, (run.begin + index) * sizeof(LoggedId));
    return entry.hash;
}

// How many entries of a run have a hash below `bound`: the run is sorted, so
// a binary search finds it, with one small read per step for a run in a file.
std::uint64_t count_below(const RunSource& run, std::uint64_t bound) {
    std::uint64_t low = 0, high = run.count;
    while (low < high) {
        const std::uint64_t middle = low + (high - low) / 2;
        if (hash_at(run, middle) < bound)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

// The part of each run whose hashes lie in [low, high); high 0 means no
// upper bound.
std::vector<RunSource> slice_runs(const std::vector<RunSource>& runs, std::uint64_t low, std::uint64_t high) {
    std::vector<RunSource> slices;
    for (const RunSource& run : runs) {
        const std::uint64_t first = low == 0 ? 0 : count_below(run, low);
        const std::uint64_t last = high == 0 ? run.count : count_below(run, high);
        RunSource slice = run;
        slice.begin += first;
        slice.count = last - first;
        slices.push_back(slice);
    }
    return slices;
}

// (hash, line) order without a branch: the hashes are random, so a branch on
// them would be mispredicted about every other time.
bool comes_before(const LoggedId& a, const LoggedId& b) {
    return (a.hash < b.hash) | ((a.hash == b.hash) & (a.line < b.line));
}

// Reports `entry` if it repeats the hash of `group`, the first entry of its
// hash so far; else it starts a group of its own.
void note_entry(const LoggedId& entry, LoggedId& group, FirstDuplicates& found) {
    if (entry.hash == group.hash)
        found.add({group.line, entry.line});
    else
        group = entry;
}

// The merge of a few runs, as a file of up to a few million rows has: the
// smallest of their current entries is found by comparing them all, kept in
// small arrays of their own, which costs less than keeping them in a heap.
void merge_few_runs(std::vector<Cursor>& cursors, FirstDuplicates& found) {
    std::array<std::uint64_t, kFewRuns> hashes{};
    std::array<int, kFewRuns> lines{};
    std::array<Cursor*, kFewRuns> owners{};
    std::size_t live = 0;
    for (Cursor& cursor : cursors) {
        if (cursor.done()) continue;
        const LoggedId entry = cursor.current();
        hashes[live] = entry.hash;
        lines[live] = entry.line;
        owners[live++] = &cursor;
    }
    LoggedId group{0, 0};  // hash_id() is never 0
    while (live > 0) {
        std::size_t least = 0;
        for (std::size_t i = 1; i < live; ++i)
            least = comes_before({hashes[i], lines[i]}, {hashes[least], lines[least]}) ? i : least;
        note_entry({hashes[least], lines[least]}, group, found);
        Cursor& cursor = *owners[least];
        cursor.advance();
        if (!cursor.done()) {
            const LoggedId entry = cursor.current();
            hashes[least] = entry.hash;
            lines[least] = entry.line;
        } else {
            --live;
            hashes[least] = hashes[live];
            lines[least] = lines[live];
            owners[least] = owners[live];
        }
    }
}

// The merge of many runs, through a heap with the smallest entry on top.
void merge_many_runs(std::vector<Cursor>& cursors, FirstDuplicates& found) {
    struct Head {
        LoggedId entry;
        Cursor* cursor;
    };
    const auto after = [](const Head& a, const Head& b) { return Before{}(b.entry, a.entry); };
    std::vector<Head> heap;
    for (Cursor& cursor : cursors)
        if (!cursor.done()) heap.push_back({cursor.current(), &cursor});
    std::make_heap(heap.begin(), heap.end(), after);
    LoggedId group{0, 0};
    while (!heap.empty()) {
        Head& top = heap.front();
        note_entry(top.entry, group, found);
        top.cursor->advance();
        if (!top.cursor->done()) {
            top.entry = top.cursor->current();
        } else {
            top = heap.back();
            heap.pop_back();
        }
        sift_down(heap, after);
    }
}

// Merges the sorted runs into one stream by (hash, absolute line) and reports
// each entry whose hash equals the one before it: the first entry of a hash
// has the smallest line, so it is where the id was first seen.
void merge_runs(const std::vector<RunSource>& runs, std::size_t read_entries, FirstDuplicates& found) {
    std::vector<Cursor> cursors;
    cursors.reserve(runs.size());
    for (const RunSource& run : runs) cursors.emplace_back(run, read_entries);
    if (cursors.size() <= kFewRuns)
        merge_few_runs(cursors, found);
    else
        merge_many_runs(cursors, found);
}

// The upper bound of range `index` of `ranges` equal ranges of hashes, which
// is the lower bound of the next; 0 stands for "none" at either end.
std::uint64_t range_bound(std::size_t index, std::size_t ranges) {
    return index == ranges ? 0 : (UINT64_MAX / ranges) * index;
}

// Merges each of found.size() ranges of hashes on a thread of its own: all
// entries of a hash lie in one range, so each range finds its duplicates on
// its own.
void merge_ranges(const std::vector<RunSource>& runs, std::size_t read_entries,
                  std::vector<FirstDuplicates>& found) {
    const std::size_t ranges = found.size();
    std::vector<std::exception_ptr> failures(ranges);
    const auto merge_range = [&](std::size_t i) {
        try {
            merge_runs(slice_runs(runs, range_bound(i, ranges), range_bound(i + 1, ranges)), read_entries,
                       found[i]);
        } catch (...) {
            failures[i] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 1; i < ranges; ++i) threads.emplace_back(merge_range, i);
        merge_range(0);
    }
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

// The first `keep` duplicates by line of all ranges, and their total.
DuplicateIdFinder::Found join_found(std::vector<FirstDuplicates>& found, std::size_t keep) {
    DuplicateIdFinder::Found all;
    for (FirstDuplicates& range : found) {
        auto part = range.result();
        all.total += part.total;
        all.first.insert(all.first.end(), part.first.begin(), part.first.end());
    }
    std::sort(all.first.begin(), all.first.end(),
              [](const auto& a, const auto& b) { return a.line < b.line; });
    if (all.first.size() > keep) all.first.resize(keep);
    return all;
}

}  // namespace

std::uint64_t hash_id(std::string_view text) {
    std::uint64_t h = word_hash(text);
    // splitmix64's finaliser: the top bits, which sort_run buckets by, and
    // the low bits, which pick a slot, depend on every bit of the text.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h == 0 ? 1 : h;
}

DuplicateIdFinder::DuplicateIdFinder(Mode mode, std::size_t buffer_entries)
    : mode_(mode), buffer_entries_(std::max<std::size_t>(buffer_entries, 1)) {}
DuplicateIdFinder::~DuplicateIdFinder() = default;
DuplicateIdFinder::DuplicateIdFinder(DuplicateIdFinder&&) noexcept = default;
DuplicateIdFinder& DuplicateIdFinder::operator=(DuplicateIdFinder&&) noexcept = default;

int DuplicateIdFinder::add(std::string_view id, int line) {
    if (mode_ == Mode::at_end) {
        // Exactly the buffer's size: growing by doubling could overshoot it.
        if (buffer_.capacity() == 0) buffer_.reserve(buffer_entries_);
        buffer_.push_back({hash_id(id), line});
        ++size_;
        if (buffer_.size() >= buffer_entries_) spill();
        return 0;
    }
    // Keep the table at most half full, so probe runs stay short.
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = hash_id(id);
    Slot& slot = slot_for(hash);
    if (slot.hash == hash) return slot.line;
    slot = {hash, line};
    ++size_;
    return 0;
}

// Sorts the full buffer and appends it as a run to the temporary file, made
// on the first spill; without one (or when a write fails, say on a full
// disk) the run is kept in memory instead, so the check still works.
void DuplicateIdFinder::spill() {
    sort_run(buffer_, scratch_);
    if (!spill_) {
        spill_ = std::make_unique<Store>();
        spill_->fd = make_temporary_file();
    }
    Store& store = *spill_;
    const std::uint64_t count = buffer_.size();
    if (store.fd >= 0 && write_all(store.fd, buffer_.data(), buffer_.size() * sizeof(LoggedId),
                                   store.file_entries * sizeof(LoggedId))) {
        runs_.push_back({&store, store.file_entries, count, true, 0});
        store.file_entries += count;
    } else {
        runs_.push_back({&store, store.memory.size(), count, false, 0});
        store.memory.insert(store.memory.end(), buffer_.begin(), buffer_.end());
    }
    buffer_.clear();
}

// The last, partly filled buffer is sorted where it is and becomes a run of
// its own, so a small file never touches the disk.
void DuplicateIdFinder::keep_buffer_as_run(int line_offset) {
    if (buffer_.empty()) return;
    sort_run(buffer_, scratch_);
    auto store = std::make_unique<Store>();
    store->memory = std::move(buffer_);
    buffer_ = {};
    scratch_ = {};
    runs_.push_back({store.get(), 0, store->memory.size(), false, line_offset});
    stores_.push_back(std::move(store));
}

void DuplicateIdFinder::seal() {
    if (mode_ == Mode::at_end) keep_buffer_as_run(0);
}

void DuplicateIdFinder::absorb(DuplicateIdFinder&& other, int line_offset) {
    if (mode_ != Mode::at_end || other.mode_ != Mode::at_end || &other == this)
        throw std::logic_error("DuplicateIdFinder::absorb needs another finder in at_end mode");
    other.keep_buffer_as_run(0);
    for (Run run : other.runs_) {
        run.line_offset += line_offset;
        runs_.push_back(run);
    }
    if (other.spill_) stores_.push_back(std::move(other.spill_));
    for (auto& store : other.stores_) stores_.push_back(std::move(store));
    size_ += other.size_;
    other = DuplicateIdFinder(other.mode_, other.buffer_entries_);
}

DuplicateIdFinder::Found DuplicateIdFinder::finish(std::size_t keep, std::size_t threads) {
    if (mode_ != Mode::at_end) return {};
    keep_buffer_as_run(0);
    std::vector<RunSource> sources;
    sources.reserve(runs_.size());
    for (const Run& run : runs_)
        sources.push_back({run.in_file ? run.store->fd : -1, run.in_file ? nullptr : run.store->memory.data(),
                           run.begin, run.count, run.line_offset});
    // A thread costs more than it saves on a small file.
    const std::size_t ranges = size_ < kMinEntriesPerThread ? 1 : std::clamp<std::size_t>(threads, 1, kMaxThreads);
    // The read buffers share about as much memory as the sort buffer.
    const std::size_t read_entries =
        std::clamp(buffer_entries_ / std::max<std::size_t>(runs_.size() * ranges, 1), kMinReadEntries,
                   kReadBufferBytes / sizeof(LoggedId));
    std::vector<FirstDuplicates> found(ranges, FirstDuplicates(keep));
    merge_ranges(sources, read_entries, found);
    *this = DuplicateIdFinder(mode_, buffer_entries_);
    return join_found(found, keep);
}

DuplicateIdFinder::Slot& DuplicateIdFinder::slot_for(std::uint64_t hash) {
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = static_cast<std::size_t>(hash) & mask;
    while (slots_[i].hash != 0 && slots_[i].hash != hash) i = (i + 1) & mask;
    return slots_[i];
}

void DuplicateIdFinder::grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
    for (const Slot& s : old)
        if (s.hash != 0) slot_for(s.hash) = s;
}

}  // namespace ipskit::readers
