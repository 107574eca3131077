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

// For the fidelity report's item tables: the columns of the records' score
// and what it says beside the rating, and an item's two cells (blank for an
// item the records do not score).
void add_evidence_columns(doc::Table& table, Lang lang);
void add_evidence_cells(const ReviewEvidence& evidence, int number, Lang lang, std::vector<doc::Cell>& row);

}  // namespace ipskit::writers::reports
