#include <cstdint>
#include <random>
#include <string>

#include <doctest/doctest.h>

#include "readers/csv/stop_scanner.hpp"

using ipskit::readers::csv::portable_stop_mask;

TEST_CASE("csv::portable_stop_mask") {
    std::string block(64, 'a');
    CHECK(portable_stop_mask(block.data(), ';') == 0);
    block[0] = ';';
    block[5] = '"';
    block[17] = '\n';
    block[40] = '\r';
    block[63] = '\0';
    block[20] = ',';  // not the delimiter here
    CHECK(portable_stop_mask(block.data(), ';') ==
          ((1ULL << 0) | (1ULL << 5) | (1ULL << 17) | (1ULL << 40) | (1ULL << 63)));
    CHECK(portable_stop_mask(block.data(), ',') ==
          ((1ULL << 20) | (1ULL << 5) | (1ULL << 17) | (1ULL << 40) | (1ULL << 63)));
}

#if defined(__SSE2__)
// The scanner takes the SSE2 form; a CPU without SSE2 takes the portable
// one, so the two must mark the same bytes for every byte value and
// delimiter, high bytes (negative chars) included.
TEST_CASE("csv::sse2_stop_mask") {
    std::mt19937 random(20261202);
    std::string block(64, ' ');
    for (int round = 0; round < 20000; ++round) {
        const bool dense = round % 2 == 0;
        for (char& c : block)
            c = dense ? static_cast<char>(random() % 256) : "ab;,\t|\"\n\r\xC3\xA6 x"[random() % 14];
        for (const char delimiter : {',', ';', '\t', '|', '\xA6'}) {
            INFO("round " << round << " delimiter " << int(delimiter));
            REQUIRE(ipskit::readers::csv::sse2_stop_mask(block.data(), delimiter) ==
                    portable_stop_mask(block.data(), delimiter));
        }
    }
}
#endif
