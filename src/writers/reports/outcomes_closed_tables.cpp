// The closed-course tables: counts and shares by outcome, overall and by
// group, with small-count suppression decided once for both tables so that
// the total row hides the same cells wherever it appears.

#include <array>
#include <map>

#include "domain/outcomes/suppression.hpp"
#include "domain/stats/proportion.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using outcomes::Outcome;
using outcomes::OutcomeCounts;
using outcomes::OutcomeResult;

namespace {

// Columns of counts: the four outcomes, the total, job or education.
enum CountColumn : std::size_t {
    kJob,
    kFlexjob,
    kEducation,
    kOther,
    kAll,
    kJobOrEducationCount,
    kCountColumns
};

std::array<long, kCountColumns> counts_of(const OutcomeCounts& c) {
    return {c.of(Outcome::job), c.of(Outcome::flexjob), c.of(Outcome::education), c.of(Outcome::other),
            c.total(),          c.job_or_education()};
}

// Which counts are hidden: row 0 is the overall total, row i + 1 is
// result.groups[i]. Sums run along each row (outcomes add up to the total)
// and down each column (groups add up to their subtotal or the total).
class HiddenCounts {
public:
    HiddenCounts(const OutcomeResult& result, long threshold) {
        add_row(result.total.stats.closed);
        for (const auto& g : result.groups) add_row(g.stats.closed);
        add_column_sums(result);
        grid_.apply(threshold);
    }
    bool hidden(std::size_t row, std::size_t column) const { return grid_.hidden(cells_[row][column]); }

private:
    void add_row(const OutcomeCounts& counts) {
        std::array<std::size_t, kCountColumns> cells{};
        const auto values = counts_of(counts);
        for (std::size_t c = 0; c < kCountColumns; ++c) cells[c] = grid_.add(values[c]);
        grid_.add_sum({cells[kJob], cells[kFlexjob], cells[kEducation], cells[kOther]}, cells[kAll]);
        grid_.add_sum({cells[kJob], cells[kFlexjob], cells[kEducation]}, cells[kJobOrEducationCount]);
        grid_.add_sum({cells[kJobOrEducationCount], cells[kOther]}, cells[kAll]);
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
            for (std::size_t c = 0; c < kCountColumns; ++c) {
                std::vector<std::size_t> parts;
                for (std::size_t r : rows) parts.push_back(cells_[r][c]);
                grid_.add_sum(parts, cells_[parent][c]);
            }
    }

    outcomes::SuppressionGrid grid_;
    std::vector<std::array<std::size_t, kCountColumns>> cells_;
};

void add_ci_cells(std::vector<doc::Cell>& row, long n, long of, bool hidden, long threshold) {
    if (hidden) {
        row.push_back(doc::Cell::hidden("<" + std::to_string(threshold)));
        row.push_back(doc::Cell::hidden("<" + std::to_string(threshold)));
        return;
    }
    if (of == 0) {
        row.push_back(doc::Cell::blank());
        row.push_back(doc::Cell::blank());
        return;
    }
    const auto ci = stats::wilson_interval(n, of);
    row.push_back(doc::Cell::of_percent(ci.lower, 1));
    row.push_back(doc::Cell::of_percent(ci.upper, 1));
}

// Days from start to job or education of the group; hidden with few courses.
void add_days_cells(std::vector<doc::Cell>& row, const stats::IntHistogram& days, long threshold) {
    const bool hidden = days.n() < threshold;
    row.push_back(count_cell(days.n(), hidden, threshold));
    for (const auto& figure : {days.mean(), days.empty() ? std::nullopt : days.quantile(0.5)})
        row.push_back(hidden   ? doc::Cell::hidden("<" + std::to_string(threshold))
                      : figure ? doc::Cell::of_number(*figure, 0)
                               : doc::Cell::blank());
}

std::vector<std::string> closed_notes(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const auto& s = result.total.stats;
    const Lang lang = o.lang;
    std::vector<std::string> notes;
    notes.push_back(o.period_name.empty() ? kNoPeriodRule.in(lang)
                                          : format_text(kPeriodRule.in(lang), o.period_from, o.period_to));
    notes.push_back(format_text(kShareRule.in(lang), s.closed.total()));
    notes.push_back(format_text(kLeftOut.in(lang), s.active, s.closed_before, s.closed_after));
    if (o.rows_with_errors > 0) notes.push_back(format_text(kErrorRows.in(lang), o.rows_with_errors));
    notes.push_back(kRounding.in(lang));
    if (o.ci) notes.push_back(kCiNote.in(lang));
    if (o.suppress_below > 0) notes.push_back(format_text(kSuppressed.in(lang), o.suppress_below));
    return notes;
}

}  // namespace

doc::Table closed_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"closed_outcomes", kClosedTitle.in(lang), {}, {}, {}, closed_notes(result, o)};
    table.columns = {{"outcome", kOutcome.in(lang)}, {"n", kCount.in(lang)}, {"share", kShare.in(lang)}};
    if (o.ci)
        table.columns.insert(table.columns.end(),
                             {{"share_ci_lower", kCiLower.in(lang)}, {"share_ci_upper", kCiUpper.in(lang)}});
    const HiddenCounts hidden(result, o.suppress_below);
    const auto counts = counts_of(result.total.stats.closed);
    const long all = counts[kAll];
    auto add = [&](const std::string& label, std::size_t column, bool is_total) {
        const bool h = hidden.hidden(0, column) || hidden.hidden(0, kAll);
        std::vector<doc::Cell> row = {doc::Cell::of_text(label),
                                      count_cell(counts[column], hidden.hidden(0, column), o.suppress_below),
                                      share_cell(counts[column], all, h, o.suppress_below, o.decimals)};
        if (o.ci) add_ci_cells(row, counts[column], all, h, o.suppress_below);
        table.add_row(std::move(row), is_total);
    };
    for (Outcome outcome : outcomes::kOutcomes)
        add(outcome_name(outcome).in(lang), static_cast<std::size_t>(outcome), false);
    add(kTotal.in(lang), kAll, true);
    add(kJobOrEducation.in(lang), kJobOrEducationCount, false);
    return table;
}

doc::Table closed_by_group_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"closed_outcomes_by_group", kClosedByGroupTitle.in(lang), {}, {}, {},
                     closed_notes(result, o)};
    table.notes.insert(table.notes.begin(), kGroupTotals.in(lang));
    for (auto field : result.by)
        table.columns.push_back(
            {std::string(outcomes::group_field_key(field)), group_field_name(field).in(lang)});
    const std::array<const Text*, kCountColumns> names = {&outcome_name(Outcome::job),
                                                          &outcome_name(Outcome::flexjob),
                                                          &outcome_name(Outcome::education),
                                                          &outcome_name(Outcome::other),
                                                          &kTotal,
                                                          &kJobOrEducation};
    const std::array<std::string, kCountColumns> keys = {"job",   "flexjob", "education",
                                                         "other", "total",   "job_or_education"};
    for (std::size_t c = 0; c < kCountColumns; ++c) {
        table.columns.push_back({keys[c], names[c]->in(lang)});
        if (c == kAll) continue;
        table.columns.push_back({keys[c] + "_share", names[c]->in(lang) + " %"});
        if (o.ci)
            table.columns.insert(table.columns.end(), {{keys[c] + "_share_ci_lower", kCiLower.in(lang)},
                                                       {keys[c] + "_share_ci_upper", kCiUpper.in(lang)}});
    }
    table.columns.push_back({"target_met", kMetColumn.in(lang)});
    table.columns.insert(table.columns.end(), {{"days_n", kDaysN.in(lang)},
                                               {"days_mean", kMeanDays.in(lang)},
                                               {"days_median", kMedianDays.in(lang)}});

    const HiddenCounts hidden(result, o.suppress_below);
    auto add = [&](const outcomes::GroupRow& group, std::size_t row_index, bool is_total) {
        std::vector<doc::Cell> row;
        for (std::size_t f = 0; f < result.by.size(); ++f)
            row.push_back(doc::Cell::of_text(f < group.key.size()
                                                 ? group_value(group.key[f], result.by[f], lang)
                                             : f == group.key.size() ? kTotal.in(lang)
                                                                     : std::string()));
        const auto counts = counts_of(group.stats.closed);
        for (std::size_t c = 0; c < kCountColumns; ++c) {
            const bool h = hidden.hidden(row_index, c);
            row.push_back(count_cell(counts[c], h, o.suppress_below));
            if (c == kAll) continue;
            const bool hs = h || hidden.hidden(row_index, kAll);
            row.push_back(share_cell(counts[c], counts[kAll], hs, o.suppress_below, o.decimals));
            if (o.ci) add_ci_cells(row, counts[c], counts[kAll], hs, o.suppress_below);
        }
        const bool met = counts[kAll] > 0 && static_cast<double>(counts[kJobOrEducationCount]) >=
                                                 o.target * static_cast<double>(counts[kAll]);
        row.push_back(counts[kAll] == 0 ? doc::Cell::blank()
                                        : doc::Cell::of_text((met ? kMet : kNotMet).in(lang)));
        add_days_cells(row, group.stats.days_to_outcome, o.suppress_below);
        table.add_row(std::move(row), is_total);
    };
    // A group with no course closed in the period would be a row of zeros
    // and blanks; its courses are counted in the notes as left out.
    long empty_groups = 0;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const auto& group = result.groups[i];
        const bool subtotal = group.key.size() < result.by.size();
        if (group.stats.closed.total() == 0) {
            empty_groups += subtotal ? 0 : 1;
            continue;
        }
        add(group, i + 1, subtotal);
    }
    if (empty_groups > 0) table.notes.push_back(format_text(kEmptyGroups.in(lang), empty_groups));
    add(result.total, 0, true);
    return table;
}

doc::Table target_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& closed = result.total.stats.closed;
    const long joe = closed.job_or_education(), all = closed.total();
    doc::Table table{"target", kTargetTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", kMeasure.in(lang)},
                     {"share", kShare.in(lang)},
                     {"target", kTarget.in(lang)},
                     {"result", kResult.in(lang)}};
    const HiddenCounts hidden(result, o.suppress_below);
    const bool h = hidden.hidden(0, kJobOrEducationCount) || hidden.hidden(0, kAll);
    const bool met = all > 0 && static_cast<double>(joe) >= o.target * static_cast<double>(all);
    table.add_row({doc::Cell::of_text(kJobOrEducation.in(lang)),
                   share_cell(joe, all, h, o.suppress_below, o.decimals),
                   doc::Cell::of_percent(o.target, o.decimals),
                   all == 0 ? doc::Cell::blank() : doc::Cell::of_text((met ? kMet : kNotMet).in(lang))});
    if (!h) table.notes.push_back(format_text(kTargetRule.in(lang), joe, all));
    return table;
}

}  // namespace ipskit::writers::reports
