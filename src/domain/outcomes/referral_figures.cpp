#include "domain/outcomes/referral_figures.hpp"

#include <array>
#include <map>

#include "domain/outcomes/suppression.hpp"

namespace ipskit::outcomes {

namespace {

// The cells of one row: the four counts shown and the started courses
// without a job or education, which is never shown but is a part of a sum.
enum Cell : std::size_t { kReferred, kStarted, kNotStarted, kJob, kOtherStarted, kCells };
using RowCells = std::array<std::size_t, kCells>;

RowCells add_row(SuppressionGrid& grid, const ReferralTally& t) {
    RowCells cells{};
    cells[kReferred] = grid.add(t.referred);
    cells[kStarted] = grid.add(t.started);
    cells[kNotStarted] = grid.add(t.not_started());
    cells[kJob] = grid.add(t.job_or_education);
    cells[kOtherStarted] = grid.add(t.started - t.job_or_education);
    grid.add_sum({cells[kStarted], cells[kNotStarted]}, cells[kReferred]);
    grid.add_sum({cells[kJob], cells[kOtherStarted]}, cells[kStarted]);
    return cells;
}

void add_column_sums(SuppressionGrid& grid, const std::vector<RowCells>& parts, const RowCells& whole) {
    for (std::size_t c = 0; c < kCells; ++c) {
        std::vector<std::size_t> column;
        for (const auto& part : parts) column.push_back(part[c]);
        grid.add_sum(std::move(column), whole[c]);
    }
}

ReferralFigureRow figure_row(const SuppressionGrid& grid, const RowCells& cells, const ReferralTally& t,
                             long threshold) {
    const auto count = [&](Cell c) { return CountFigure{grid.count(cells[c]), grid.mark(cells[c])}; };
    ReferralFigureRow row{count(kReferred), count(kStarted), count(kNotStarted), count(kJob), {}, {}, {}};
    row.started_share = share_of(t.started, t.referred, mark_of(row.started.mark, row.referred.mark));
    row.job_or_education_share =
        share_of(t.job_or_education, t.referred, mark_of(row.job_or_education.mark, row.referred.mark));
    const bool few_days = threshold > 0 && t.days_to_start.n() < threshold;
    const Mark days_mark = row.started.hidden() ? row.started.mark : few_days ? Mark::small : Mark::shown;
    row.days_to_start = days_figure(t.days_to_start, days_mark, threshold > 0);
    return row;
}

}  // namespace

ReferralFigures compute_referral_figures(const ReferralResult& result, long t) {
    SuppressionGrid grid;
    std::vector<RowCells> cells;
    for (const auto& row : result.rows) cells.push_back(add_row(grid, row.tally));
    const RowCells total = add_row(grid, result.total);
    // Each subtotal sums the departments above it since the last subtotal;
    // the total sums the subtotals, or without --by the departments.
    std::vector<RowCells> departments, subtotals;
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        if (!result.rows[i].subtotal) {
            departments.push_back(cells[i]);
            continue;
        }
        add_column_sums(grid, departments, cells[i]);
        subtotals.push_back(cells[i]);
        departments.clear();
    }
    add_column_sums(grid, result.by.empty() ? departments : subtotals, total);
    grid.apply(t);
    ReferralFigures figures;
    for (std::size_t i = 0; i < result.rows.size(); ++i)
        figures.rows.push_back(figure_row(grid, cells[i], result.rows[i].tally, t));
    figures.total = figure_row(grid, total, result.total, t);
    const long before = result.total.start_before_referral;
    figures.start_before_referral = {before, t > 0 && before < t ? Mark::small : Mark::shown};
    return figures;
}

}  // namespace ipskit::outcomes
