#pragma once
// Remembers the dates of date cells already read. An extract repeats a few
// thousand distinct dates millions of times, so most date cells can be
// answered by one table lookup instead of a parse and the calendar
// arithmetic. Only texts of 8 to 16 bytes are kept (all the common date
// forms); the table is direct-mapped and small, so a new text simply takes
// the place of an old one.

#include <array>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include "util/hash.hpp"

namespace ipskit::readers::cases {

class DateMemo {
public:
    struct Day {
        int day_number;  // days since 1970-01-01
        int year;
    };

    std::optional<Day> find(std::string_view text) const {
        if (!fits(text)) return std::nullopt;
        const Key key = key_of(text);
        const Entry& entry = entries_[slot(text)];
        if (entry.key.head != key.head || entry.key.tail != key.tail || entry.key.size != key.size)
            return std::nullopt;
        return entry.day;
    }

    void keep(std::string_view text, Day day) {
        if (!fits(text)) return;
        const Key key = key_of(text);
        entries_[slot(text)] = {key, day};
    }

private:
    // The first and the last 8 bytes (overlapping for shorter texts) and
    // the length together are the whole text.
    struct Key {
        std::uint64_t head = 0;
        std::uint64_t tail = 0;
        std::size_t size = 0;  // 0: an empty entry, as no kept text is empty
    };
    struct Entry {
        Key key;
        Day day{};
    };
    static constexpr int kSlotBits = 12;
    static constexpr std::size_t kSlots = std::size_t{1} << kSlotBits;

    static bool fits(std::string_view text) { return text.size() >= 8 && text.size() <= 16; }
    static Key key_of(std::string_view text) {
        Key key;
        std::memcpy(&key.head, text.data(), 8);
        std::memcpy(&key.tail, text.data() + text.size() - 8, 8);
        key.size = text.size();
        return key;
    }
    static std::size_t slot(std::string_view text) {
        return static_cast<std::size_t>(util::hash_text(text) >> (64 - kSlotBits));
    }

    std::array<Entry, kSlots> entries_{};
};

}  // namespace ipskit::readers::cases
