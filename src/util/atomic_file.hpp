#pragma once
// Outputs are written to a temporary file and handed over only when
// everything succeeded, so a failed run never leaves a half-written report
// and never damages an earlier one. What the output path names decides how:
//
// - a regular file, or a name not yet taken: the temporary file is made
//   beside it and renamed over it;
// - a symbolic link: the file it points at is written in that way (the link
//   stays a link), in the folder of that file;
// - a character device (/dev/null, a terminal), a FIFO, or /dev/stdout,
//   /dev/stderr and /dev/fd/N: the temporary file is made in $TMPDIR (else
//   /tmp) and its bytes are written through to the target, which is never
//   replaced;
// - a folder, a block device or a socket: refused with a clear error.

#include <string>
#include <string_view>
#include <vector>

namespace ipskit::util {

class AtomicFile {
public:
    // Creates the temporary file; throws ipskit::util::Error if the target
    // cannot be written or is of a kind that is refused.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    // Where a library that writes files itself (libxlsxwriter) may write.
    const std::string& temp_path() const { return temp_path_; }
    const std::string& target() const { return target_; }
    void write(std::string_view bytes);
    // Renames the temporary file over the target, or writes its bytes
    // through to a device, FIFO or open file descriptor.
    void commit();

private:
    void copy_through();

    std::string target_;    // as the user gave it, for messages
    std::string write_to_;  // the file renamed over, or the device opened
    int through_fd_ = -1;   // /dev/stdout and the like: the descriptor itself
    bool through_ = false;  // written through rather than renamed
    std::string temp_path_;
    int fd_ = -1;
    int temp_slot_ = -1;  // where the signal handler finds temp_path_
    bool committed_ = false;
};

// Writes `bytes` to `path` as AtomicFile does; "-" means standard output. A
// failed write to standard output (a full disk, a closed pipe) throws too.
void write_file_atomically(const std::string& path, std::string_view bytes);

// Throws ipskit::util::Error when `output` is the same file as one of `inputs`, so a
// mistyped -o never destroys a user's extract or questionnaire.
void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace ipskit::util
