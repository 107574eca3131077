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
