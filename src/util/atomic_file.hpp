#pragma once
// Outputs are written to a temporary file beside the target and renamed over
// it only when everything succeeded, so a failed run never leaves a
// half-written report and never damages an earlier one.

#include <string>
#include <string_view>
#include <vector>

namespace ipskit::util {

class AtomicFile {
public:
    // Creates the temporary file next to `target`; throws ipskit::util::Error if it cannot.
    explicit AtomicFile(std::string target);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    const std::string& temp_path() const { return temp_path_; }
    const std::string& target() const { return target_; }
    void write(std::string_view bytes);
    // Flushes and renames the temporary file over the target.
    void commit();

private:
    std::string target_;
    std::string temp_path_;
    int fd_ = -1;
    bool committed_ = false;
};

// Writes `bytes` to `path` atomically; "-" means standard output.
void write_file_atomically(const std::string& path, std::string_view bytes);

// Throws ipskit::util::Error when `output` is the same file as one of `inputs`, so a
// mistyped -o never destroys a user's extract or questionnaire.
void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs);

}  // namespace ipskit::util
