#include "readers/review/scale_locator.hpp"

#include <filesystem>
#include <set>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/review/scale_reader.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace fs = std::filesystem;

namespace {

std::string beside_executable() {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    return (exe.parent_path() / ".." / "share" / "ipskit" / "scales").lexically_normal().string();
}

bool is_dir(const std::string& path) {
    std::error_code ec;
    return !path.empty() && fs::is_directory(path, ec);
}

}  // namespace

std::vector<std::string> scale_dirs(const std::string& scales_dir) {
    if (!scales_dir.empty() && !is_dir(scales_dir))
        throw util::Error(
            {scales_dir, 0, 0},
            util::tr("the --scales-dir directory does not exist", "mappen til --scales-dir findes ikke"),
            util::tr("give a directory that holds scale files such as ips-25.yaml",
                     "angiv en mappe med skalafiler som ips-25.yaml"));
    std::vector<std::string> dirs;
    for (const std::string& dir : {scales_dir, std::string(IPSKIT_INSTALLED_SCALES_DIR),
                                   std::string(IPSKIT_SOURCE_SCALES_DIR), beside_executable()})
        if (is_dir(dir)) dirs.push_back(dir);
    return dirs;
}

std::vector<std::string> available_scale_ids(const std::vector<std::string>& dirs) {
    std::set<std::string> ids;
    for (const auto& dir : dirs) {
        std::error_code ec;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.path().extension() == ".yaml") ids.insert(entry.path().stem().string());
    }
    return {ids.begin(), ids.end()};
}

namespace {

// A scale id names a file in a scales folder and nothing else: "../x" or
// "/etc/x" would read any .yaml file on the machine as a scale.
bool is_plain_id(const std::string& id) {
    if (id.empty() || id.size() > 64) return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
              c == '_' || c == '.'))
            return false;
    return id.find("..") == std::string::npos && id.front() != '.';
}

}  // namespace

std::string find_scale_file(const std::string& id, const std::vector<std::string>& dirs) {
    if (!is_plain_id(id)) return {};
    for (const auto& dir : dirs) {
        const fs::path file = fs::path(dir) / (id + ".yaml");
        std::error_code ec;
        if (fs::is_regular_file(file, ec)) return file.string();
    }
    return {};
}

Scale load_scale(const std::string& id, const std::vector<std::string>& dirs,
                 const util::Location& asked_at) {
    if (const std::string file = find_scale_file(id, dirs); !file.empty()) return read_scale(file);
    const auto ids = available_scale_ids(dirs);
    throw util::Error(
        asked_at,
        fmt::format(fmt::runtime(util::tr("unknown scale '{}'", "ukendt skala '{}'")), quoted_value(id)),
        ids.empty()
            ? util::tr("no scale files were found; point --scales-dir at a directory of scale "
                       "files",
                       "der blev ikke fundet nogen skalafiler; lad --scales-dir pege på en "
                       "mappe med skalafiler")
            : fmt::format(fmt::runtime(util::tr("use one of: {}", "brug en af: {}")), fmt::join(ids, ", ")));
}

}  // namespace ipskit::readers::review
