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

// Checks every raw rating against `scale` and returns one Rating per item in
// item order. Problems go to `errors`; an item that is not rated at all is
// reported at `missing_at` (the ratings key, or the file).
std::vector<Rating> resolve_ratings(const Scale& scale, const std::vector<RawRating>& raw,
                                    const util::Location& missing_at, util::ErrorCollector& errors);

// "item 3 (Vocational generalists)", as the errors name an item.
std::string describe_item(const Item& item);

}  // namespace ipskit::readers::review
