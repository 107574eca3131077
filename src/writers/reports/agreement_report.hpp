#pragma once
// Several reviewers' scores of one review as a doc::Document: the items to discuss
// first, every item side by side with its mean, each reviewer's total and
// level, and the agreement coefficients with a reason wherever one is
// undefined.

#include "domain/reviewer_agreement.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document agreement_report(const ReviewerComparison& comparison, Lang lang);

// One coefficient as a cell: the figure, or "undefined" (null in JSON).
doc::Cell coefficient_cell(const stats::Coefficient& c, int decimals, bool percent, Lang lang);

// "Reviewer A" or "Reviewer A, Reviewer B" for a review by several.
std::string reviewer_names(const Review& review);

}  // namespace ipskit::writers::reports
