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
    // Keep the table at most half full, so probe runs stay short.
    if ((size_ + 1) * 2 > slots_.size()) grow();
    const std::uint64_t hash = hash_id(id);
    Slot& slot = slot_for(hash);
    if (slot.hash == hash) return slot.line;
    slot = {hash, line};
    ++size_;
    return 0;
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
