#include "readers/cases/parts/temporary_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include <climits>
#include <fmt/format.h>

#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases::parts {

namespace {

[[noreturn]] void throw_read_error(const char* what, const char* why) {
    throw util::Error(
        util::Location{},
        fmt::format(fmt::runtime(util::tr("could not read back {}: {}", "kunne ikke læse {} igen: {}")), what,
                    why),
        util::tr("check the temporary directory ($TMPDIR, else /tmp) and run again",
                 "tjek mappen til midlertidige filer ($TMPDIR, ellers /tmp), og kør igen"));
}

}  // namespace

int make_unlinked_temporary_file(const std::string& prefix) {
    const char* dir = std::getenv("TMPDIR");
    std::string path = dir != nullptr && *dir != '\0' ? dir : "/tmp";
    path += "/" + prefix + "-XXXXXX";
    const int fd = mkostemp(path.data(), O_CLOEXEC);
    if (fd >= 0) unlink(path.c_str());
    return fd;
}

bool write_buffers(int fd, std::vector<iovec>& buffers, std::uint64_t offset) {
    std::size_t first = 0;
    while (first < buffers.size()) {
        const int count = static_cast<int>(std::min<std::size_t>(buffers.size() - first, IOV_MAX));
        const ssize_t n = pwritev(fd, buffers.data() + first, count, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        offset += static_cast<std::uint64_t>(n);
        // Skip what was written; a buffer written in part is moved on.
        auto left = static_cast<std::size_t>(n);
        while (first < buffers.size() && left >= buffers[first].iov_len) left -= buffers[first++].iov_len;
        if (left > 0) {
            buffers[first].iov_base = static_cast<char*>(buffers[first].iov_base) + left;
            buffers[first].iov_len -= left;
        }
    }
    return true;
}

void read_exactly(int fd, void* data, std::size_t bytes, std::uint64_t offset, const char* what) {
    char* at = static_cast<char*>(data);
    while (bytes > 0) {
        const ssize_t n = pread(fd, at, bytes, static_cast<off_t>(offset));
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw_read_error(what, std::strerror(errno));
        if (n == 0)
            throw_read_error(what, util::tr("it is shorter than what was written",
                                            "den er kortere end det, der blev "
                                            "skrevet")
                                       .c_str());
        at += n;
        bytes -= static_cast<std::size_t>(n);
        offset += static_cast<std::uint64_t>(n);
    }
}

}  // namespace ipskit::readers::cases::parts
