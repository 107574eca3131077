#include <algorithm>
#include <filesystem>

#include <doctest/doctest.h>

#include "readers/review/scale_locator.hpp"
#include "scale_files.hpp"
#include "util/error.hpp"

using ipskit::util::Error;

TEST_CASE("readers::scale_dirs") {
    SUBCASE("--scales-dir comes first, then the bundled scales of the source tree") {
        const auto dirs =
            ipskit::readers::review::scale_dirs(std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales");
        REQUIRE(dirs.size() >= 2);
        CHECK(dirs[0] == std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales");
        CHECK(std::find(dirs.begin(), dirs.end(), std::string(IPSKIT_SOURCE_SCALES_DIR)) != dirs.end());
    }
    SUBCASE("a --scales-dir that does not exist is an error") {
        CHECK_THROWS_WITH_AS(
            ipskit::readers::review::scale_dirs("/no/such/dir"),
            "/no/such/dir: error: the --scales-dir directory does not exist — give a directory that "
            "holds scale files such as ips-25.yaml",
            Error);
    }
}

TEST_CASE("readers::load_scale") {
    const std::string own = (test_files::scratch_dir() / "own").string();
    std::filesystem::create_directories(own);
    // A site's corrected copy of a bundled scale wins over the bundled one.
    std::string text = test_files::read(std::string(IPSKIT_SOURCE_SCALES_DIR) + "/ips-15.yaml");
    text = test_files::replaced(
        text, "version: { en: \"1997 scale, ipskit rules 1\", da: \"skalaen fra 1997, ipskit-regler 1\" }",
        "version: \"site copy\"");
    test_files::scratch("own/ips-15.yaml", text);
    const std::vector<std::string> dirs = {own, IPSKIT_SOURCE_SCALES_DIR};

    CHECK(ipskit::readers::review::load_scale("ips-15", dirs, {}).version.en == "site copy");
    CHECK(ipskit::readers::review::load_scale("ips-25", dirs, {}).items.size() == 25);
    CHECK(ipskit::readers::review::available_scale_ids(dirs) == std::vector<std::string>{"ips-15", "ips-25"});
    CHECK_THROWS_WITH_AS(ipskit::readers::review::load_scale("ips-99", dirs, {"r.yaml", 1, 8}),
                         "r.yaml:1:8: error: unknown scale 'ips-99' — use one of: ips-15, ips-25", Error);
}
