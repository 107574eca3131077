#pragma once
// Where the CSV reader's bytes come from: a file read in large blocks, or
// text already in memory (tests, stdin slurped by a caller). The reader sees
// only this interface, so both take exactly the same parsing path.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>

namespace ipskit::readers::csv {

class ByteSource {
public:
    virtual ~ByteSource() = default;
    // Copies up to `size` bytes to `out`; returns how many, 0 at the end.
    // Throws ipskit::util::Error when the bytes cannot be read.
    virtual std::size_t read(char* out, std::size_t size) = 0;
};

// Opens `path` for reading. Throws ipskit::util::Error naming the path when it
// cannot be opened.
std::unique_ptr<ByteSource> open_file_source(const std::string& path);
// The same, reading from byte `offset` on.
std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::uint64_t offset);
std::unique_ptr<ByteSource> make_text_source(std::string text);

}  // namespace ipskit::readers::csv
