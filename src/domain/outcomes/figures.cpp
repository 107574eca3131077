#include "domain/outcomes/figures.hpp"

#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include <climits>

#include "domain/outcomes/suppression.hpp"

namespace ipskit::outcomes {

namespace {

// The target as a fraction numerator / denominator of a whole, from its
// percent to the nearest millionth of a percent, in lowest terms: 55 % is
// 11/20, so the products below stay small.
struct Fraction {
    long long numerator;
    long long denominator;
};

Fraction fraction_of_percent(double percent) {
    constexpr long long kMillionthsOfWhole = 100'000'000;
    const long long millionths = std::llround(percent * 1'000'000.0);
    const long long divisor = std::gcd(millionths, kMillionthsOfWhole);
    return {millionths / divisor, kMillionthsOfWhole / divisor};
}

std::array<long, kClosedColumns> counts_of(const OutcomeCounts& c) {
    return {c.of(Outcome::job), c.of(Outcome::flexjob), c.of(Outcome::education), c.of(Outcome::other),
            c.total(),          c.job_or_education()};
}

// The suppression grid of the closed-course counts: row 0 is the overall
// total, row i + 1 is result.groups[i]. Sums run along each row (outcomes
// add up to the total) and down each column (groups add up to their
// subtotal or the total).
class ClosedGrid {
public:
    ClosedGrid(const OutcomeResult& result, long threshold) {
        add_row(result.total.stats.closed);
        for (const auto& g : result.groups) add_row(g.stats.closed);
        add_column_sums(result);
        grid_.apply(threshold);
    }
    CountFigure count(std::size_t row, std::size_t column) const {
        const std::size_t cell = cells_[row][column];
        return {grid_.count(cell), grid_.hidden(cell)};
    }

private:
    void add_row(const OutcomeCounts& counts) {
        std::array<std::size_t, kClosedColumns> cells{};
        const auto values = counts_of(counts);
        for (std::size_t c = 0; c < kClosedColumns; ++c) cells[c] = grid_.add(values[c]);
        grid_.add_sum(
            {cells[kJobColumn], cells[kFlexjobColumn], cells[kEducationColumn], cells[kOtherColumn]},
            cells[kAllColumn]);
        grid_.add_sum({cells[kJobColumn], cells[kFlexjobColumn], cells[kEducationColumn]},
                      cells[kJobOrEducationColumn]);
        grid_.add_sum({cells[kJobOrEducationColumn], cells[kOtherColumn]}, cells[kAllColumn]);
        cells_.push_back(cells);
    }
    void add_column_sums(const OutcomeResult& result) {
        std::map<std::vector<std::string>, std::size_t> row_of_key{{{}, 0}};
        for (std::size_t i = 0; i < result.groups.size(); ++i) row_of_key[result.groups[i].key] = i + 1;
        std::map<std::size_t, std::vector<std::size_t>> children;
        for (std::size_t i = 0; i < result.groups.size(); ++i) {
            const auto& key = result.groups[i].key;
            const std::vector<std::string> parent(key.begin(), key.end() - 1);
            children[row_of_key.at(parent)].push_back(i + 1);
        }
        for (const auto& [parent, rows] : children)
            for (std::size_t c = 0; c < kClosedColumns; ++c) {
                std::vector<std::size_t> parts;
                for (std::size_t r : rows) parts.push_back(cells_[r][c]);
                grid_.add_sum(parts, cells_[parent][c]);
            }
    }

    SuppressionGrid grid_;
    std::vector<std::array<std::size_t, kClosedColumns>> cells_;
};

ClosedRow closed_row(const ClosedGrid& grid, std::size_t row, double target_percent) {
    ClosedRow figures;
    for (std::size_t c = 0; c < kClosedColumns; ++c) figures.counts[c] = grid.count(row, c);
    const CountFigure all = figures.counts[kAllColumn];
    // A share reveals its count when the total is shown, and the total when
    // the count is: it is hidden with either.
    for (std::size_t c = 0; c < kClosedColumns; ++c)
        figures.shares[c] = share_of(figures.counts[c].n, all.n, figures.counts[c].hidden || all.hidden);
    figures.target_met = target_met(figures.counts[kJobOrEducationColumn].n, all.n, target_percent);
    return figures;
}

std::vector<CohortRow> cohort_rows(const std::vector<HorizonFigure>& horizons, long t) {
    std::vector<CohortRow> rows;
    for (const auto& f : horizons) {
        const bool few = f.full_follow_up < t || f.full_follow_up_success < t;
        rows.push_back({{f.at_risk, f.at_risk < t},
                        {f.full_follow_up, f.full_follow_up < t},
                        share_of(f.full_follow_up_success, f.full_follow_up, few)});
    }
    return rows;
}

}  // namespace

std::optional<bool> target_met(long successes, long all, double target_percent) {
    if (all <= 0) return std::nullopt;
    const auto [numerator, denominator] = fraction_of_percent(target_percent);
    const auto k = static_cast<long long>(successes), n = static_cast<long long>(all);
    // successes / all >= numerator / denominator, cross-multiplied. Counts
    // too large for the exact products (beyond any register of courses)
    // fall back to long double.
    if (numerator == 0) return true;
    if (k > LLONG_MAX / denominator || n > LLONG_MAX / numerator)
        return static_cast<long double>(k) * static_cast<long double>(denominator) >=
               static_cast<long double>(numerator) * static_cast<long double>(n);
    return k * denominator >= numerator * n;
}

ShareFigure share_of(long n, long of, bool hidden) {
    ShareFigure share{hidden, std::nullopt, std::nullopt};
    if (hidden || of == 0) return share;
    share.value = static_cast<double>(n) / static_cast<double>(of);
    share.ci = stats::wilson_interval(n, of);
    return share;
}

DaysFigure days_figure(const stats::IntHistogram& days, long suppress_below) {
    DaysFigure figure;
    figure.n = {days.n(), days.n() < suppress_below};
    if (figure.n.hidden || days.empty()) return figure;
    figure.mean = days.mean();
    figure.median = days.quantile(0.5);
    figure.q1 = days.quantile(0.25);
    figure.q3 = days.quantile(0.75);
    figure.share_within_30 = days.share_at_most(30);
    return figure;
}

OutcomeFigures compute_figures(const OutcomeResult& result, const FigureRules& rules) {
    const long t = rules.suppress_below;
    OutcomeFigures figures;
    const ClosedGrid grid(result, t);
    for (std::size_t row = 0; row <= result.groups.size(); ++row) {
        figures.closed.push_back(closed_row(grid, row, rules.target_percent));
        const auto& group = row == 0 ? result.total : result.groups[row - 1];
        figures.days_to_outcome.push_back(days_figure(group.stats.days_to_outcome, t));
    }
    const auto& s = result.total.stats;
    figures.days_to_contact = days_figure(s.days_to_contact, t);
    figures.cohort = cohort_rows(result.total.cohort, t);
    figures.active_at_capacity_day = {s.active_at_capacity_day, s.active_at_capacity_day < t};
    figures.aftercare_at_capacity_day = {s.aftercare_at_capacity_day, s.aftercare_at_capacity_day < t};
    for (const auto& load : result.caseloads)
        figures.above_max_caseload.push_back(load.active > rules.max_caseload);
    return figures;
}

}  // namespace ipskit::outcomes
