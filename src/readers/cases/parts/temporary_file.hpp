#pragma once
// An anonymous temporary file for data that does not fit in memory (the
// duplicate-id check's hashes and line numbers): made in $TMPDIR, else
// /tmp, and unlinked at once, so it has no name while it is used and goes
// away with the process however that ends.

#include <cstddef>
#include <cstdint>
#include <string>
#include <sys/uio.h>
#include <vector>

namespace ipskit::readers::cases::parts {

// The descriptor of a new temporary file whose name begins with `prefix`,
// already unlinked; -1 if none could be made.
int make_unlinked_temporary_file(const std::string& prefix);

// Writes the buffers one after the other at `offset`, in as few calls as
// the system allows; false if a write fails. Moves `buffers` on as it goes.
bool write_buffers(int fd, std::vector<iovec>& buffers, std::uint64_t offset);

// Reads exactly `bytes` at `offset`; throws ipskit::util::Error naming `what` if
// the file is shorter or cannot be read.
void read_exactly(int fd, void* data, std::size_t bytes, std::uint64_t offset, const char* what);

}  // namespace ipskit::readers::cases::parts
