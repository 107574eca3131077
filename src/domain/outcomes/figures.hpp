#pragma once
// Every figure the outcomes report shows, computed once from an aggregated
// result: the closed-course counts with what small-count suppression hides,
// the shares with their Wilson intervals, the target verdict, the time from
// start, the cohort and capacity counts. Writers lay these out as they are,
// so every table, format and the exit status of --fail-under agree.

#include <array>
#include <cstddef>
#include <optional>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/stats/proportion.hpp"

namespace ipskit::outcomes {

// True when `successes` of `all` reach `target_percent` percent, decided on
// the counts exactly (100 * successes >= target * all): a share that equals
// the target meets it. Empty when `all` is 0: no verdict without courses.
// The target is taken to the nearest millionth of a percent.
std::optional<bool> target_met(long successes, long all, double target_percent);

// The columns of closed-course counts: the four outcomes in the order of
// Outcome, the total, job or education.
enum ClosedColumn : std::size_t {
    kJobColumn,
    kFlexjobColumn,
    kEducationColumn,
    kOtherColumn,
    kAllColumn,
    kJobOrEducationColumn,
    kClosedColumns
};

// A count and whether suppression hides it.
struct CountFigure {
    long n = 0;
    bool hidden = false;
};

// `n` of `of` as a fraction. Hidden when either count is; value and interval
// are empty when `of` is 0.
struct ShareFigure {
    bool hidden = false;
    std::optional<double> value;
    std::optional<stats::Interval> ci;  // Wilson 95 %
};

ShareFigure share_of(long n, long of, bool hidden);

// One row of the closed-course tables (the overall total or a group).
struct ClosedRow {
    std::array<CountFigure, kClosedColumns> counts{};
    std::array<ShareFigure, kClosedColumns> shares{};  // of counts[kAllColumn]
    std::optional<bool> target_met;                    // empty when no course closed
};

// Days from start of a group's courses. With fewer courses than the
// threshold the count is hidden and the figures are left empty.
struct DaysFigure {
    CountFigure n;
    std::optional<double> mean, median, q1, q3;  // quartiles as R's quantile(type = 7)
    std::optional<double> share_within_30;       // share of at most 30 days
};

DaysFigure days_figure(const stats::IntHistogram& days, long suppress_below);

// The counts of one horizon of result.total.cohort, in the same order.
struct CohortRow {
    CountFigure at_risk, full_follow_up;
    ShareFigure full_follow_up_share;  // successes of full_follow_up
};

struct FigureRules {
    double target_percent = 50;
    long suppress_below = 0;  // 0: no suppression
    long max_caseload = 20;
};

struct OutcomeFigures {
    // [0] is the overall total, [i + 1] is result.groups[i]. Secondary
    // suppression runs along each row and down each column of groups, so
    // the total hides the same cells in every table it appears in.
    std::vector<ClosedRow> closed;
    std::vector<DaysFigure> days_to_outcome;  // indexed as `closed`
    DaysFigure days_to_contact;               // of the overall total
    std::vector<CohortRow> cohort;            // of the overall total
    CountFigure active_at_capacity_day, aftercare_at_capacity_day;
    std::vector<bool> above_max_caseload;  // indexed as result.caseloads
};

OutcomeFigures compute_figures(const OutcomeResult& result, const FigureRules& rules);

}  // namespace ipskit::outcomes
