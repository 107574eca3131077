#include "readers/cases/parts/duplicate_ids.hpp"

#include <algorithm>
#include <bit>
#include <exception>
#include <numeric>
#include <stdexcept>
#include <string>
#include <sys/uio.h>
#include <thread>
#include <unistd.h>
#include <utility>

#include "readers/cases/parts/temporary_file.hpp"
#include "util/hash.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases::parts {

// Where written partitions are kept: an anonymous temporary file, or memory.
struct DuplicateIdFinder::Store {
    int fd = -1;
    std::uint64_t file_entries = 0;  // entries written to the file so far
    std::vector<std::vector<LoggedId>> memory;

    Store() = default;
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;
    ~Store() {
        if (fd >= 0) close(fd);
    }
};

namespace {

// finish() on several threads: not below this many ids, and never on more
// threads than this.
constexpr std::size_t kMinEntriesPerThread = std::size_t{1} << 16;
constexpr std::size_t kMaxThreads = 16;
// The top byte of a hash picks its partition.
constexpr int kPartitionBits = 8;
// At most 2^14 buckets when a partition is sorted: enough for a file of ten
// million rows to leave a few entries in each.
constexpr int kMaxBucketBits = 14;
// Buckets up to this size are left to insertion sort.
constexpr std::uint32_t kSmallBucket = 32;

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

// Sorts one partition (or slice of one) by (hash, line); the top
// `equal_bits` of its hashes are the same. The hashes are evenly spread, so
// one counting pass on the bits that follow, as many buckets as entries,
// leaves buckets of an entry or two: one pass of insertion sort over them
// all then moves each entry at most a bucket's length. Where many equal
// hashes fill a bucket, each bucket is sorted on its own instead. A
// partition is small enough for the cache, where one pass over a whole
// buffer of ids missed it on nearly every entry.
void sort_partition(std::vector<LoggedId>& entries, std::vector<LoggedId>& scratch,
                    std::vector<std::uint32_t>& ends, int equal_bits) {
    const std::size_t n = entries.size();
    if (n < 64) {
        std::sort(entries.begin(), entries.end(), Before{});
        return;
    }
    const int bits = std::min(kMaxBucketBits, static_cast<int>(std::bit_width(n)));
    const auto bucket = [bits, equal_bits](const LoggedId& e) {
        return (e.hash << equal_bits) >> (64 - bits);
    };
    // ends[b + 1] counts bucket b; after the prefix sum ends[b] is where bucket b begins.
    ends.assign((std::size_t{1} << bits) + 1, 0);
    for (const LoggedId& e : entries) ++ends[bucket(e) + 1];
    const std::uint32_t largest = *std::max_element(ends.begin(), ends.end());
    std::partial_sum(ends.begin(), ends.end(), ends.begin());
    scratch.resize(n);
    for (const LoggedId& e : entries) scratch[ends[bucket(e)]++] = e;
    entries.swap(scratch);
    if (largest <= kSmallBucket) {
        insertion_sort(entries.data(), entries.data() + n);
        return;
    }
    // Now ends[b] is where bucket b ends.
    std::size_t begin = 0;
    for (std::size_t b = 0; b + 1 < ends.size(); ++b) {
        LoggedId* first = entries.data() + begin;
        LoggedId* last = entries.data() + ends[b];
        if (last - first > static_cast<std::ptrdiff_t>(kSmallBucket))
            std::sort(first, last, Before{});
        else
            insertion_sort(first, last);
        begin = ends[b];
    }
}

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

// The part of a partition sorted at once: all of it (bits 0), or the
// entries whose hash has `index` in the `bits` after the partition's byte.
struct Slice {
    int bits = 0;
    std::uint64_t index = 0;
    bool contains(std::uint64_t hash) const {
        return bits == 0 || (hash << kPartitionBits) >> (64 - bits) == index;
    }
};

// Appends the entries of `chunk` in `slice` to `entries`, lines made
// absolute; a chunk in a file is read a block at a time through `block`.
void gather_chunk(const DuplicateIdFinder::Chunk& chunk, Slice slice, std::vector<LoggedId>& entries,
                  std::vector<LoggedId>& block) {
    constexpr std::uint64_t kBlockEntries = 4096;
    for (std::uint64_t done = 0; done < chunk.count; done += kBlockEntries) {
        const auto n = static_cast<std::size_t>(std::min(kBlockEntries, chunk.count - done));
        const LoggedId* from = nullptr;
        if (chunk.memory != nullptr) {
            from = chunk.memory + done;
        } else {
            block.resize(n);
            read_exactly(
                chunk.fd, block.data(), n * sizeof(LoggedId), (chunk.begin + done) * sizeof(LoggedId),
                util::tr("the temporary file of case_id hashes", "den midlertidige fil med case_id-hashes")
                    .c_str());
            from = block.data();
        }
        for (std::size_t i = 0; i < n; ++i)
            if (slice.contains(from[i].hash))
                entries.push_back({from[i].hash, from[i].line + chunk.line_offset});
    }
}

// Sorted by (hash, line), the entries of one hash follow each other with
// the first line first: each after it repeats that line's id.
void find_repeats(const std::vector<LoggedId>& sorted, FirstDuplicates& found) {
    for (std::size_t i = 1, first = 0; i < sorted.size(); ++i) {
        if (sorted[i].hash != sorted[first].hash)
            first = i;
        else
            found.add({sorted[first].line, sorted[i].line});
    }
}

// Finds the repeats in one partition, a slice at a time when it holds more
// than `max_sort` entries, so that memory stays the same whatever the rows.
void find_in_partition(const std::vector<DuplicateIdFinder::Chunk>& chunks, std::size_t max_sort,
                       FirstDuplicates& found) {
    std::uint64_t total = 0;
    for (const auto& chunk : chunks) total += chunk.count;
    const int bits = total <= max_sort ? 0 : static_cast<int>(std::bit_width((total - 1) / max_sort));
    std::vector<LoggedId> entries, scratch, block;
    std::vector<std::uint32_t> ends;
    entries.reserve(static_cast<std::size_t>(std::min<std::uint64_t>(total >> bits, max_sort) * 9 / 8));
    for (std::uint64_t index = 0; index < (std::uint64_t{1} << bits); ++index) {
        entries.clear();
        for (const auto& chunk : chunks) gather_chunk(chunk, {bits, index}, entries, block);
        sort_partition(entries, scratch, ends, kPartitionBits + bits);
        find_repeats(entries, found);
    }
}

// Thread t of found.size() takes partitions t, t + threads, ...: all entries
// of a hash lie in one partition, so each finds its repeats on its own.
template <typename Spills>
void find_in_partitions(const Spills& spills, std::size_t max_sort, std::vector<FirstDuplicates>& found) {
    const std::size_t threads = found.size();
    std::vector<std::exception_ptr> failures(threads);
    const auto work = [&](std::size_t t) {
        try {
            std::vector<DuplicateIdFinder::Chunk> chunks;
            for (std::size_t p = t; p < DuplicateIdFinder::kPartitions; p += threads) {
                chunks.clear();
                for (const auto& spill : spills)
                    if (const auto chunk = spill.chunk(p); chunk.count > 0) chunks.push_back(chunk);
                find_in_partition(chunks, max_sort, found[t]);
            }
        } catch (...) {
            failures[t] = std::current_exception();
        }
    };
    {
        std::vector<std::jthread> others;
        for (std::size_t t = 1; t < threads; ++t) others.emplace_back(work, t);
        work(0);
    }
    for (const auto& failure : failures)
        if (failure) std::rethrow_exception(failure);
}

// The first `keep` duplicates by line of all partitions, and their total.
DuplicateIdFinder::Found join_found(std::vector<FirstDuplicates>& found, std::size_t keep) {
    DuplicateIdFinder::Found all;
    for (FirstDuplicates& partitions : found) {
        auto part = partitions.result();
        all.total += part.total;
        all.first.insert(all.first.end(), part.first.begin(), part.first.end());
    }
    std::sort(all.first.begin(), all.first.end(),
              [](const auto& a, const auto& b) { return a.line < b.line; });
    if (all.first.size() > keep) all.first.resize(keep);
    return all;
}

}  // namespace

// The top bits pick the partition and the bucket it is sorted by, the low
// bits a slot, so both must depend on every bit of the text.
std::uint64_t hash_id(std::string_view text) {
    const std::uint64_t h = util::spread_bits(util::hash_text(text));
    return h == 0 ? 1 : h;  // 0 marks a free slot
}

DuplicateIdFinder::DuplicateIdFinder(Mode mode, std::size_t buffer_entries, std::size_t max_sort_entries)
    : mode_(mode),
      buffer_entries_(std::max<std::size_t>(buffer_entries, 1)),
      max_sort_entries_(std::max<std::size_t>(max_sort_entries, 1)) {}
DuplicateIdFinder::~DuplicateIdFinder() = default;
DuplicateIdFinder::DuplicateIdFinder(DuplicateIdFinder&&) noexcept = default;
DuplicateIdFinder& DuplicateIdFinder::operator=(DuplicateIdFinder&&) noexcept = default;

int DuplicateIdFinder::add(std::string_view id, int line) {
    if (mode_ == Mode::at_end) {
        const std::uint64_t hash = hash_id(id);
        auto& held = held_[hash >> (64 - kPartitionBits)];
        // Room for a little more than a partition's share of the buffer up
        // front: grown by doubling, the partitions would together take up
        // to twice the buffer.
        if (held.capacity() == 0) held.reserve(buffer_entries_ / kPartitions * 9 / 8 + 1);
        held.push_back({hash, line});
        ++size_;
        if (++held_count_ >= buffer_entries_) write_partitions();
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

// Writes the held entries to the temporary file, made on the first call, in
// one go and partition by partition; without one (or when a write fails,
// say on a full disk) they are kept in memory instead, so the check still
// works.
void DuplicateIdFinder::write_partitions() {
    if (!spill_) {
        spill_ = std::make_unique<Store>();
        spill_->fd = make_unlinked_temporary_file("ipskit-ids");
    }
    Store& store = *spill_;
    std::vector<iovec> buffers;
    for (auto& held : held_)
        if (!held.empty()) buffers.push_back({held.data(), held.size() * sizeof(LoggedId)});
    if (store.fd < 0 || !write_buffers(store.fd, buffers, store.file_entries * sizeof(LoggedId))) {
        keep_partitions_in_memory(0);
        return;
    }
    Spill spill;
    spill.fd = store.fd;
    spill.begin = store.file_entries;
    for (std::size_t p = 0; p < kPartitions; ++p) {
        spill.starts[p + 1] = spill.starts[p] + static_cast<std::uint32_t>(held_[p].size());
        held_[p].clear();
    }
    store.file_entries += spill.starts[kPartitions];
    spills_.push_back(spill);
    held_count_ = 0;
}

// The held entries become a spill in memory, where they are: nothing is
// copied, and the buffers start afresh.
void DuplicateIdFinder::keep_partitions_in_memory(int line_offset) {
    if (held_count_ == 0) return;
    auto store = std::make_unique<Store>();
    store->memory.resize(kPartitions);
    for (std::size_t p = 0; p < kPartitions; ++p) store->memory[p] = std::exchange(held_[p], {});
    Spill spill;
    spill.memory = store->memory.data();
    spill.line_offset = line_offset;
    spills_.push_back(spill);
    held_count_ = 0;
    stores_.push_back(std::move(store));
}

DuplicateIdFinder::Chunk DuplicateIdFinder::Spill::chunk(std::size_t partition) const {
    if (fd < 0) return {memory[partition].data(), -1, 0, memory[partition].size(), line_offset};
    return {nullptr, fd, begin + starts[partition], starts[partition + 1] - starts[partition], line_offset};
}

void DuplicateIdFinder::absorb(DuplicateIdFinder&& other, int line_offset) {
    if (mode_ != Mode::at_end || other.mode_ != Mode::at_end || &other == this)
        throw std::logic_error("DuplicateIdFinder::absorb needs another finder in at_end mode");
    other.keep_partitions_in_memory(0);
    for (Spill spill : other.spills_) {
        spill.line_offset += line_offset;
        spills_.push_back(spill);
    }
    if (other.spill_) stores_.push_back(std::move(other.spill_));
    for (auto& store : other.stores_) stores_.push_back(std::move(store));
    size_ += other.size_;
    other = DuplicateIdFinder(other.mode_, other.buffer_entries_, other.max_sort_entries_);
}

DuplicateIdFinder::Found DuplicateIdFinder::finish(std::size_t keep, std::size_t threads) {
    if (mode_ != Mode::at_end) return {};
    keep_partitions_in_memory(0);
    // A thread costs more than it saves on a small file.
    const std::size_t used =
        size_ < kMinEntriesPerThread ? 1 : std::clamp<std::size_t>(threads, 1, kMaxThreads);
    std::vector<FirstDuplicates> found(used, FirstDuplicates(keep));
    find_in_partitions(spills_, max_sort_entries_, found);
    *this = DuplicateIdFinder(mode_, buffer_entries_, max_sort_entries_);
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

}  // namespace ipskit::readers::cases::parts
