// The targets of targets.yaml against what each group did: a table of every
// group with a target, period by period, and the groups below it in words.

#include <algorithm>
#include <cmath>

#include <climits>
#include <fmt/format.h>

#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_periods_labels.hpp"
#include "writers/reports/outcomes_periods_report.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

namespace pl = period_labels;

namespace {

const outcomes::GroupRow& group_of(const PeriodsReport& report, std::size_t p, std::size_t row) {
    const auto& result = report.results[p];
    return row == 0 ? result.total : result.groups[row - 1];
}

doc::Cell optional_number(const std::optional<double>& x, int decimals) {
    return x ? doc::Cell::of_number(*x, decimals) : doc::Cell::blank();
}

doc::Cell optional_percent(const std::optional<double>& x, int decimals) {
    return x ? doc::Cell::of_percent(*x, decimals) : doc::Cell::blank();
}

// "below" when short, blank when not, nothing to machines when unknown.
doc::Cell below_cell(const std::optional<bool>& below, Lang lang) {
    if (!below) return doc::Cell::blank();
    return doc::Cell::of_flag(*below, *below ? pl::kBelow.in(lang) : std::string());
}

void add_row(doc::Table& table, const PeriodsReport& report, std::size_t p, const outcomes::TargetFigure& f,
             const OutcomesReportOptions& o) {
    const long t = o.suppress_below;
    std::vector<doc::Cell> cells;
    add_group_cells(cells, group_of(report, p, f.row), report.results[p].by, o.lang);
    cells.push_back(period_cell(report.periods[p].name, o.lang));
    cells.insert(cells.end(),
                 {count_cell(f.actual.started, t), optional_number(f.expected_started, 1),
                  optional_percent(f.started_of_expected, o.decimals), below_cell(f.started_below, o.lang),
                  count_cell(f.actual.closed, t), share_cell(f.actual.share, t, o.decimals),
                  optional_percent(f.share_target, o.decimals), below_cell(f.share_below, o.lang)});
    const auto& group = group_of(report, p, f.row);
    table.add_row(std::move(cells), f.row == 0 || group.key.size() < report.results[p].by.size());
}

// A figure as the language writes it: 7.5 or 7,5.
std::string decimal_text(double x, int decimals, Lang lang) {
    std::string text = fmt::format("{:.{}f}", x, decimals);
    if (lang == Lang::da)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

std::string group_words(const PeriodsReport& report, std::size_t p, std::size_t row, Lang lang) {
    const auto& group = group_of(report, p, row);
    if (group.key.empty()) return kTotal.in(lang);
    std::vector<std::string> parts;
    for (std::size_t f = 0; f < group.key.size(); ++f)
        parts.push_back(group_value(group.key[f], report.results[p].by[f], lang));
    return fmt::format("{}", fmt::join(parts, " / "));
}

std::string shortfall_words(const outcomes::TargetFigure& f, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    std::vector<std::string> parts;
    if (f.started_below == true) {
        const Text& pattern = util::by_count(f.actual.started.n, pl::kStartedShortOne, pl::kStartedShort);
        parts.push_back(fmt::format(
            fmt::runtime(pattern.in(lang)), f.actual.started.n, decimal_text(*f.expected_started, 1, lang),
            f.started_of_expected ? decimal_text(*f.started_of_expected * 100, o.decimals, lang)
                                  : std::string("0")));
    }
    if (f.share_below == true)
        parts.push_back(fmt::format(fmt::runtime(pl::kShareShort.in(lang)),
                                    decimal_text(*f.actual.share.value * 100, o.decimals, lang),
                                    decimal_text(*f.share_target * 100, o.decimals, lang)));
    return fmt::format("{}", fmt::join(parts, pl::kAnd.in(lang)));
}

// Group after group, each with its periods, as in the trend; the total
// last. Pairs of period and figure.
std::vector<std::pair<std::size_t, const outcomes::TargetFigure*>> in_table_order(
    const PeriodsReport& report) {
    std::vector<std::size_t> rows;
    for (const auto& period : report.targets)
        for (const auto& f : period)
            if (std::find(rows.begin(), rows.end(), f.row) == rows.end()) rows.push_back(f.row);
    std::sort(rows.begin(), rows.end(),
              [](std::size_t a, std::size_t b) { return (a == 0 ? SIZE_MAX : a) < (b == 0 ? SIZE_MAX : b); });
    std::vector<std::pair<std::size_t, const outcomes::TargetFigure*>> order;
    for (std::size_t row : rows)
        for (std::size_t p = 0; p < report.targets.size(); ++p)
            for (const auto& f : report.targets[p])
                if (f.row == row) order.emplace_back(p, &f);
    return order;
}

}  // namespace

doc::Table targets_table(const PeriodsReport& report) {
    const OutcomesReportOptions& o = report.options.front();
    const Lang lang = o.lang;
    doc::Table table{"targets", pl::kTargetsTitle.in(lang), {}, {}, {}, {}};
    for (auto field : report.results.front().by)
        table.columns.push_back(group_column(field, report.results.front().attributes, lang));
    table.columns.insert(table.columns.end(), {{"period", pl::kPeriodColumn.in(lang)},
                                               {"started", pl::kStarted.in(lang)},
                                               {"expected_started", pl::kExpectedStarted.in(lang)},
                                               {"started_of_expected", pl::kStartedOfExpected.in(lang)},
                                               {"started_below", pl::kStartedBelow.in(lang)},
                                               {"closed", pl::kClosed.in(lang)},
                                               {"job_or_education_share", pl::kJobOrEducationShare.in(lang)},
                                               {"share_target", pl::kShareTarget.in(lang)},
                                               {"share_below", pl::kShareBelow.in(lang)}});
    for (const auto& [p, f] : in_table_order(report)) add_row(table, report, p, *f, o);
    const std::size_t fields = report.results.front().by.size();
    if (fields > 0) table.key_columns = fields + 1;  // the group and the period
    table.notes = {pl::kExpectedRule.in(lang), pl::kBelowRule.in(lang)};
    if (o.suppress_below > 0) table.notes.push_back(suppression_note(o));
    return table;
}

std::vector<doc::Block> below_target_words(const PeriodsReport& report) {
    const OutcomesReportOptions& o = report.options.front();
    std::vector<doc::Block> blocks{doc::Heading{3, pl::kBelowHeading.in(o.lang)}};
    doc::BulletList list;
    for (const auto& [p, f] : in_table_order(report))
        if (f->started_below == true || f->share_below == true)
            list.items.push_back(
                fmt::format(fmt::runtime(pl::kBelowItem.in(o.lang)), group_words(report, p, f->row, o.lang),
                            period_text(report.periods[p].name, o.lang), shortfall_words(*f, o)));
    if (list.items.empty())
        blocks.emplace_back(doc::Paragraph{pl::kNoneBelow.in(o.lang)});
    else
        blocks.emplace_back(std::move(list));
    return blocks;
}

}  // namespace ipskit::writers::reports
