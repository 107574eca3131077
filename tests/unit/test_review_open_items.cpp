#include <doctest/doctest.h>

#include "readers/review/reader.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"

using ipskit::readers::review::read_review;
using ipskit::readers::review::ReviewDefaults;
using test_files::scratch;

namespace {

ipskit::Scale load_mini(const std::string&, const ipskit::util::Location&) {
    return ipskit::readers::review::read_scale(std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales/mini.yaml");
}

const std::string kHeader = "scale: mini\nsite: Test\nreview_date: 2020-11-12\nreviewer: A\nratings:\n";

}  // namespace

TEST_CASE("readers::read_review allow_open_items") {
    ReviewDefaults open;
    open.allow_open_items = true;
    SUBCASE("an item written without a score, or not written, is open; a note is kept") {
        const auto path = scratch("review.yaml", kHeader + "  3:\n  2: { note: \"see the charts\" }\n");
        const auto loaded = read_review(path, open, load_mini);
        REQUIRE(loaded.open_items.size() == 3);
        CHECK(loaded.open_items[0].number == 1);
        CHECK(loaded.open_items[0].where.line == 5);  // not written: at the ratings key
        CHECK(loaded.open_items[1].number == 2);
        CHECK(loaded.open_items[1].where.line == 7);
        CHECK(loaded.open_items[2].number == 3);
        CHECK(loaded.open_items[2].where.line == 6);
        REQUIRE(loaded.review.ratings.size() == 1);
        CHECK(loaded.review.ratings[0].note == "see the charts");
        CHECK(loaded.review.ratings[0].score == 0);
    }
    SUBCASE("without the permission an open item is refused, and the header is required either way") {
        const auto path = scratch("review.yaml", kHeader + "  1: 4\n  2: 3\n  3:\n");
        CHECK_THROWS_AS(read_review(path, {}, load_mini), ipskit::util::Error);
        const auto headless = scratch("review.yaml", "scale: mini\nratings:\n  1: 4\n");
        CHECK_THROWS_AS(read_review(headless, open, load_mini), ipskit::util::Error);
    }
}
