#pragma once
// Singular or plural by a count, for every place a count meets a noun, in
// English and Danish alike: both use the singular for exactly one and the
// plural for every other count, none included ("0 groups", "0 forløb").

namespace ipskit::util {

// `one` when `count` is 1 or -1, `many` otherwise. Works on any text type
// (string_view, a report's Text pair), so the caller keeps its own wording.
template <class Words>
const Words& by_count(long long count, const Words& one, const Words& many) {
    return count == 1 || count == -1 ? one : many;
}

}  // namespace ipskit::util
