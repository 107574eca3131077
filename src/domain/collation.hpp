#pragma once
// The order in which group names (sites, clusters, consultants, target
// groups) are listed, and when two spellings name the same group. Written by
// hand for the names Danish extracts hold, instead of a Unicode library:
//
// - Danish (as CLDR and Danish dictionaries): a to z, then æ, ø, å; "aa" at
//   the start of a word is å (Aabenraa, Aalborg after Ølstykke); ä sorts as
//   æ, ö as ø, ü as y; other accented letters as their base letter.
// - English: a to z, æ as "ae", every accented letter as its base letter
//   (Ærø with the a's, Århus with the a's, Ølstykke with the o's).
//
// Both compare in three levels, as CLDR does: letters first, ignoring case
// and accents; then accents; then case (upper case first in Danish, lower
// case first in English); bytes break any tie left, so the order is total.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/text.hpp"

namespace ipskit {

// A key whose lexicographic order is the collation order of `name` in
// `lang` (the bytes of `name` are its last level).
std::vector<std::uint32_t> collation_key(std::string_view name, Lang lang);

// True when `a` comes before `b` in `lang`.
bool collates_before(std::string_view a, std::string_view b, Lang lang);

// `name` in lower case (ASCII and the Latin-1 letters, Æ Ø Å among them):
// two names with the same folded text are one group.
std::string fold_case(std::string_view name);

}  // namespace ipskit
