#include "util/input_files.hpp"

#include <filesystem>
#include <mutex>
#include <vector>

namespace ipskit::util {

namespace {

struct Inputs {
    std::mutex mutex;
    std::vector<std::string> paths;
};

Inputs& inputs() {
    static Inputs all;
    return all;
}

}  // namespace

void note_input(const std::string& path) {
    Inputs& all = inputs();
    const std::lock_guard lock(all.mutex);
    for (const auto& known : all.paths)
        if (known == path) return;
    all.paths.push_back(path);
}

std::optional<std::string> input_at(const std::string& output) {
    Inputs& all = inputs();
    const std::lock_guard lock(all.mutex);
    std::error_code ec;
    for (const auto& input : all.paths)
        if (std::filesystem::equivalent(output, input, ec)) return input;
    return std::nullopt;
}

std::string last_input() {
    Inputs& all = inputs();
    const std::lock_guard lock(all.mutex);
    return all.paths.empty() ? std::string() : all.paths.back();
}

}  // namespace ipskit::util
