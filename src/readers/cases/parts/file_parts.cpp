#include "readers/cases/parts/file_parts.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ipskit::readers::cases::parts {

namespace {

// Closes the descriptor on every path out.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

// The offset just after the first line feed at or after `from`, looking at
// most one window ahead; 0 when there is none.
std::uint64_t after_next_line_feed(int fd, std::uint64_t from) {
    std::array<char, 1 << 16> window;
    const ssize_t got = ::pread(fd, window.data(), window.size(), static_cast<off_t>(from));
    if (got <= 0) return 0;
    const void* found = std::memchr(window.data(), '\n', static_cast<std::size_t>(got));
    if (found == nullptr) return 0;
    return from + static_cast<std::uint64_t>(static_cast<const char*>(found) - window.data()) + 1;
}

}  // namespace

std::vector<std::uint64_t> part_starts(const std::string& path, std::uint64_t data_begin, std::size_t parts,
                                       std::uint64_t min_part_bytes) {
    std::vector<std::uint64_t> starts;
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0 || !S_ISREG(info.st_mode)) return starts;
    const auto size = static_cast<std::uint64_t>(info.st_size);
    if (size <= data_begin) return starts;
    const std::uint64_t data = size - data_begin;
    parts = static_cast<std::size_t>(
        std::min<std::uint64_t>(parts, data / std::max<std::uint64_t>(min_part_bytes, 1)));
    for (std::size_t k = 1; k < parts; ++k) {
        const std::uint64_t cut = after_next_line_feed(fd.get(), data_begin + data * k / parts);
        const std::uint64_t previous = starts.empty() ? data_begin : starts.back();
        if (cut > previous && cut < size) starts.push_back(cut);
    }
    return starts;
}

}  // namespace ipskit::readers::cases::parts
