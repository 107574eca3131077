#pragma once
// One site's reviews over time as a doc::Document: totals and levels, section
// means, each item's change, and the previous review's priorities followed up.

#include "domain/text.hpp"
#include "domain/trend.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document trend_report(const Trend& trend, Lang lang);

}  // namespace ipskit::writers::reports
