#include <string>

#include <doctest/doctest.h>

#include "readers/text_encoding.hpp"
#include "util/error.hpp"

using ipskit::csv::Encoding;
using ipskit::csv::find_invalid_utf8;
using ipskit::csv::windows1252_to_utf8;

namespace {

constexpr auto npos = std::string_view::npos;

std::string from_1252(std::string_view text) {
    std::string out;
    REQUIRE(windows1252_to_utf8(text, out) == npos);
    return out;
}

}  // namespace

TEST_CASE("csv::parse_encoding") {
    CHECK(ipskit::csv::parse_encoding("utf-8") == Encoding::utf8);
    CHECK(ipskit::csv::parse_encoding("UTF8") == Encoding::utf8);
    CHECK(ipskit::csv::parse_encoding("windows-1252") == Encoding::windows1252);
    CHECK(ipskit::csv::parse_encoding("cp1252") == Encoding::windows1252);
    CHECK(ipskit::csv::parse_encoding("Latin1") == Encoding::windows1252);
    CHECK(ipskit::csv::parse_encoding("iso-8859-1") == Encoding::windows1252);
    CHECK_THROWS_WITH_AS(
        ipskit::csv::parse_encoding("utf-16"),
        "error: unknown encoding \"utf-16\" — use --encoding utf-8 or --encoding windows-1252",
        ipskit::Error);
}

TEST_CASE("csv::find_invalid_utf8") {
    CHECK(find_invalid_utf8("") == npos);
    CHECK(find_invalid_utf8("plain ascii text that is longer than eight bytes") == npos);
    CHECK(find_invalid_utf8("Første æøå ÆØÅ € 😀") == npos);

    SUBCASE("Windows-1252 text points at its first non-ASCII byte") {
        CHECK(find_invalid_utf8("Efterv\xE6rn") == 6);
        CHECK(find_invalid_utf8("abcdefghijklmnop F\xF8rste") == 18);
        CHECK(find_invalid_utf8("\xE5") == 0);
    }
    SUBCASE("malformed sequences") {
        CHECK(find_invalid_utf8("a\xC3") == 1);             // truncated at the end
        CHECK(find_invalid_utf8("\xC3(") == 0);             // bad continuation
        CHECK(find_invalid_utf8("\xC0\xAF") == 0);          // overlong '/'
        CHECK(find_invalid_utf8("\xE0\x80\xAF") == 0);      // overlong
        CHECK(find_invalid_utf8("\xED\xA0\x80") == 0);      // surrogate
        CHECK(find_invalid_utf8("\xF4\x90\x80\x80") == 0);  // past U+10FFFF
        CHECK(find_invalid_utf8("\xF8\x88\x80\x80") == 0);
        CHECK(find_invalid_utf8("ok \xE2\x82\xAC \x80") == 7);  // lone continuation
    }
}

TEST_CASE("csv::is_ascii") {
    CHECK(ipskit::csv::is_ascii("0123456789abcdefghij"));
    CHECK_FALSE(ipskit::csv::is_ascii("0123456789abcdefghi\xE6"));
    CHECK_FALSE(ipskit::csv::is_ascii("\xE6"));
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
