#pragma once
// The derived fidelity items as a doc::Document: per item the figure, what it
// was counted from, its n, period, band and score or why it has none; and per
// specialist the caseload, contacts a week and days to the first contact.

#include "domain/derived/derive.hpp"
#include "domain/scale.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document derive_report(const derived::DerivedResult& result, const Scale& scale, Lang lang);

// The sentence that says what an item's figure shows: scored by its band, or
// why not (too thin, period too short, data missing), for `score` to show
// beside the reviewers' ratings too.
std::string derived_evidence(const derived::DerivedItem& item, Lang lang);

}  // namespace ipskit::writers::reports
