#include <filesystem>
#include <fstream>
#include <sstream>
#include <unistd.h>

#include <doctest/doctest.h>

#include "util/atomic_file.hpp"
#include "util/error.hpp"

namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

fs::path scratch_dir() {
    fs::path dir = fs::temp_directory_path() / ("ipskit-unit-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    return dir;
}

}  // namespace

TEST_CASE("util::AtomicFile") {
    const fs::path dir = scratch_dir();
    const fs::path target = dir / "report.md";
    SUBCASE("commit replaces the target in one step") {
        ipskit::util::write_file_atomically(target.string(), "old");
        ipskit::util::write_file_atomically(target.string(), "new");
        CHECK(read_all(target) == "new");
    }
    SUBCASE("without commit nothing is left behind and the old file survives") {
        ipskit::util::write_file_atomically(target.string(), "old");
        {
            ipskit::util::AtomicFile file(target.string());
            file.write("half a rep");
            CHECK(fs::exists(file.temp_path()));
        }
        CHECK(read_all(target) == "old");
        CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
    }
    SUBCASE("a folder that does not exist is a clear error") {
        CHECK_THROWS_AS(ipskit::util::AtomicFile((dir / "no" / "such" / "x.md").string()),
                        ipskit::util::Error);
    }
    fs::remove_all(dir);
}

TEST_CASE("util::refuse_overwriting_inputs") {
    const fs::path dir = scratch_dir();
    const fs::path input = dir / "cases.csv";
    ipskit::util::write_file_atomically(input.string(), "case_id\n");
    CHECK_THROWS_WITH_AS(
        ipskit::util::refuse_overwriting_inputs((dir / "." / "cases.csv").string(), {input.string()}),
        doctest::Contains("the output file is one of the inputs"), ipskit::util::Error);
    CHECK_NOTHROW(ipskit::util::refuse_overwriting_inputs((dir / "out.md").string(), {input.string()}));
    CHECK_NOTHROW(ipskit::util::refuse_overwriting_inputs("-", {input.string()}));
    fs::remove_all(dir);
}
