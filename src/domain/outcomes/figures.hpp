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
#include "domain/outcomes/suppression.hpp"
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

// A count and whether suppression hides it, as a small count or to
// protect one.
struct CountFigure {
    long n = 0;
    Mark mark = Mark::shown;
    bool hidden() const { return mark != Mark::shown; }
};

// `n` of `of` as a fraction. Hidden when either count is; value and interval
// are empty when hidden or when `of` is 0.
struct ShareFigure {
    Mark mark = Mark::shown;
    std::optional<double> value;
    std::optional<stats::Interval> ci;  // Wilson 95 %
    bool hidden() const { return mark != Mark::shown; }
};

ShareFigure share_of(long n, long of, Mark mark = Mark::shown);
// The mark of a figure computed from two counts: small when either is
// small, else protecting when either is hidden.
Mark mark_of(Mark a, Mark b);

// One row of the closed-course tables (the overall total or a group).
struct ClosedRow {
    std::array<CountFigure, kClosedColumns> counts{};
    std::array<ShareFigure, kClosedColumns> shares{};  // of counts[kAllColumn]
    // Empty when no course closed or when hidden: a verdict on a row with
    // job or education or the total hidden tells which side of the target
    // the hidden counts lie.
    std::optional<bool> target_met;
    Mark target_mark = Mark::shown;
};

// Days from start of a group's courses. When the count is hidden (fewer
// courses than the threshold, or hidden with the row's job or education)
// the figures are left empty. Mean, median and quartiles are rounded to
// whole days here, not only when shown: an exact mean is a sum of days
// over n, and with the means of the other groups it tells the days of a
// hidden group.
struct DaysFigure {
    CountFigure n;
    std::optional<double> mean, median, q1, q3;  // quartiles as R's quantile(type = 7)
    std::optional<double> share_within_30;       // share of at most 30 days
    // The share within 30 days times n tells how many; it is hidden when
    // those within or those beyond are few, or could be worked out.
    Mark within_30_mark = Mark::shown;
};

// With suppression (suppress_below > 0) the mean and quartiles are whole
// days, as reports show them: an exact mean times a shown n would tell the
// sum of days of a group. Without it they are exact, for pipelines.
DaysFigure days_figure(const stats::IntHistogram& days, long suppress_below);
DaysFigure days_figure(const stats::IntHistogram& days, Mark mark, bool whole_days);

// The counts of one horizon of result.total.cohort, in the same order.
// The cumulative share is hidden when the cohort has fewer courses than
// the threshold; the plain share when its successes or failures are few.
struct CohortRow {
    ShareFigure cumulative;
    CountFigure at_risk, full_follow_up;
    ShareFigure full_follow_up_share;  // successes of full_follow_up
};

// A consultant's active courses in one group, and whether above the
// maximum (empty when hidden and the flag would narrow it).
struct CaseloadFigure {
    CountFigure active;
    std::optional<bool> above_max;
    long max = 20;  // the maximum of the consultant's group
};

// The figures of every row of a breakdown (--by) beyond the closed courses,
// indexed as OutcomeFigures::closed: [0] is the overall total, [i + 1] is
// result.groups[i]. Each table's cells are suppressed together with the
// overall figures they add up to, subtotals included.
// A mean of counts (active courses per consultant): empty when either
// count is hidden, since with the other it would tell it.
struct MeanFigure {
    Mark mark = Mark::shown;
    std::optional<double> value;
};

struct GroupFigures {
    std::vector<DaysFigure> days_to_contact;
    std::vector<CountFigure> cohort_courses;                         // started in the period
    std::vector<std::vector<CohortRow>> cohort;                      // by horizon, as result.total.cohort
    std::vector<CountFigure> active, aftercare, without_consultant;  // on the capacity day
    std::vector<std::vector<CaseloadFigure>> caseloads;              // as result.groups[i - 1].caseloads
    std::vector<long> consultants;           // with an active course in the row's group
    std::vector<MeanFigure> mean_caseload;   // active courses / consultants
    long consultants_in_several_groups = 0;  // of the full breakdown
};

struct FigureRules {
    double target_percent = 50;
    long suppress_below = 0;  // 0: no suppression
    long max_caseload = 20;
    // Each row's own maximum (outcomes::max_caseloads), indexed as
    // OutcomeFigures::closed; empty: max_caseload for every row.
    std::vector<long> max_caseload_of_row{};
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
    // Counts the notes print. Each is hidden when it would tell a hidden
    // count: without an outcome date = job or education - days n.
    CountFigure outcome_without_date, without_contact;
    // With the closed courses these add up to every course read.
    CountFigure still_active, closed_before, closed_after;
    CountFigure cohort_courses, cohort_outside_period, cohort_after_as_of;
    // Consultants' caseloads are counts of participants too; with the
    // courses without a consultant they add up to the active courses.
    std::vector<CountFigure> caseloads;  // indexed as result.caseloads
    CountFigure without_consultant;
    // Indexed as result.caseloads. Empty when the caseload is hidden and
    // the flag would narrow it: an x, or a small one with a maximum under
    // the threshold - 1. With the usual maximum (20) a small caseload is
    // known to be under it and is shown unflagged.
    std::vector<std::optional<bool>> above_max_caseload;
    long max_caseload = 20;              // the overall caseloads' maximum
    bool max_caseload_by_group = false;  // some row's maximum is not max_caseload
    // Filled with --by only.
    GroupFigures by_group;
};

OutcomeFigures compute_figures(const OutcomeResult& result, const FigureRules& rules);

}  // namespace ipskit::outcomes
