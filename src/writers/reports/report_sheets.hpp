#pragma once
// Where the report's tables go in the workbook: which sheet each is on,
// which are coloured by score and which carry a native chart of their own
// cells. Only metadata: the figures are the tables' own.

#include "writers/doc/document.hpp"
#include "writers/reports/report.hpp"

namespace ipskit::writers::reports {

void place_on_sheets(const ReportParts& parts, doc::Document& document);

}  // namespace ipskit::writers::reports
