#pragma once
// Helpers for tests that need scale and review files: the small test scale
// tests/data/scales/mini.yaml, variants of it with one line changed, and
// scratch files written from strings.

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <unistd.h>

namespace test_files {

inline std::string read(const std::string& path) {
    std::ifstream in(path);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

inline std::string mini_scale_text() {
    return read(std::string(IPSKIT_TEST_DATA_DIR) + "/data/scales/mini.yaml");
}

// `text` with the first `from` replaced by `to`; fails loudly if absent.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    if (at == std::string::npos) throw std::logic_error("test fixture lacks: " + from);
    return text.replace(at, from.size(), to);
}

// The scratch directory of this test process: ctest runs test cases as
// parallel processes, which must not write each other's files. Removed at exit.
inline const std::filesystem::path& scratch_dir() {
    struct Dir {
        std::filesystem::path path =
            std::filesystem::temp_directory_path() / ("ipskit-unit-" + std::to_string(::getpid()));
        Dir() { std::filesystem::create_directories(path); }
        ~Dir() {
            std::error_code ec;
            std::filesystem::remove_all(path, ec);
        }
    };
    static const Dir dir;
    return dir.path;
}

// Writes `text` to NAME in the scratch directory and returns its path.
inline std::string scratch(const std::string& name, const std::string& text) {
    const auto path = (scratch_dir() / name).string();
    std::ofstream(path) << text;
    return path;
}

}  // namespace test_files
