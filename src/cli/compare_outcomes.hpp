#pragma once
// `ipskit compare REVIEWS --cases cases.csv`: the options that join each
// site's fidelity with its outcomes, and the step that computes the join.

#include <string>

#include <CLI/CLI.hpp>

#include "cli/outcomes_options.hpp"
#include "domain/fidelity_outcomes.hpp"
#include "domain/site_comparison.hpp"

namespace ipskit::cli {

struct CompareOutcomeOptions {
    OutcomesOptions cases;  // the extract, the period and how to read it; cases.cases empty: no join
    bool allow_unmatched = false;
    long min_closed = 5;
};

// Adds --cases and the options of reading it, which need --cases.
void add_compare_outcome_options(CLI::App& command, CompareOutcomeOptions& options);

// Reads the extract by site and joins it with `fidelity`. A site in one input
// and not the other is an error naming each, unless --allow-unmatched, when
// each is a warning and the report lists it. Warns under
// kFewSitesForCorrelation sites.
FidelityBesideOutcomes join_outcomes(const SiteComparison& fidelity, const SiteMap& map,
                                     const CompareOutcomeOptions& options, Lang lang);

}  // namespace ipskit::cli
