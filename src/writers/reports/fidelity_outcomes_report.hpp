#pragma once
// Fidelity beside outcomes as tables of the compare report: each site's
// total, level and section subtotals beside its closed courses, share in job
// or education and median days to it; the rank correlation in numbers and in
// words, the sites flagged, and the sites of one input only.

#include <string>

#include "domain/fidelity_outcomes.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

struct FidelityOutcomesReportOptions {
    Lang lang = Lang::en;
    std::string period;   // "2022", or "2022-01-01 – 2022-06-30"; empty: every course
    std::string extract;  // the extract's file name, for the facts
};

// Appends the facts and tables to `document` (the compare report).
void add_fidelity_outcomes(doc::Document& document, const FidelityBesideOutcomes& joined,
                           const FidelityOutcomesReportOptions& options);

}  // namespace ipskit::writers::reports
