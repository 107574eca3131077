#pragma once
// The names of the workbook sheets that `ipskit report --xlsx` writes, in
// English and Danish: whole words well within Excel's 31 characters, so
// that no tab is cut. kAllLabels lists them for the test that every label
// has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::report_sheet_labels {

// The same word as the writer's own first sheet, so that the totals join it.
inline const Text kSummarySheet{"Summary", "Oversigt"};
inline const Text kItemsSheet{"Items", "Punkter"};
inline const Text kReviewersSheet{"Reviewers", "Bedømmere"};
inline const Text kActionPlanSheet{"Action plan", "Handleplan"};
inline const Text kOutcomesSheet{"Outcomes", "Resultater"};
inline const Text kBreakdownsSheet{"Breakdowns", "Opdelinger"};
inline const Text kCohortSheet{"Cohort", "Kohorte"};

inline const std::array kAllLabels{&kSummarySheet,  &kItemsSheet,      &kReviewersSheet, &kActionPlanSheet,
                                   &kOutcomesSheet, &kBreakdownsSheet, &kCohortSheet};

}  // namespace ipskit::writers::reports::report_sheet_labels
