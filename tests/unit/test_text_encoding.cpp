#include <cstdint>
#include <random>
#include <string>

#include <doctest/doctest.h>

#include "readers/text/encoding.hpp"
#include "util/error.hpp"

using ipskit::readers::text::Encoding;
using ipskit::readers::text::find_invalid_utf8;
using ipskit::readers::text::windows1252_to_utf8;

namespace {

constexpr auto npos = std::string_view::npos;

std::string from_1252(std::string_view text) {
    std::string out;
    REQUIRE(windows1252_to_utf8(text, out) == npos);
    return out;
}

// Unicode 15 table 3-7, byte by byte: the offset of the first byte that
// does not start a well-formed sequence, or npos.
std::size_t reference_invalid_utf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned c = byte(i);
        std::size_t length = 1;
        unsigned low = 0x80, high = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            length = 2;
        else if (c >= 0xE0 && c <= 0xEF)
            length = 3;
        else if (c >= 0xF0 && c <= 0xF4)
            length = 4;
        else if (c >= 0x80)
            return i;
        if (c == 0xE0) low = 0xA0;
        if (c == 0xED) high = 0x9F;
        if (c == 0xF0) low = 0x90;
        if (c == 0xF4) high = 0x8F;
        if (i + length > text.size()) return i;
        for (std::size_t k = 1; k < length; ++k) {
            const unsigned next = byte(i + k);
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) return i;
        }
        i += length;
    }
    return npos;
}

// Mostly Danish-looking text: ASCII with æ ø å, now and then a longer
// sequence, and with `damage` a changed, dropped or cut byte somewhere.
std::string random_text(std::mt19937& random, std::size_t size, bool damage) {
    static constexpr std::string_view kPieces[] = {"æ", "ø", "å", "Å", "é", "€", "—", "😀", "ü"};
    std::string text;
    while (text.size() < size) {
        if (random() % 8 == 0)
            text += kPieces[random() % std::size(kPieces)];
        else
            text += static_cast<char>(' ' + random() % 95);
    }
    if (damage && !text.empty()) {
        const std::size_t at = random() % text.size();
        switch (random() % 3) {
            case 0:
                text[at] = static_cast<char>(0x80 + random() % 128);
                break;
            case 1:
                text.erase(at, 1);
                break;
            default:
                text.resize(at);
        }
    }
    return text;
}

// find_invalid_utf8, having checked that the portable code path, which a
// CPU without SSE2 takes, gives the same answer.
std::size_t checked_invalid_utf8(std::string_view text) {
    const std::size_t at = find_invalid_utf8(text);
    REQUIRE(ipskit::readers::text::portable::find_invalid_utf8(text) == at);
    REQUIRE(ipskit::readers::text::portable::is_ascii(text) == ipskit::readers::text::is_ascii(text));
    return at;
}

}  // namespace

TEST_CASE("csv::parse_encoding") {
    CHECK(ipskit::readers::text::parse_encoding("utf-8") == Encoding::utf8);
    CHECK(ipskit::readers::text::parse_encoding("UTF8") == Encoding::utf8);
    CHECK(ipskit::readers::text::parse_encoding("windows-1252") == Encoding::windows1252);
    CHECK(ipskit::readers::text::parse_encoding("cp1252") == Encoding::windows1252);
    CHECK(ipskit::readers::text::parse_encoding("Latin1") == Encoding::windows1252);
    CHECK(ipskit::readers::text::parse_encoding("iso-8859-1") == Encoding::windows1252);
    CHECK_THROWS_WITH_AS(
        ipskit::readers::text::parse_encoding("utf-16"),
        "error: unknown encoding \"utf-16\" — use --encoding utf-8 or --encoding windows-1252",
        ipskit::util::Error);
}

TEST_CASE("csv::find_invalid_utf8") {
    CHECK(checked_invalid_utf8("") == npos);
    CHECK(checked_invalid_utf8("plain ascii text that is longer than eight bytes") == npos);
    CHECK(checked_invalid_utf8("Første æøå ÆØÅ € 😀") == npos);

    SUBCASE("Windows-1252 text points at its first non-ASCII byte") {
        CHECK(checked_invalid_utf8("Efterv\xE6rn") == 6);
        CHECK(checked_invalid_utf8("abcdefghijklmnop F\xF8rste") == 18);
        CHECK(checked_invalid_utf8("\xE5") == 0);
    }
    SUBCASE("malformed sequences") {
        CHECK(checked_invalid_utf8("a\xC3") == 1);             // truncated at the end
        CHECK(checked_invalid_utf8("\xC3(") == 0);             // bad continuation
        CHECK(checked_invalid_utf8("\xC0\xAF") == 0);          // overlong '/'
        CHECK(checked_invalid_utf8("\xE0\x80\xAF") == 0);      // overlong
        CHECK(checked_invalid_utf8("\xED\xA0\x80") == 0);      // surrogate
        CHECK(checked_invalid_utf8("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
        CHECK(checked_invalid_utf8("\xF8\x88\x80\x80") == 0);
        CHECK(checked_invalid_utf8("ok \xE2\x82\xAC \x80") == 7);  // lone continuation
    }
    SUBCASE("long texts, checked a window at a time, agree with a byte-wise reading") {
        std::mt19937 random(20261128);
        for (int round = 0; round < 3000; ++round) {
            const std::string text = random_text(random, random() % 5000, round % 2 == 1);
            INFO("round " << round);
            REQUIRE(checked_invalid_utf8(text) == reference_invalid_utf8(text));
        }
    }
    SUBCASE("a sequence across the end of a window") {
        for (std::size_t size : {1025, 1030, 2049, 2100}) {
            std::string text(size, 'a');
            const std::size_t window_end = size < 2048 ? 1024 : 2048;
            text.replace(window_end - 1, 2, "ø");
            CHECK(checked_invalid_utf8(text) == npos);
            text[window_end] = 'a';
            CHECK(checked_invalid_utf8(text) == window_end - 1);
        }
    }
    SUBCASE("a sequence or a bad byte at either side of every 16-byte step") {
        for (std::size_t at = 1000; at < 1100; ++at) {
            std::string text(2100, 'a');
            text.replace(at, 2, "ø");
            CHECK(checked_invalid_utf8(text) == npos);
            text.replace(at, 2, "\xE2\x82");  // a three-byte sequence cut short
            CHECK(checked_invalid_utf8(text) == at);
            text.replace(at, 3, "€");
            CHECK(checked_invalid_utf8(text) == npos);
            text[at] = '\xC3';  // a two-byte sequence, then a continuation too many
            CHECK(checked_invalid_utf8(text) == at + 2);
            text[at + 1] = 'a';
            text[at] = '\xA6';  // a continuation after ASCII
            CHECK(checked_invalid_utf8(text) == at);
        }
    }
}

TEST_CASE("csv::is_ascii") {
    CHECK(ipskit::readers::text::is_ascii("0123456789abcdefghij"));
    CHECK_FALSE(ipskit::readers::text::is_ascii("0123456789abcdefghi\xE6"));
    CHECK_FALSE(ipskit::readers::text::is_ascii("\xE6"));
}

TEST_CASE("csv::windows1252_to_utf8") {
    CHECK(from_1252("plain") == "plain");
    CHECK(from_1252("S\xF8ren \xC6\xD8\xC5 \xE6\xF8\xE5") == "Søren ÆØÅ æøå");
    CHECK(from_1252("Efterv\xE6rn") == "Efterværn");
    CHECK(from_1252("\xE9\xFF\xA0") == "éÿ\u00A0");

    SUBCASE("the 0x80-0x9F block") {
        CHECK(from_1252("\x80\x82\x83\x84\x85\x86\x87\x88\x89\x8A\x8B\x8C\x8E") == "€‚ƒ„…†‡ˆ‰Š‹ŒŽ");
        CHECK(from_1252("\x91\x92\x93\x94\x95\x96\x97\x98\x99\x9A\x9B\x9C\x9E\x9F") == "‘’“”•–—˜™š›œžŸ");
    }
    SUBCASE("undefined bytes are refused, with their offset") {
        for (char undefined : {'\x81', '\x8D', '\x8F', '\x90', '\x9D'}) {
            std::string out;
            CHECK(windows1252_to_utf8(std::string("ab") + undefined + "c", out) == 2);
            CHECK(out == "ab");
        }
    }
}
