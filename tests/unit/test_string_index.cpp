#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

#include <doctest/doctest.h>

#include "domain/outcomes/string_index.hpp"
#include "util/hash.hpp"

using ipskit::outcomes::StringIndex;

namespace {

// Looks up every key in both a StringIndex and a std::unordered_map that
// numbers keys the same way; returns how many look-ups disagreed.
int disagreements(const std::vector<std::string>& lookups) {
    StringIndex index;
    std::unordered_map<std::string, std::size_t> reference;
    int wrong = 0;
    for (const std::string& key : lookups) {
        const std::size_t expected = reference.emplace(key, reference.size()).first->second;
        if (index.find_or_add(key) != expected && wrong++ < 5) FAIL_CHECK(key);
    }
    if (index.size() != reference.size()) ++wrong;
    for (const auto& [key, number] : reference)
        if (number >= index.size() || index.key(number) != key) ++wrong;
    return wrong;
}

}  // namespace

TEST_CASE("outcomes::StringIndex") {
    SUBCASE("numbers keys in the order first seen") {
        StringIndex index;
        CHECK(index.find_or_add("Aalborg") == 0);
        CHECK(index.find_or_add("Aarhus") == 1);
        CHECK(index.find_or_add("Aalborg") == 0);
        CHECK(index.find_or_add("") == 2);
        CHECK(index.find_or_add("") == 2);
        CHECK(index.size() == 3);
        CHECK(index.key(1) == "Aarhus");
    }
    SUBCASE("keys that differ only in one byte, at every length up to 40") {
        std::vector<std::string> lookups;
        for (std::size_t length = 0; length <= 40; ++length)
            for (std::size_t at = 0; at < length; ++at)
                for (char c : {'a', 'b', '\x1f', '\0', '\xC3'}) {
                    std::string key(length, 'a');
                    key[at] = c;
                    lookups.push_back(key);
                    lookups.push_back(std::string(length, 'a'));
                }
        CHECK(disagreements(lookups) == 0);
    }
    SUBCASE("many keys, so that the table grows while numbers stay") {
        std::uint32_t state = 7;
        const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
        std::vector<std::string> lookups;
        for (int i = 0; i < 100000; ++i) lookups.push_back("K" + std::to_string(next() % 20000));
        CHECK(disagreements(lookups) == 0);
    }
}

TEST_CASE("same_text compares texts of every length byte for byte") {
    for (std::size_t length = 0; length <= 40; ++length) {
        CAPTURE(length);
        const std::string text(length, 'a');
        CHECK(ipskit::util::same_text(text, std::string(length, 'a')));
        CHECK_FALSE(ipskit::util::same_text(text, std::string(length + 1, 'a')));
        for (std::size_t at = 0; at < length; ++at) {
            CAPTURE(at);
            std::string other = text;
            other[at] = 'b';
            CHECK_FALSE(ipskit::util::same_text(text, other));
            CHECK_FALSE(ipskit::util::same_text(other, text));
        }
    }
}
