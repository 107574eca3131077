#include "domain/outcomes/trend_figures.hpp"

#include <map>
#include <string>

#include "domain/outcomes/suppression.hpp"

namespace ipskit::outcomes {

namespace {

// One count per row (0 the total, i + 1 the groups), with the sums that
// nested groups make: each group's members add up to its subtotal, the top
// groups to the total.
template <typename CountOf>
std::vector<CountFigure> suppressed_column(const OutcomeResult& result, long threshold, CountOf count_of) {
    SuppressionGrid grid;
    std::vector<std::size_t> cells{grid.add(count_of(result.total.stats))};
    std::map<std::vector<std::string>, std::size_t> row_of_key{{{}, 0}};
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        cells.push_back(grid.add(count_of(result.groups[i].stats)));
        row_of_key[result.groups[i].key] = i + 1;
    }
    std::map<std::size_t, std::vector<std::size_t>> parts_of;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const auto& key = result.groups[i].key;
        const std::vector<std::string> parent(key.begin(), key.end() - 1);
        parts_of[row_of_key.at(parent)].push_back(cells[i + 1]);
    }
    for (auto& [parent, parts] : parts_of) grid.add_sum(parts, cells[parent]);
    grid.apply(threshold);
    std::vector<CountFigure> column;
    for (std::size_t cell : cells) column.push_back({grid.count(cell), grid.mark(cell)});
    return column;
}

}  // namespace

TrendFigures compute_trend(const std::vector<OutcomeResult>& results,
                           const std::vector<OutcomeFigures>& figures, long suppress_below) {
    TrendFigures trend;
    for (std::size_t p = 0; p < results.size(); ++p) {
        const OutcomeResult& result = results[p];
        const auto started =
            suppressed_column(result, suppress_below, [](const GroupStats& s) { return s.started; });
        auto active = suppressed_column(result, suppress_below,
                                        [](const GroupStats& s) { return s.active_at_capacity_day; });
        // The capacity table shows the total as its own grid decided; the
        // trend must not show what that table hides.
        if (figures[p].active_at_capacity_day.hidden()) active[0] = figures[p].active_at_capacity_day;
        std::vector<TrendCell> row_cells;
        for (std::size_t row = 0; row <= result.groups.size(); ++row) {
            const ClosedRow& closed = figures[p].closed[row];
            row_cells.push_back({started[row], closed.counts[kAllColumn],
                                 closed.counts[kJobOrEducationColumn], closed.shares[kJobOrEducationColumn],
                                 active[row]});
        }
        trend.cells.push_back(std::move(row_cells));
    }
    return trend;
}

}  // namespace ipskit::outcomes
