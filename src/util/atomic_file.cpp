#include "util/atomic_file.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.hpp"

namespace ipskit::util {

namespace {

std::string temp_pattern_for(const std::string& target) {
    const std::filesystem::path path(target);
    const std::filesystem::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string name = ".";
    name.append(path.filename().string()).append(".tmp-XXXXXX");
    return (dir / name).string();
}

mode_t current_umask() {
    const mode_t mask = umask(0);
    umask(mask);
    return mask;
}

}  // namespace

AtomicFile::AtomicFile(std::string target)
    : target_(std::move(target)), temp_path_(temp_pattern_for(target_)) {
    fd_ = mkstemp(temp_path_.data());
    if (fd_ < 0)
        throw Error({target_, 0, 0}, std::string("cannot write the output file: ") + std::strerror(errno),
                    "check that the folder exists and is writable");
    // mkstemp makes the file private; give it the permissions any new file would get.
    fchmod(fd_, 0666 & ~current_umask());
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) close(fd_);
    if (!committed_) std::remove(temp_path_.c_str());
}

void AtomicFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            throw Error({target_, 0, 0}, std::string("cannot write the output file: ") + std::strerror(errno),
                        "check the free disk space");
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit() {
    const bool closed = close(fd_) == 0;
    fd_ = -1;
    if (!closed || std::rename(temp_path_.c_str(), target_.c_str()) != 0)
        throw Error({target_, 0, 0}, std::string("cannot write the output file: ") + std::strerror(errno),
                    "check that the folder is writable");
    committed_ = true;
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    if (path == "-") {
        std::fwrite(bytes.data(), 1, bytes.size(), stdout);
        std::fflush(stdout);
        return;
    }
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty() || output == "-") return;
    std::error_code ec;
    for (const auto& input : inputs)
        if (std::filesystem::equivalent(output, input, ec))
            throw Error({output, 0, 0}, "the output file is one of the inputs (" + input + ")",
                        "choose another name for the output with -o or --xlsx");
}

}  // namespace ipskit::util
