#include "domain/fidelity_outcomes.hpp"

#include <cmath>
#include <map>
#include <stdexcept>

#include "domain/collation.hpp"
#include "domain/outcomes/figures.hpp"

namespace ipskit {

namespace {

using outcomes::GroupRow;

std::map<std::string, const GroupRow*> groups_by_folded_site(const outcomes::OutcomeResult& by_site) {
    if (by_site.by.size() != 1 || by_site.by[0] != outcomes::GroupField::site)
        throw std::logic_error("fidelity_beside_outcomes: the outcomes are not grouped by site alone");
    std::map<std::string, const GroupRow*> groups;
    for (const auto& group : by_site.groups)
        if (group.key.size() == 1 && !group.key[0].empty()) groups[fold_case(group.key[0])] = &group;
    return groups;
}

SiteBesideOutcome joined(const Scale& scale, const SiteRow& site, const GroupRow& group, const SiteMap& map,
                         const std::vector<std::string>& attributes, long min_closed) {
    SiteBesideOutcome row;
    row.fidelity = &site;
    for (const auto& section : score_review(scale, *site.review).sections)
        row.section_subtotals.push_back(section.subtotal);
    for (const auto& name : attributes) row.attributes.push_back(map.attribute(site.review->site, name));
    const auto& stats = group.stats;
    row.courses = stats.courses;
    row.closed = stats.closed.total();
    row.job_or_education = stats.closed.job_or_education();
    if (row.closed > 0)
        row.share = static_cast<double>(row.job_or_education) / static_cast<double>(row.closed);
    row.days_n = stats.days_to_outcome.n();
    row.median_days = stats.days_to_outcome.quantile(0.5);
    row.in_correlation = row.closed > 0 && row.closed >= min_closed;
    return row;
}

// The correlation and the line over the sites with enough closed courses;
// each of them gets its predicted share, residual and flag.
void correlate(FidelityBesideOutcomes& result) {
    std::vector<double> totals, shares;
    std::vector<SiteBesideOutcome*> used;
    for (auto& site : result.sites) {
        if (!site.in_correlation) continue;
        totals.push_back(site.fidelity->total);
        shares.push_back(*site.share);
        used.push_back(&site);
    }
    result.correlation = stats::spearman(totals, shares);
    result.line = stats::least_squares(totals, shares);
    if (!result.line) return;
    for (std::size_t i = 0; i < used.size(); ++i) {
        used[i]->predicted_share = result.line->fitted[i];
        used[i]->standardised_residual = result.line->standardised[i];
        const auto r = result.line->standardised[i];
        if (r && *r > kFlagResidual) used[i]->flag = OutcomeFlag::above;
        if (r && *r < -kFlagResidual) used[i]->flag = OutcomeFlag::below;
    }
}

// Small-count suppression by the rules of the outcomes report. Each site is
// a row of job or education and the rest adding up to its closed courses;
// the rest is no column of the table, but closed minus job or education
// tells it, so a small rest is hidden as a cell of its own would be. The
// days n is no column either, yet the median shows whether it is of the
// threshold or more, and the notes add the days n up.
void suppress(FidelityBesideOutcomes& result, const std::vector<const GroupRow*>& groups, long threshold) {
    outcomes::SuppressionGrid grid;
    struct Cells {
        std::size_t closed, job_or_education, days_n;
    };
    std::vector<Cells> cells;
    std::vector<std::size_t> days_cells;
    for (const auto& site : result.sites) {
        const Cells c{grid.add(site.closed), grid.add(site.job_or_education), grid.add(site.days_n)};
        const std::size_t rest = grid.add(site.closed - site.job_or_education);
        grid.add_sum({c.job_or_education, rest}, c.closed);
        grid.add_follower(c.days_n, c.job_or_education);
        cells.push_back(c);
        days_cells.push_back(c.days_n);
    }
    const std::size_t with_days = grid.add(result.with_days);
    grid.add_sum(days_cells, with_days);
    const std::size_t without_site = grid.add(result.courses_without_site);
    grid.apply(threshold);
    result.with_days_mark = grid.mark(with_days);
    // Without a course that names no site there is nothing to hide.
    if (result.courses_without_site > 0) result.courses_without_site_mark = grid.mark(without_site);
    bool line_hidden = false;
    for (std::size_t i = 0; i < result.sites.size(); ++i) {
        auto& site = result.sites[i];
        site.closed_mark = grid.mark(cells[i].closed);
        site.job_or_education_mark = grid.mark(cells[i].job_or_education);
        site.share_mark = outcomes::mark_of(site.closed_mark, site.job_or_education_mark);
        // Rounded to whole days, as the outcomes report has them when it suppresses.
        const auto days =
            outcomes::days_figure(groups[i]->stats.days_to_outcome, grid.mark(cells[i].days_n), true);
        site.median_mark = days.n.mark;
        site.median_days = days.median;
        if (site.in_correlation && site.share_mark != outcomes::Mark::shown) line_hidden = true;
    }
    if (!line_hidden) return;
    result.line_mark = outcomes::Mark::protecting;
    for (auto& site : result.sites)
        site.line_figures_mark =
            site.share_mark != outcomes::Mark::shown ? site.share_mark : outcomes::Mark::protecting;
}

}  // namespace

Relation FidelityBesideOutcomes::relation() const {
    if (!correlation.rho) return Relation::not_computed;
    // A perfect order of four or more sites has no interval, and no doubt either.
    const bool perfect = !correlation.ci && correlation.n >= 4 && std::abs(*correlation.rho) >= 1;
    if (!perfect && (!correlation.ci || (correlation.ci->lower <= 0 && correlation.ci->upper >= 0)))
        return Relation::unclear;
    return *correlation.rho > 0 ? Relation::positive : Relation::negative;
}

FidelityBesideOutcomes fidelity_beside_outcomes(const SiteComparison& fidelity,
                                                const outcomes::OutcomeResult& by_site, const SiteMap& map,
                                                const FidelityOutcomeRules& rules) {
    FidelityBesideOutcomes result;
    result.attribute_names = map.attribute_names;
    result.min_closed = rules.min_closed;
    result.suppress_below = rules.suppress_below;
    std::vector<const GroupRow*> site_groups;
    for (const auto& section : fidelity.scale->sections) result.sections.push_back(&section);
    auto groups = groups_by_folded_site(by_site);
    for (const auto& site : fidelity.sites) {
        const auto found = groups.find(fold_case(site.review->site));
        if (found == groups.end()) {
            result.unmatched.push_back({site.review->site, true, site.review->file});
            continue;
        }
        result.sites.push_back(
            joined(*fidelity.scale, site, *found->second, map, result.attribute_names, rules.min_closed));
        result.with_days += result.sites.back().days_n;
        site_groups.push_back(found->second);
        groups.erase(found);
    }
    // What is left has courses and no review; listed in the extract's (the report's) order.
    for (const auto& group : by_site.groups) {
        if (group.key.size() != 1) continue;
        if (group.key[0].empty())
            result.courses_without_site += group.stats.courses;
        else if (groups.count(fold_case(group.key[0])))
            result.unmatched.push_back({group.key[0], false, {}});
    }
    // The correlation and the flags on the exact figures: they are computed
    // over the sites, not shown for anyone; suppression then decides what of
    // them a reader may see.
    correlate(result);
    if (rules.suppress_below > 0) suppress(result, site_groups, rules.suppress_below);
    return result;
}

}  // namespace ipskit
