#pragma once
// One site's reviews over time as a Document: totals and levels, section
// means, each item's change, and the previous review's priorities followed up.

#include "domain/text.hpp"
#include "domain/trend.hpp"
#include "writers/document.hpp"

namespace ipskit::doc {

Document trend_report(const Trend& trend, Lang lang);

}  // namespace ipskit::doc
