#include "domain/outcomes/group_figures.hpp"

#include <array>
#include <string>

#include "domain/outcomes/suppression.hpp"

namespace ipskit::outcomes {

namespace {

const GroupRow& row_of(const OutcomeResult& result, std::size_t row) {
    return row == 0 ? result.total : result.groups[row - 1];
}

std::size_t rows_of(const OutcomeResult& result) {
    return result.groups.size() + 1;
}

// Declares, for every parent row, that the `cells` of its child rows add up
// to its own.
void add_column_sums(SuppressionGrid& grid, const std::map<std::size_t, std::vector<std::size_t>>& children,
                     const std::vector<std::size_t>& cells) {
    for (const auto& [parent, rows] : children) {
        std::vector<std::size_t> parts;
        for (std::size_t r : rows) parts.push_back(cells[r]);
        grid.add_sum(std::move(parts), cells[parent]);
    }
}

CountFigure figure_of(const SuppressionGrid& grid, std::size_t cell) {
    return {grid.count(cell), grid.mark(cell)};
}

// The cohort of every row: its courses and, by horizon, those still
// followed, those with full follow-up and of them the successes and the
// others (which add up to them). Rows add up down each column; the
// overall courses with those that started outside the period or after the
// as-of date add up to every course, as the note prints them.
class CohortGrid {
public:
    CohortGrid(const OutcomeResult& result, long threshold) : threshold_(threshold) {
        std::vector<bool> in_table;
        for (std::size_t r = 0; r < rows_of(result); ++r) {
            add_row(row_of(result, r));
            in_table.push_back(r == 0 || row_of(result, r).stats.cohort.courses() > 0);
        }
        const auto children = child_rows(result, in_table);
        add_column_sums(grid_, children, courses_);
        for (std::size_t h = 0; h < result.total.cohort.size(); ++h)
            for (std::size_t k = 0; k < 4; ++k) {
                std::vector<std::size_t> column;
                for (const auto& row : horizons_) column.push_back(row[h][k]);
                add_column_sums(grid_, children, column);
            }
        const GroupStats& s = result.total.stats;
        outside_ = grid_.add(s.cohort_outside_period);
        after_ = grid_.add(s.cohort.started_after_as_of());
        grid_.add_sum({courses_[0], outside_, after_}, grid_.add(s.courses));
        grid_.apply(threshold);
    }

    CountFigure courses(std::size_t row) const { return figure_of(grid_, courses_[row]); }
    CountFigure outside() const { return figure_of(grid_, outside_); }
    CountFigure after() const { return figure_of(grid_, after_); }

    // The cumulative share is an estimate, not a count: hidden only when
    // the cohort is small, as in the overall table.
    std::vector<CohortRow> rows(const GroupRow& group, std::size_t row) const {
        std::vector<CohortRow> list;
        const Mark cohort_mark =
            is_small(group.stats.cohort.courses(), threshold_) ? Mark::small : Mark::shown;
        for (std::size_t h = 0; h < group.cohort.size(); ++h) {
            const HorizonFigure& f = group.cohort[h];
            const auto& cells = horizons_[row][h];
            ShareFigure cumulative{cohort_mark, std::nullopt, std::nullopt};
            if (cohort_mark == Mark::shown) cumulative.value = f.cumulative.value;
            const Mark share_mark = mark_of(grid_.mark(cells[2]), grid_.mark(cells[3]));
            list.push_back({cumulative, figure_of(grid_, cells[0]), figure_of(grid_, cells[1]),
                            share_of(f.full_follow_up_success, f.full_follow_up, share_mark)});
        }
        return list;
    }

private:
    void add_row(const GroupRow& group) {
        courses_.push_back(grid_.add(group.stats.cohort.courses()));
        std::vector<std::array<std::size_t, 4>> cells;
        for (const HorizonFigure& f : group.cohort) {
            const std::array<std::size_t, 4> c = {grid_.add(f.at_risk), grid_.add(f.full_follow_up),
                                                  grid_.add(f.full_follow_up_success),
                                                  grid_.add(f.full_follow_up - f.full_follow_up_success)};
            grid_.add_sum({c[2], c[3]}, c[1]);
            cells.push_back(c);
        }
        horizons_.push_back(std::move(cells));
    }

    long threshold_;
    SuppressionGrid grid_;
    std::vector<std::size_t> courses_;
    std::vector<std::vector<std::array<std::size_t, 4>>> horizons_;  // at risk, full, successes, others
    std::size_t outside_ = 0, after_ = 0;
};

// A small caseload is under a maximum of t - 1 or more, so its flag tells
// nothing; any other flag of a hidden caseload would narrow it.
std::optional<bool> above_max(const CountFigure& load, long max, const FigureRules& rules) {
    const bool known_under = load.mark == Mark::small && max >= rules.suppress_below - 1;
    if (load.hidden() && !known_under) return std::nullopt;
    return load.n > max;
}

long max_of_row(const FigureRules& rules, std::size_t row) {
    return row < rules.max_caseload_of_row.size() ? rules.max_caseload_of_row[row] : rules.max_caseload;
}

// The active courses of a row, of which in aftercare (hidden with them:
// a part bounds its whole from below), and without a consultant; the
// consultants' caseloads with those without one add up to the active.
struct CapacityCells {
    std::size_t active, aftercare, without;
    std::vector<std::size_t> loads;
};

CapacityCells add_capacity_row(SuppressionGrid& grid, const GroupStats& s, const std::vector<long>& loads,
                               bool with_loads) {
    long with_consultant = 0;
    for (long n : loads) with_consultant += n;
    CapacityCells cells{grid.add(s.active_at_capacity_day),
                        grid.add(s.aftercare_at_capacity_day),
                        grid.add(s.active_at_capacity_day - with_consultant),
                        {}};
    grid.add_follower(cells.aftercare, cells.active);
    if (!with_loads) return cells;
    std::vector<std::size_t> parts;
    for (long n : loads) cells.loads.push_back(grid.add(n)), parts.push_back(cells.loads.back());
    parts.push_back(cells.without);
    grid.add_sum(std::move(parts), cells.active);
    return cells;
}

std::vector<long> loads_of(const std::vector<ConsultantLoad>& loads) {
    std::vector<long> n;
    for (const auto& load : loads) n.push_back(load.active);
    return n;
}

// Without --by: the consultants' caseloads over the active courses.
void add_overall_capacity(OutcomeFigures& figures, const OutcomeResult& result, const FigureRules& rules) {
    SuppressionGrid grid;
    const CapacityCells cells = add_capacity_row(grid, result.total.stats, loads_of(result.caseloads), true);
    grid.apply(rules.suppress_below);
    figures.max_caseload = max_of_row(rules, 0);
    for (std::size_t r = 0; r < rules.max_caseload_of_row.size(); ++r)
        figures.max_caseload_by_group |= rules.max_caseload_of_row[r] != rules.max_caseload;
    for (std::size_t cell : cells.loads) {
        figures.caseloads.push_back(figure_of(grid, cell));
        figures.above_max_caseload.push_back(
            above_max(figures.caseloads.back(), figures.max_caseload, rules));
    }
    figures.without_consultant = figure_of(grid, cells.without);
    figures.active_at_capacity_day = figure_of(grid, cells.active);
    figures.aftercare_at_capacity_day = figure_of(grid, cells.aftercare);
}

void add_mean_caseload(GroupFigures& g, const SuppressionGrid& grid, const CapacityCells& c,
                       const std::vector<ConsultantLoad>& loads) {
    long consultants = 0;
    for (const auto& load : loads) consultants += load.active > 0 ? 1 : 0;
    g.consultants.push_back(consultants);
    // Of every active course, not only those with a consultant: the mean
    // then tells nothing the active courses and the consultants do not.
    MeanFigure mean{grid.mark(c.active), std::nullopt};
    if (mean.mark == Mark::shown && consultants > 0)
        mean.value = static_cast<double>(grid.count(c.active)) / static_cast<double>(consultants);
    g.mean_caseload.push_back(mean);
}

// Consultants with active courses in more than one group of the full breakdown.
long in_several_groups(const OutcomeResult& result) {
    std::map<std::string, int> groups;
    for (const GroupRow& row : result.groups)
        if (row.key.size() == result.by.size())
            for (const auto& load : row.caseloads) groups[load.consultant] += load.active > 0 ? 1 : 0;
    long several = 0;
    for (const auto& [consultant, n] : groups) several += n > 1 ? 1 : 0;
    return several;
}

// With --by: every row's active courses, aftercare and courses without a
// consultant add up down the columns, and each group of the full breakdown
// holds its consultants' caseloads. The overall caseloads are not shown
// then (each consultant is shown in the groups of their courses), so they
// take no part.
void add_group_capacity(OutcomeFigures& figures, const OutcomeResult& result, const FigureRules& rules) {
    SuppressionGrid grid;
    std::vector<CapacityCells> cells;
    for (std::size_t r = 0; r < rows_of(result); ++r) {
        const GroupRow& row = row_of(result, r);
        const bool leaf = r > 0 && row.key.size() == result.by.size();
        // The total row's loads are the consultants' whole caseloads.
        const auto loads = loads_of(r == 0 ? result.caseloads : row.caseloads);
        cells.push_back(add_capacity_row(grid, row.stats, loads, leaf));
    }
    const auto children = child_rows(result, std::vector<bool>(rows_of(result), true));
    for (auto member : {&CapacityCells::active, &CapacityCells::aftercare, &CapacityCells::without}) {
        std::vector<std::size_t> column;
        for (const auto& c : cells) column.push_back(c.*member);
        add_column_sums(grid, children, column);
    }
    grid.apply(rules.suppress_below);
    GroupFigures& g = figures.by_group;
    for (std::size_t r = 0; r < cells.size(); ++r) {
        const auto& c = cells[r];
        add_mean_caseload(g, grid, c, r == 0 ? result.caseloads : row_of(result, r).caseloads);
        g.active.push_back(figure_of(grid, c.active));
        g.aftercare.push_back(figure_of(grid, c.aftercare));
        g.without_consultant.push_back(figure_of(grid, c.without));
        std::vector<CaseloadFigure> loads;
        for (std::size_t cell : c.loads) {
            const CountFigure load = figure_of(grid, cell);
            const long max = max_of_row(rules, r);
            loads.push_back({load, above_max(load, max, rules), max});
        }
        g.caseloads.push_back(std::move(loads));
    }
    g.consultants_in_several_groups = in_several_groups(result);
    // The overall figures are the total row's, so they hide what it hides.
    figures.active_at_capacity_day = g.active.front();
    figures.aftercare_at_capacity_day = g.aftercare.front();
    figures.without_consultant = g.without_consultant.front();
}

}  // namespace

std::map<std::size_t, std::vector<std::size_t>> child_rows(const OutcomeResult& result,
                                                           const std::vector<bool>& in_table) {
    std::map<std::vector<std::string>, std::size_t> row_of_key{{{}, 0}};
    for (std::size_t i = 0; i < result.groups.size(); ++i) row_of_key[result.groups[i].key] = i + 1;
    std::map<std::size_t, std::vector<std::size_t>> children;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        if (!in_table[i + 1]) continue;
        const auto& key = result.groups[i].key;
        const std::vector<std::string> parent(key.begin(), key.end() - 1);
        children[row_of_key.at(parent)].push_back(i + 1);
    }
    return children;
}

void add_cohort_figures(OutcomeFigures& figures, const OutcomeResult& result, long threshold) {
    if (!result.rules.cohort) return;
    const CohortGrid grid(result, threshold);
    figures.cohort = grid.rows(result.total, 0);
    figures.cohort_courses = grid.courses(0);
    figures.cohort_outside_period = grid.outside();
    figures.cohort_after_as_of = grid.after();
    if (result.by.empty()) return;
    for (std::size_t r = 0; r < rows_of(result); ++r) {
        figures.by_group.cohort_courses.push_back(grid.courses(r));
        figures.by_group.cohort.push_back(grid.rows(row_of(result, r), r));
    }
}

void add_capacity_figures(OutcomeFigures& figures, const OutcomeResult& result, const FigureRules& rules) {
    add_overall_capacity(figures, result, rules);
    if (!result.by.empty()) add_group_capacity(figures, result, rules);
}

}  // namespace ipskit::outcomes
