#pragma once
// Where a large CSV file can be cut into parts that are read side by side.
// A cut is only a guess: it is put just after a line break, which may lie
// inside a quoted field. csv::CsvReader::stop_at tells the caller whether the
// part before it really ended there.

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace ipskit::readers::cases::parts {

// The offsets at which parts 2..n of `path` start, when the bytes from
// `data_begin` to the end are cut into at most `parts` parts of at least
// `min_part_bytes` each, each cut just after a line feed. Empty when the file
// is not worth cutting, or is not a regular file (a pipe cannot be read
// twice).
std::vector<std::uint64_t> part_starts(const std::string& path, std::uint64_t data_begin, std::size_t parts,
                                       std::uint64_t min_part_bytes);

}  // namespace ipskit::readers::cases::parts
