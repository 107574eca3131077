#pragma once
// Expected volumes and targets per municipality or cluster (targets.yaml):
// how many courses a group is expected to start in a year and the share in
// a job or education it aims at. The figures set them beside what each group
// did in each period, with the yearly volume pro-rated to the period.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/periods.hpp"
#include "domain/outcomes/trend_figures.hpp"

namespace ipskit::outcomes {

struct GroupTarget {
    std::optional<double> started_per_year;  // expected courses started in a year
    std::optional<double> share_percent;     // job or education, in percent of closed courses
    std::optional<long> max_caseload{};      // active courses a consultant of the group may hold
};

struct Targets {
    // By name as targets.yaml writes it; matched with the groups ignoring case.
    std::map<std::string, GroupTarget> sites;
    std::map<std::string, GroupTarget> clusters;
    std::optional<GroupTarget> total;  // the whole programme or region
};

// One group (or the total) in one period against its targets.
struct TargetFigure {
    std::size_t row = 0;  // 0 the total, i + 1 the result's groups[i]
    TrendCell actual;     // as the trend shows it
    std::optional<double> expected_started;
    // actual started / expected; empty when hidden, or nothing was expected
    std::optional<double> started_of_expected;
    std::optional<bool> started_below;   // empty when the count is hidden or nothing is expected
    std::optional<double> share_target;  // the group's own, else --target; a fraction
    std::optional<bool> share_below;     // empty when the share is hidden or nothing closed
};

// figures[p] lists the groups and the total of period p that have a target,
// in the order of the result's rows; `default_percent` is --target. A
// group's target is found by its last field when that is site or cluster.
std::vector<std::vector<TargetFigure>> compute_target_figures(const std::vector<OutcomeResult>& results,
                                                              const std::vector<NamedPeriod>& periods,
                                                              const TrendFigures& trend,
                                                              const Targets& targets, double default_percent);

// The maximum caseload of every row of `result` (0 the total, i + 1
// groups[i]): of the most specific site or cluster of the row's key that
// targets.yaml gives one, else of the total, else `default_max`
// (--max-caseload). A site's own maximum wins over its cluster's.
std::vector<long> max_caseloads(const OutcomeResult& result, const Targets& targets, long default_max);

// The names of `targets` that no group of `result` has, of the fields the
// result is grouped by, for a warning: a name spelt otherwise than in the
// extract would never be reported.
std::vector<std::string> unmatched_targets(const OutcomeResult& result, const Targets& targets);

}  // namespace ipskit::outcomes
