#pragma once
// Reads a reviewer questionnaire (YAML or a workbook, formats.md) or a ratings
// sheet (CSV: item,score,note) and checks it against its scale, reporting every problem
// of the file in one pass.

#include <functional>
#include <map>
#include <string>

#include "domain/review.hpp"
#include "readers/csv/reader.hpp"
#include "readers/review/ratings.hpp"
#include "util/error.hpp"

namespace ipskit::readers::review {

// What the command line supplies; a questionnaire's own keys win.
struct ReviewDefaults {
    std::string scale;
    std::string site;
    std::string reviewer;
    std::string review_date;
    csv::CsvOptions csv;  // for a ratings sheet, read by the shared CSV reader
    // Not a default but a permission: a note, site, cluster or reviewer that
    // looks like it holds a CPR number is counted
    // (LoadedReview::identifiers_allowed) instead of refused.
    bool allow_identifiers = false;
    // For 'ipskit convert', which carries a review that is still being
    // filled in: a site, date or reviewer not given is left empty and an
    // item not rated is left out of the ratings, instead of refused; an
    // item with only a note is kept with a score one below the scale's
    // score_min.
    bool allow_unfinished = false;
    // For 'ipskit score --fill-derived': an item not rated, or rated
    // without a score, is left open instead of refused, and named in
    // LoadedReview::open_items for the command to fill from the site's
    // records or refuse. The header must be complete as ever.
    bool allow_open_items = false;
};

// Loads the scale a review names; `asked_at` is where the review names it.
using ScaleLoader = std::function<Scale(const std::string& id, const util::Location& asked_at)>;

struct LoadedReview {
    Scale scale;
    Review review;
    // Texts with a CPR-like value let through by allow_identifiers, by field
    // ("note", "site", "cluster", "reviewer").
    std::map<std::string, long> identifiers_allowed;
    // With allow_open_items: the items left open, in item order.
    std::vector<OpenItem> open_items = {};
};

// Reads `path` as CSV when it ends in .csv, as a workbook when it ends in
// .xlsx, else as YAML.
LoadedReview read_review(const std::string& path, const ReviewDefaults& defaults,
                         const ScaleLoader& load_scale);

}  // namespace ipskit::readers::review
