#pragma once
// Fidelity beside outcomes: each site's latest fidelity review joined with
// its courses in the period, the rank correlation of fidelity total and
// job-or-education share over the sites, and the sites whose share lies far
// from what the least-squares line of share on total predicts for them.

#include <optional>
#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/suppression.hpp"
#include "domain/site_comparison.hpp"
#include "domain/site_map.hpp"
#include "domain/stats/rank_correlation.hpp"

namespace ipskit {

// Fewer sites than this make the rank correlation too uncertain to read
// much into: the report warns.
inline constexpr long kFewSitesForCorrelation = 10;
// A site is flagged when its standardised residual is beyond this (about
// one site in twenty by chance alone, if the residuals are normal).
inline constexpr double kFlagResidual = 2.0;

enum class OutcomeFlag { none, above, below };  // share far above or below the line

// What the correlation says: no rho to tell; an interval that takes in 0
// (or none, with too few sites); higher fidelity with higher shares, or lower.
enum class Relation { not_computed, unclear, positive, negative };

struct SiteBesideOutcome {
    const SiteRow* fidelity = nullptr;    // points into the SiteComparison
    std::vector<int> section_subtotals;   // in the scale's section order
    std::vector<std::string> attributes;  // parallel to FidelityBesideOutcomes::attribute_names
    long courses = 0;                     // every course of the site in the extract
    long closed = 0;                      // closed in the period
    long job_or_education = 0;
    std::optional<double> share;        // of closed; empty without closed courses
    long days_n = 0;                    // job or education with an outcome date
    std::optional<double> median_days;  // from start to job or education (R's quantile type 7)
    bool in_correlation = false;        // has at least min_closed closed courses
    std::optional<double> predicted_share;
    std::optional<double> standardised_residual;
    OutcomeFlag flag = OutcomeFlag::none;
    // What small-count suppression hides of the row, as in the outcomes
    // report. The figures above stay exact: the correlation and the flag
    // are computed from them; a writer shows the mark instead of a hidden one.
    outcomes::Mark closed_mark = outcomes::Mark::shown;
    outcomes::Mark job_or_education_mark = outcomes::Mark::shown;
    outcomes::Mark share_mark = outcomes::Mark::shown;   // with either count
    outcomes::Mark median_mark = outcomes::Mark::shown;  // with days_n
    // The expected share and the residual: hidden with the site's share, and
    // for every site when the line rests on a hidden share (see line_mark).
    outcomes::Mark line_figures_mark = outcomes::Mark::shown;
};

// A site of one input that the other does not have.
struct UnmatchedSite {
    std::string site;
    bool reviewed = false;  // true: in the reviews only; false: in the extract only
    std::string file;       // the review's file, when reviewed
};

struct FidelityOutcomeRules {
    long min_closed = 5;      // fewer closed courses give a share too uncertain to correlate
    long suppress_below = 0;  // 0: no suppression
};

struct FidelityBesideOutcomes {
    std::vector<std::string> attribute_names;  // the site map's attributes, as columns
    std::vector<const Section*> sections;
    std::vector<SiteBesideOutcome> sites;  // the sites of both inputs, in the comparison's order
    std::vector<UnmatchedSite> unmatched;  // reviews' sites first, then the extract's, each in order
    long courses_without_site = 0;         // courses of the extract that name no site
    outcomes::Mark courses_without_site_mark = outcomes::Mark::shown;
    long with_days = 0;  // the sites' days_n added up, which the table's notes give
    outcomes::Mark with_days_mark = outcomes::Mark::shown;
    long min_closed = 0;
    long suppress_below = 0;
    stats::RankCorrelation correlation;  // total against share, over the sites in_correlation
    std::optional<stats::LinearFit> line;
    // The line's intercept and slope, with the shown shares, give a hidden
    // share of a site in it away, as every expected share and residual do:
    // they are hidden together whenever a share in the line is hidden.
    outcomes::Mark line_mark = outcomes::Mark::shown;
    bool few_sites() const { return correlation.n < kFewSitesForCorrelation; }
    Relation relation() const;
};

// Joins `fidelity` (one review per site) with `by_site`, an outcome result
// grouped by site alone, matching names case-folded. `map` supplies the
// attributes shown beside each site. Points into `fidelity`.
FidelityBesideOutcomes fidelity_beside_outcomes(const SiteComparison& fidelity,
                                                const outcomes::OutcomeResult& by_site, const SiteMap& map,
                                                const FidelityOutcomeRules& rules = {});

}  // namespace ipskit
