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
