#pragma once
// The readers under test take a path, so each input is written to a file in
// a directory of this process's own first.

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace ipskit::fuzz {

inline std::string write_temp_input(const char* name, const char* data, std::size_t size) {
    static const std::filesystem::path dir = [] {
        auto d = std::filesystem::temp_directory_path() / ("ipskit-fuzz-" + std::to_string(getpid()));
        std::filesystem::create_directories(d);
        return d;
    }();
    const std::string path = (dir / name).string();
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(data, static_cast<std::streamsize>(size));
    return path;
}

}  // namespace ipskit::fuzz
