#pragma once
// A scored review as a doc::Document: the facts of the review, every item's score,
// section subtotals, the total and its fidelity level, strengths, and
// priorities for improvement with the next anchor up as the target.

#include "domain/review.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document score_report(const ReviewScore& score, Lang lang);

}  // namespace ipskit::writers::reports
