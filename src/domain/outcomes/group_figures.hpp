#pragma once
// The parts of compute_figures that follow a breakdown's groups through
// every table: the cohort and capacity figures, overall and per group, each
// table's counts suppressed in one grid with the sums they take part in
// (groups add up to their subtotal and the total, consultants' caseloads
// to the active courses). Internal to domain/outcomes: figures.hpp is the
// interface.

#include <cstddef>
#include <map>
#include <vector>

#include "domain/outcomes/figures.hpp"

namespace ipskit::outcomes {

// Under the threshold, 0 included (suppression.hpp says why).
bool is_small(long n, long threshold);
CountFigure small_or_shown(long n, long threshold);

// Rows numbered as OutcomeFigures::closed (0: the overall total, i + 1:
// result.groups[i]): the rows each row is the sum of, for the rows where
// `in_table(row)`; a row a table leaves out is known to be 0, so it is no
// hidden part of a sum.
std::map<std::size_t, std::vector<std::size_t>> child_rows(const OutcomeResult& result,
                                                           const std::vector<bool>& in_table);

// figures.cohort, the cohort counts of the notes and, with --by,
// figures.by_group's cohort figures.
void add_cohort_figures(OutcomeFigures& figures, const OutcomeResult& result, long threshold);
// The active courses, aftercare and caseloads, overall and with --by per group.
void add_capacity_figures(OutcomeFigures& figures, const OutcomeResult& result, const FigureRules& rules);

}  // namespace ipskit::outcomes
