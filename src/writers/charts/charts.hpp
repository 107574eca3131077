#pragma once
// The charts of the reports, each a function from domain results to a
// doc::Figure holding a whole SVG, labelled in the report's language and
// readable in grey print: shades whose lightness differs, outlines against
// fills, and every bar or point labelled with its figure. They lay out what
// the domain computed and compute nothing of their own.

#include <optional>
#include <string>
#include <vector>

#include "domain/fidelity_report.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/trend_figures.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::charts {

// Every item's score as a bar, grouped by section and shaded by score, with
// the previous review's score beside it as an outlined bar when there is one.
doc::Figure item_profile(const FidelityReport& report, Lang lang);

// Each section's mean item score, with the previous review's beside it when there is one.
doc::Figure section_means(const FidelityReport& report, Lang lang);

// The total of every review of the site, oldest first, over the scale's
// fidelity levels shaded as bands.
doc::Figure total_trend(const FidelityReport& report, Lang lang);

struct OutcomeChartOptions {
    Lang lang = Lang::en;
    int decimals = 0;         // of shares in percent, as in the tables
    long suppress_below = 0;  // the threshold hidden small counts are shown under ("<5")
    double target_percent = 50;
};

// The closed courses of the whole extract by outcome: share and count.
doc::Figure outcome_distribution(const outcomes::OutcomeFigures& figures, const OutcomeChartOptions& options);

// The share in job or education of each group (the innermost --by groups)
// and of the total, against the target as a line.
doc::Figure share_by_group(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                           const OutcomeChartOptions& options);

// The cohort's cumulative share in job or education by each horizon, from 0 at start.
doc::Figure cohort_curve(const outcomes::OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                         const OutcomeChartOptions& options);

// Each group's share in job or education (the innermost --by groups, then
// the total) period by period, one small panel a group, against the target
// as a dashed line. `periods` are the periods' names as the report writes them.
// `share_targets`, indexed as the trend's cells (0 the total, i + 1
// groups[i]), holds the targets of targets.yaml as fractions; a row without
// one, or all of them when empty, is held to options.target_percent. When
// the groups' targets differ, each panel's line is at its own, with its value.
doc::Figure share_trend(const outcomes::OutcomeResult& result, const outcomes::TrendFigures& trend,
                        const std::vector<std::string>& periods, const OutcomeChartOptions& options,
                        const std::vector<std::optional<double>>& share_targets = {});

}  // namespace ipskit::writers::charts
