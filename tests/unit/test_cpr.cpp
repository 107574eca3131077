#include <doctest/doctest.h>

#include "domain/cpr.hpp"

using ipskit::looks_like_cpr;

TEST_CASE("domain::looks_like_cpr") {
    SUBCASE("with and without the dash") {
        CHECK(looks_like_cpr("010190-1234"));
        CHECK(looks_like_cpr("0101901234"));
        CHECK(looks_like_cpr("Anna 311299-4321 Hansen"));
    }
    SUBCASE("the first six digits must be a date") {
        CHECK_FALSE(looks_like_cpr("320190-1234"));
        CHECK_FALSE(looks_like_cpr("011390-1234"));
        CHECK_FALSE(looks_like_cpr("310490-1234"));
        CHECK(looks_like_cpr("290200-1234"));
        CHECK_FALSE(looks_like_cpr("290201-1234"));
    }
    SUBCASE("longer digit runs and ordinary values are not CPR numbers") {
        CHECK_FALSE(looks_like_cpr("10101901234"));
        CHECK_FALSE(looks_like_cpr("01019012345"));
        CHECK_FALSE(looks_like_cpr("F0000001"));
        CHECK_FALSE(looks_like_cpr("Hjørring"));
        CHECK_FALSE(looks_like_cpr("2020-01-01"));
        CHECK_FALSE(looks_like_cpr(""));
        CHECK_FALSE(looks_like_cpr("010190-123"));
    }
}
