#include "domain/outcomes/figures.hpp"

#include <cmath>
#include <map>
#include <numeric>
#include <string>

#include <climits>

#include "domain/outcomes/group_figures.hpp"
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
// subtotal or the total). The days n of each row (courses with an outcome
// date) is one more column: it adds up down the column too, and is hidden
// whenever the row's job or education is, which bounds it. So are the
// days to the first employer contact (n of them bounded by the row's
// total), split into those within 30 days and those beyond.
class ClosedGrid {
public:
    ClosedGrid(const OutcomeResult& result, long threshold) {
        add_row(result.total);
        for (const auto& g : result.groups) add_row(g);
        add_column_sums(result);
        add_left_out(result.total.stats);
        grid_.apply(threshold);
    }
    CountFigure count(std::size_t row, std::size_t column) const { return figure(cells_[row][column]); }
    CountFigure days_n(std::size_t row) const { return figure(days_cells_[row]); }
    CountFigure contact_n(std::size_t row) const { return figure(contact_cells_[row][0]); }
    // Within 30 days and beyond: hidden when either is.
    Mark within_30_mark(std::size_t row) const {
        return mark_of(grid_.mark(contact_cells_[row][1]), grid_.mark(contact_cells_[row][2]));
    }
    // Still active, closed before, closed after the period.
    CountFigure left_out(std::size_t i) const { return figure(left_out_cells_[i]); }

private:
    CountFigure figure(std::size_t cell) const { return {grid_.count(cell), grid_.mark(cell)}; }
    void add_row(const GroupRow& group) {
        std::array<std::size_t, kClosedColumns> cells{};
        const auto values = counts_of(group.stats.closed);
        for (std::size_t c = 0; c < kClosedColumns; ++c) cells[c] = grid_.add(values[c]);
        grid_.add_sum(
            {cells[kJobColumn], cells[kFlexjobColumn], cells[kEducationColumn], cells[kOtherColumn]},
            cells[kAllColumn]);
        grid_.add_sum({cells[kJobColumn], cells[kFlexjobColumn], cells[kEducationColumn]},
                      cells[kJobOrEducationColumn]);
        grid_.add_sum({cells[kJobOrEducationColumn], cells[kOtherColumn]}, cells[kAllColumn]);
        cells_.push_back(cells);
        days_cells_.push_back(grid_.add(group.stats.days_to_outcome.n()));
        grid_.add_follower(days_cells_.back(), cells[kJobOrEducationColumn]);
        add_contact_cells(group.stats.days_to_contact, cells[kAllColumn]);
    }
    void add_contact_cells(const stats::IntHistogram& days, std::size_t closed) {
        const long n = days.n();
        const long within =
            n == 0 ? 0 : std::lround(days.share_at_most(30).value_or(0) * static_cast<double>(n));
        const std::array<std::size_t, 3> cells = {grid_.add(n), grid_.add(within), grid_.add(n - within)};
        grid_.add_sum({cells[1], cells[2]}, cells[0]);
        grid_.add_follower(cells[0], closed);
        contact_cells_.push_back(cells);
    }
    // A group with no closed course is left out of the report, and a reader
    // knows its counts are 0, so it must not count as a hidden cell of a sum.
    void add_column_sums(const OutcomeResult& result) {
        std::map<std::vector<std::string>, std::size_t> row_of_key{{{}, 0}};
        for (std::size_t i = 0; i < result.groups.size(); ++i) row_of_key[result.groups[i].key] = i + 1;
        std::map<std::size_t, std::vector<std::size_t>> children;
        for (std::size_t i = 0; i < result.groups.size(); ++i) {
            const auto& key = result.groups[i].key;
            if (result.groups[i].stats.closed.total() == 0) continue;
            const std::vector<std::string> parent(key.begin(), key.end() - 1);
            children[row_of_key.at(parent)].push_back(i + 1);
        }
        for (const auto& [parent, rows] : children) {
            for (std::size_t c = 0; c < kClosedColumns; ++c) add_column_sum(rows, parent, c);
            std::vector<std::size_t> parts;
            for (std::size_t r : rows) parts.push_back(days_cells_[r]);
            grid_.add_sum(parts, days_cells_[parent]);
            for (std::size_t k = 0; k < 3; ++k) {
                parts.clear();
                for (std::size_t r : rows) parts.push_back(contact_cells_[r][k]);
                grid_.add_sum(parts, contact_cells_[parent][k]);
            }
        }
    }
    void add_column_sum(const std::vector<std::size_t>& rows, std::size_t parent, std::size_t column) {
        std::vector<std::size_t> parts;
        for (std::size_t r : rows) parts.push_back(cells_[r][column]);
        grid_.add_sum(parts, cells_[parent][column]);
    }

    // The notes count the courses left out, and the facts every course: with
    // the closed courses they add up, so a small total of closed courses
    // would follow from them.
    void add_left_out(const GroupStats& s) {
        for (long n : {s.active, s.closed_before, s.closed_after}) left_out_cells_.push_back(grid_.add(n));
        const std::size_t courses = grid_.add(s.courses);
        std::vector<std::size_t> parts = left_out_cells_;
        parts.push_back(cells_[0][kAllColumn]);
        grid_.add_sum(parts, courses);
    }

    SuppressionGrid grid_;
    std::vector<std::array<std::size_t, kClosedColumns>> cells_;
    std::vector<std::size_t> days_cells_;
    std::vector<std::array<std::size_t, 3>> contact_cells_;  // n, within 30 days, beyond
    std::vector<std::size_t> left_out_cells_;
};

ClosedRow closed_row(const ClosedGrid& grid, std::size_t row, double target_percent) {
    ClosedRow figures;
    for (std::size_t c = 0; c < kClosedColumns; ++c) figures.counts[c] = grid.count(row, c);
    const CountFigure all = figures.counts[kAllColumn];
    // A share reveals its count when the total is shown, and the total when
    // the count is: it is hidden with either.
    for (std::size_t c = 0; c < kClosedColumns; ++c)
        figures.shares[c] = share_of(figures.counts[c].n, all.n, mark_of(figures.counts[c].mark, all.mark));
    const CountFigure joe = figures.counts[kJobOrEducationColumn];
    figures.target_mark = mark_of(joe.mark, all.mark);
    if (figures.target_mark == Mark::shown) figures.target_met = target_met(joe.n, all.n, target_percent);
    return figures;
}

// Whole days, half away from zero, as they are shown.
std::optional<double> whole_days(std::optional<double> days) {
    if (days) return std::round(*days);
    return std::nullopt;
}

// A count the notes print as the difference of two cells (e.g. without an
// outcome date = job or education - days n): shown only when both are, or
// it would tell the hidden one. Hidden, it is an x: computed from a hidden count.
CountFigure difference_figure(long n, const CountFigure& a, const CountFigure& b) {
    return {n, mark_of(a.mark, b.mark) == Mark::shown ? Mark::shown : Mark::protecting};
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

Mark mark_of(Mark a, Mark b) {
    if (a == Mark::small || b == Mark::small) return Mark::small;
    return a == Mark::shown ? b : Mark::protecting;
}

ShareFigure share_of(long n, long of, Mark mark) {
    ShareFigure share{mark, std::nullopt, std::nullopt};
    if (share.hidden() || of == 0) return share;
    share.value = static_cast<double>(n) / static_cast<double>(of);
    share.ci = stats::wilson_interval(n, of);
    return share;
}

DaysFigure days_figure(const stats::IntHistogram& days, long suppress_below) {
    return days_figure(days, is_small(days.n(), suppress_below) ? Mark::small : Mark::shown,
                       suppress_below > 0);
}

DaysFigure days_figure(const stats::IntHistogram& days, Mark mark, bool whole) {
    DaysFigure figure;
    figure.n = {days.n(), mark};
    if (figure.n.hidden() || days.empty()) return figure;
    const auto shown = [whole](std::optional<double> d) { return whole ? whole_days(d) : d; };
    figure.mean = shown(days.mean());
    figure.median = shown(days.quantile(0.5));
    figure.q1 = shown(days.quantile(0.25));
    figure.q3 = shown(days.quantile(0.75));
    figure.share_within_30 = days.share_at_most(30);
    return figure;
}

bool is_small(long n, long threshold) {
    return n < threshold;
}

CountFigure small_or_shown(long n, long threshold) {
    return {n, is_small(n, threshold) ? Mark::small : Mark::shown};
}

OutcomeFigures compute_figures(const OutcomeResult& result, const FigureRules& rules) {
    const long t = rules.suppress_below;
    OutcomeFigures figures;
    const ClosedGrid grid(result, t);
    std::vector<DaysFigure> contact;
    for (std::size_t row = 0; row <= result.groups.size(); ++row) {
        figures.closed.push_back(closed_row(grid, row, rules.target_percent));
        const auto& group = row == 0 ? result.total : result.groups[row - 1];
        figures.days_to_outcome.push_back(
            days_figure(group.stats.days_to_outcome, grid.days_n(row).mark, t > 0));
        // Days to contact: of every closed course, so hidden with the total too.
        contact.push_back(days_figure(group.stats.days_to_contact, grid.contact_n(row).mark, t > 0));
        contact.back().within_30_mark = grid.within_30_mark(row);
    }
    const auto& s = result.total.stats;
    const ClosedRow& total = figures.closed.front();
    figures.days_to_contact = contact.front();
    if (!result.by.empty()) figures.by_group.days_to_contact = std::move(contact);
    figures.outcome_without_date = difference_figure(
        s.outcome_without_date, total.counts[kJobOrEducationColumn], figures.days_to_outcome.front().n);
    figures.without_contact =
        difference_figure(s.without_contact, total.counts[kAllColumn], figures.days_to_contact.n);
    figures.still_active = grid.left_out(0);
    figures.closed_before = grid.left_out(1);
    figures.closed_after = grid.left_out(2);
    add_cohort_figures(figures, result, t);
    add_capacity_figures(figures, result, rules);
    return figures;
}

}  // namespace ipskit::outcomes
