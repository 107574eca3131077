#pragma once
// Many sites' reviews as a doc::Document: the site x item matrix (coloured by
// score in the workbook), totals and levels, cluster means, and the items
// weakest across the region.

#include "domain/site_comparison.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document compare_report(const SiteComparison& comparison, Lang lang);

// How many of the weakest items the report lists.
constexpr std::size_t kWeakestShown = 5;

}  // namespace ipskit::writers::reports
