#pragma once
// How many single-byte insertions, deletions and substitutions turn one text
// into another (Levenshtein), for every "did you mean": a mistyped command,
// a header a typo away from a known column.

#include <cstddef>
#include <string_view>

namespace ipskit::util {

std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace ipskit::util
