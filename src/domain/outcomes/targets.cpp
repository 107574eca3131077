#include "domain/outcomes/targets.hpp"

#include <set>

#include "domain/collation.hpp"

namespace ipskit::outcomes {

namespace {

const GroupTarget* find_target(const std::map<std::string, GroupTarget>& named, const std::string& name) {
    const std::string folded = fold_case(name);
    for (const auto& [key, target] : named)
        if (fold_case(key) == folded) return &target;
    return nullptr;
}

// The target of a row: the total's, or by the row's last given field.
const GroupTarget* target_of(const OutcomeResult& result, std::size_t row, const Targets& targets) {
    if (row == 0) return targets.total ? &*targets.total : nullptr;
    const auto& key = result.groups[row - 1].key;
    const GroupField field = result.by[key.size() - 1];
    if (field == GroupField::site) return find_target(targets.sites, key.back());
    if (field == GroupField::cluster) return find_target(targets.clusters, key.back());
    return nullptr;
}

TargetFigure target_figure(std::size_t row, const TrendCell& actual, const GroupTarget& target,
                           const Period& period, double default_percent) {
    TargetFigure f{row, actual, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    if (target.started_per_year) {
        f.expected_started = *target.started_per_year * year_fraction(period);
        if (!actual.started.hidden()) {
            f.started_below = static_cast<double>(actual.started.n) < *f.expected_started;
            if (*f.expected_started > 0)
                f.started_of_expected = static_cast<double>(actual.started.n) / *f.expected_started;
        }
    }
    const double percent = target.share_percent.value_or(default_percent);
    f.share_target = percent / 100;
    // The same rule as "target met", on the counts exactly.
    if (!actual.share.hidden()) {
        const auto met = target_met(actual.job_or_education.n, actual.closed.n, percent);
        if (met) f.share_below = !*met;
    }
    return f;
}

}  // namespace

std::vector<std::vector<TargetFigure>> compute_target_figures(const std::vector<OutcomeResult>& results,
                                                              const std::vector<NamedPeriod>& periods,
                                                              const TrendFigures& trend,
                                                              const Targets& targets,
                                                              double default_percent) {
    std::vector<std::vector<TargetFigure>> figures;
    for (std::size_t p = 0; p < results.size(); ++p) {
        std::vector<TargetFigure> rows;
        for (std::size_t row = 0; row <= results[p].groups.size(); ++row)
            if (const GroupTarget* target = target_of(results[p], row, targets))
                rows.push_back(
                    target_figure(row, trend.cells[p][row], *target, periods[p].period, default_percent));
        figures.push_back(std::move(rows));
    }
    return figures;
}

std::vector<long> max_caseloads(const OutcomeResult& result, const Targets& targets, long default_max) {
    const long overall =
        targets.total && targets.total->max_caseload ? *targets.total->max_caseload : default_max;
    std::vector<long> maxima{overall};
    for (const GroupRow& group : result.groups) {
        std::optional<long> site, cluster;
        for (std::size_t f = 0; f < group.key.size(); ++f) {
            const GroupTarget* target = nullptr;
            if (result.by[f] == GroupField::site) target = find_target(targets.sites, group.key[f]);
            if (result.by[f] == GroupField::cluster) target = find_target(targets.clusters, group.key[f]);
            if (!target || !target->max_caseload) continue;
            (result.by[f] == GroupField::site ? site : cluster) = target->max_caseload;
        }
        maxima.push_back(site ? *site : cluster ? *cluster : overall);
    }
    return maxima;
}

std::vector<std::string> unmatched_targets(const OutcomeResult& result, const Targets& targets) {
    std::set<std::string> sites, clusters;
    for (const auto& group : result.groups)
        for (std::size_t f = 0; f < group.key.size(); ++f) {
            if (result.by[f] == GroupField::site) sites.insert(fold_case(group.key[f]));
            if (result.by[f] == GroupField::cluster) clusters.insert(fold_case(group.key[f]));
        }
    std::vector<std::string> unmatched;
    for (const auto& [name, target] : targets.sites)
        if (result.grouped_by(GroupField::site) && !sites.contains(fold_case(name)))
            unmatched.push_back(name);
    for (const auto& [name, target] : targets.clusters)
        if (result.grouped_by(GroupField::cluster) && !clusters.contains(fold_case(name)))
            unmatched.push_back(name);
    return unmatched;
}

}  // namespace ipskit::outcomes
