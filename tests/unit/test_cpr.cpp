#include <cstdint>
#include <string>

#include <doctest/doctest.h>

#include "domain/cpr.hpp"

using ipskit::looks_like_cpr;

// Synthetic CPR-shaped values are put together from a date part and a serial
// part, so that no CPR-shaped literal sits in the tree.
namespace {
std::string cpr(const char* ddmmyy, const char* separator = "-") {
    return std::string(ddmmyy) + separator + "1234";
}
}  // namespace

TEST_CASE("domain::looks_like_cpr") {
    SUBCASE("with and without the dash") {
        CHECK(looks_like_cpr(cpr("010190")));
        CHECK(looks_like_cpr(cpr("010190", "")));
        CHECK(looks_like_cpr("Anna " + cpr("311299") + " Hansen"));
    }
    SUBCASE("the first six digits must be a date") {
        CHECK_FALSE(looks_like_cpr(cpr("320190")));
        CHECK_FALSE(looks_like_cpr(cpr("011390")));
        CHECK_FALSE(looks_like_cpr(cpr("310490")));
        CHECK(looks_like_cpr(cpr("290200")));
        CHECK_FALSE(looks_like_cpr(cpr("290201")));
    }
    SUBCASE("longer digit runs and ordinary values are not CPR numbers") {
        CHECK_FALSE(looks_like_cpr("1" + cpr("010190", "")));
        CHECK_FALSE(looks_like_cpr(cpr("010190", "") + "5"));
        CHECK_FALSE(looks_like_cpr("F0000001"));
        CHECK_FALSE(looks_like_cpr("Hjørring"));
        CHECK_FALSE(looks_like_cpr("2020-01-01"));
        CHECK_FALSE(looks_like_cpr(""));
        CHECK_FALSE(looks_like_cpr("010190-123"));
    }
}

TEST_CASE("domain::looks_like_cpr agrees with a scan of every position") {
    SUBCASE("a CPR-shaped value at every offset, between letters, digits and dashes") {
        int found = 0, failed = 0;
        for (const char* number : {"010190", "290200", "290201", "311299", "320190"})
            for (const char* separator : {"-", ""})
                for (std::size_t before = 0; before <= 13; ++before)
                    for (const char* pad : {"x", "7", "-", " "}) {
                        const std::string text =
                            std::string(before, pad[0]) + cpr(number, separator) + std::string(3, pad[0]);
                        found += looks_like_cpr(text);
                        if (looks_like_cpr(text) != ipskit::scan_for_cpr(text) && failed++ < 5)
                            FAIL_CHECK(text);
                    }
        CHECK(failed == 0);
        CHECK(found > 0);
    }
    SUBCASE("random text of digits, dashes and letters") {
        std::uint32_t state = 12345;
        const auto next = [&state] { return state = state * 1664525u + 1013904223u; };
        const std::string alphabet = "0123456789012345678901-ax ";
        int found = 0, failed = 0;
        for (int i = 0; i < 200000; ++i) {
            std::string text(next() % 40, ' ');  // up to six of the quick check's positions
            for (char& c : text) c = alphabet[(next() >> 8) % alphabet.size()];
            found += ipskit::scan_for_cpr(text);
            if (looks_like_cpr(text) != ipskit::scan_for_cpr(text) && failed++ < 5) FAIL_CHECK(text);
        }
        CHECK(failed == 0);
        CHECK(found > 100);  // the comparison saw CPR-shaped text, not only misses
    }
}

TEST_CASE("domain::looks_like_cpr catches the common variants") {
    CHECK(looks_like_cpr("010190 1234"));
    CHECK(
        looks_like_cpr("010190\xE2\x80\x91"
                       "1234"));  // non-breaking hyphen
    CHECK(
        looks_like_cpr("010190\xE2\x80\x93"
                       "1234"));  // en dash
    CHECK(
        looks_like_cpr("010190\xE2\x88\x92"
                       "1234"));  // minus sign
    CHECK(
        looks_like_cpr("010190\xC2\xA0"
                       "1234"));  // no-break space
    CHECK(
        looks_like_cpr("0101\xE2\x80\x8B"
                       "90-1234"));  // zero-width space inside
    CHECK(
        looks_like_cpr("Anna \xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x90\xEF\xBC\x91\xEF\xBC\x99\xEF\xBC\x90-"
                       "\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC\x94"));  // full-width digits
    // Not a date in the first six digits, or digits that run on: no CPR number.
    CHECK_FALSE(looks_like_cpr("320190 1234"));
    CHECK_FALSE(looks_like_cpr("0101901 1234"));
    CHECK_FALSE(looks_like_cpr("Kommune 12  3456 7890"));
    CHECK_FALSE(looks_like_cpr("Ærø Kommune, team 2"));
}

TEST_CASE("domain::quoted_value") {
    CHECK(ipskit::quoted_value("Ordinært job") == "Ordinært job");
    CHECK(ipskit::quoted_value("job " + cpr("010190")) ==
          "(a value that looks like a CPR number, not repeated here)");
    const std::string wide(100, 'x');
    CHECK(ipskit::quoted_value(wide) == std::string(40, 'x') + "…");
    // A cut never splits a character: 39 x and an ø (2 bytes) keep the x only.
    CHECK(ipskit::quoted_value(std::string(39, 'x') + "øøø") == std::string(39, 'x') + "…");
}

TEST_CASE("domain::looks_like_cpr sees digits spread by zero-width characters") {
    const std::string zw = "\xE2\x80\x8B";
    CHECK(looks_like_cpr("0" + zw + "1" + zw + "0" + zw + "1" + zw + "9" + zw + "0" + zw + "-1" + zw + "2" +
                         zw + "3" + zw + "4"));
}
