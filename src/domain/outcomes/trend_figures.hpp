#pragma once
// The trend over several periods: for each group (and the total) in each
// period, the courses started and closed, how many closed in a job or
// education and their share, and the active courses on the period's last
// day. Computed once here, with small-count suppression, for every writer.

#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"

namespace ipskit::outcomes {

struct TrendCell {
    CountFigure started;           // started in the period
    CountFigure closed;            // closed in the period, as the closed-course tables count them
    CountFigure job_or_education;  // of those closed
    ShareFigure share;             // job or education / closed
    CountFigure active_at_end;     // active on the period's last day
};

struct TrendFigures {
    // cells[p][0] is the total of period p, cells[p][i + 1] its groups[i].
    // Every period has the same groups in the same order: each period's
    // aggregator saw every course.
    std::vector<std::vector<TrendCell>> cells;
};

// `figures[p]` is compute_figures(results[p], ...), whose closed-course
// counts, marks included, the trend repeats so that every table agrees.
// The started and active counts are suppressed along each period's groups
// and their totals, as the closed courses are.
TrendFigures compute_trend(const std::vector<OutcomeResult>& results,
                           const std::vector<OutcomeFigures>& figures, long suppress_below);

}  // namespace ipskit::outcomes
