#include <string>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "readers/cases/date_memo.hpp"

using ipskit::readers::cases::DateMemo;

TEST_CASE("a date text kept is found again, with its day") {
    DateMemo memo;
    CHECK_FALSE(memo.find("01-02-2020"));
    memo.keep("01-02-2020", {18293, 2020});
    const auto found = memo.find("01-02-2020");
    REQUIRE(found);
    CHECK(found->day_number == 18293);
    CHECK(found->year == 2020);
}

TEST_CASE("a text that differs anywhere is not taken for a kept one") {
    DateMemo memo;
    const std::string kept = "2020-02-01 00:00";  // 16 bytes: head and tail do not overlap
    memo.keep(kept, {1, 2020});
    for (std::size_t i = 0; i < kept.size(); ++i) {
        std::string other = kept;
        other[i] = other[i] == '9' ? '8' : '9';
        CAPTURE(other);
        CHECK_FALSE(memo.find(other));
    }
    CHECK_FALSE(memo.find(kept.substr(0, 15)));
    CHECK_FALSE(memo.find(kept + "0"));
    CHECK(memo.find(kept));
}

TEST_CASE("only texts of 8 to 16 bytes are kept") {
    DateMemo memo;
    memo.keep("1.2.202", {1, 202});
    CHECK_FALSE(memo.find("1.2.202"));
    memo.keep("2020-02-01 00:00:00", {2, 2020});
    CHECK_FALSE(memo.find("2020-02-01 00:00:00"));
    memo.keep("1.2.2020", {3, 2020});
    CHECK(memo.find("1.2.2020"));
}

TEST_CASE("every one of many kept texts is found with its own day, or not at all") {
    // More texts than slots: some push others out, but none is ever found
    // with another text's day.
    DateMemo memo;
    for (int day = 0; day < 20000; ++day)
        memo.keep(fmt::format("{:02}-{:02}-{:04}", day % 31 + 1, day % 12 + 1, 1900 + day / 372),
                  {day, 1900 + day / 372});
    int found = 0;
    for (int day = 0; day < 20000; ++day) {
        const auto hit =
            memo.find(fmt::format("{:02}-{:02}-{:04}", day % 31 + 1, day % 12 + 1, 1900 + day / 372));
        if (!hit) continue;
        ++found;
        CHECK(hit->day_number == day);
    }
    CHECK(found > 1000);  // most recent texts are still there
}
