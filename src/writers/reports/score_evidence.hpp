#pragma once
// The derived evidence of `ipskit score REVIEW --cases ...`: a table with,
// for each item the site's records can score, the figure, its n and the
// score it earns beside the reviewer's rating, and whether they differ; and
// a note on the items table naming the items scored from the records.

#include "domain/review_evidence.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

void add_review_evidence(doc::Document& document, const ReviewEvidence& evidence, Lang lang);

}  // namespace ipskit::writers::reports
