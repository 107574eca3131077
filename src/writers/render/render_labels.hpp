#pragma once
// The few texts a renderer adds of its own (the reports give all others), in
// English and Danish, as named constants. kAllLabels lists them all for the test that
// every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::render::render_labels {

// The name of the workbook's first sheet, which holds the title and facts.
inline const Text kSummarySheet{"Summary", "Oversigt"};

// A chart named in plain text, where a format cannot show it: "Figure: TITLE".
inline const Text kFigure{"Figure: {}", "Figur: {}"};

inline const std::array kAllLabels{&kSummarySheet, &kFigure};

}  // namespace ipskit::writers::render::render_labels
