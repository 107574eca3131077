#pragma once
// Turns ratings as written (in YAML or CSV) into the validated ratings of a
// Review: one per item, each score checked against the scale, against the
// measured figure's band and against the elements ticked.

#include <optional>
#include <string>
#include <vector>

#include "domain/review.hpp"
#include "util/error.hpp"

namespace ipskit::readers::review {

// A piece of text and where it was written.
struct Written {
    std::string text;
    util::Location where;
};

// One rating as the reviewer wrote it, before it is checked.
struct RawRating {
    Written item;                  // number or id
    std::optional<Written> score;  // absent when only value, elements or no_fit are given
    std::optional<Written> value;
    std::optional<std::vector<Written>> elements;
    bool no_fit = false;
    util::Location no_fit_where;
    std::string note;
    std::string recommendations;
};

// An item the reviewer left open (ReviewDefaults::allow_open_items): not
// rated, or rated without a score; `where` is its line, or the ratings key
// when the item is not written at all.
struct OpenItem {
    int number = 0;
    util::Location where;
};

// Checks every raw rating against `scale` and returns one Rating per item in
// item order. Problems go to `errors`; an item that is not rated at all is
// reported at `missing_at` (the ratings key, or the file). With
// `allow_unfinished`, an item not rated is left out instead, and one with
// nothing but a note is kept with a score one below the scale's score_min (ReviewDefaults::allow_unfinished).
// With `open` given, an item left open is added to it instead of refused,
// and kept only when it carries a note (scored one below score_min).
std::vector<Rating> resolve_ratings(const Scale& scale, const std::vector<RawRating>& raw,
                                    const util::Location& missing_at, util::ErrorCollector& errors,
                                    bool allow_unfinished = false, std::vector<OpenItem>* open = nullptr);

// "item 3 (Vocational generalists)", as the errors name an item.
std::string describe_item(const Item& item);

}  // namespace ipskit::readers::review
