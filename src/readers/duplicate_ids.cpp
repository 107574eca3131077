#include "readers/duplicate_ids.hpp"

namespace ipskit::readers {

std::uint64_t hash_id(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : text) {
        h ^= c;
        h *= 0x100000001b3ULL;
    }
    // splitmix64's finaliser.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h == 0 ? 1 : h;
}

int DuplicateIdFinder::add(std::string_view id, int line) {
    if (mode_ == Mode::at_end) {
        log_.push_back({hash_id(id), line});
        ++size_;
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

void DuplicateIdFinder::absorb(DuplicateIdFinder&& other, int line_shift) {
    for (Logged entry : other.log_) log_.push_back({entry.hash, entry.line + line_shift});
    size_ += other.size_;
    other.log_.clear();
}

std::vector<DuplicateIdFinder::Duplicate> DuplicateIdFinder::finish() {
    // Lines grow through the log, so sorting by (hash, line) puts the first
    // line of each repeated id first.
    std::sort(log_.begin(), log_.end(), [](const Logged& a, const Logged& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.line < b.line;
    });
    std::vector<Duplicate> found;
    std::size_t run = 0;  // first entry of the current run of equal hashes
    for (std::size_t i = 1; i < log_.size(); ++i) {
        if (log_[i].hash != log_[run].hash)
            run = i;
        else
            found.push_back({log_[run].line, log_[i].line});
    }
    std::sort(found.begin(), found.end(),
              [](const Duplicate& a, const Duplicate& b) { return a.line < b.line; });
    log_.clear();
    log_.shrink_to_fit();
    return found;
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
