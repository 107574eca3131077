// The evaluation report, as Hjørring's annual evaluation reads: closed
// courses by outcome (outcomes as rows and, with --by, the groups as
// columns, so that thirteen municipalities fit a page), job or education
// against the target, the time to it in days and years, the cohort view,
// capacity and caseloads, what was counted and left out, the published
// figures to compare with, and the socio-economic estimate. The outcomes
// tables are those of `ipskit outcomes`, from the same figures.

#include <fmt/format.h>

#include "domain/date.hpp"
#include "writers/charts/chart_frame.hpp"
#include "writers/charts/charts.hpp"
#include "writers/reports/label_columns.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_periods_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"
#include "writers/reports/referral_table.hpp"
#include "writers/reports/report.hpp"
#include "writers/reports/report_labels.hpp"

namespace ipskit::writers::reports {

namespace labels = report_labels;

namespace {

using outcomes::kAllColumn;
using outcomes::kClosedColumns;
using outcomes::Outcome;

// The groups shown as columns: every group of the full breakdown that has
// a closed course (the others would be columns of zeros), with its index
// into the figures.
std::vector<std::pair<std::string, std::size_t>> group_columns(const ReportParts& p) {
    std::vector<std::pair<std::string, std::size_t>> columns;
    const auto& result = *p.outcomes;
    for (std::size_t i = 0; i < result.groups.size(); ++i) {
        const auto& g = result.groups[i];
        if (g.key.size() < result.by.size() || g.stats.closed.total() == 0) continue;
        std::vector<std::string> names;
        for (std::size_t f = 0; f < g.key.size(); ++f)
            names.push_back(group_value(g.key[f], result.by[f], p.lang));
        columns.emplace_back(fmt::format("{}", fmt::join(names, " / ")), i + 1);
    }
    return columns;
}

std::string fields_name(const ReportParts& p) {
    std::vector<std::string> names;
    for (auto field : p.outcomes->by)
        names.push_back(group_field_name(field, p.outcomes->attributes).in(p.lang));
    std::string text = fmt::format("{}", fmt::join(names, " / "));
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

// Outcomes as rows, groups as columns: counts, or shares.
doc::Table by_group_table(const ReportParts& p, bool shares) {
    const Lang lang = p.lang;
    const OutcomesReportOptions& o = *p.outcome_options;
    const auto columns = group_columns(p);
    doc::Table t{
        shares ? "outcome_shares_by_group" : "outcome_counts_by_group",
        fmt::format(fmt::runtime((shares ? labels::kByGroupShares : labels::kByGroupCounts).in(lang)),
                    fields_name(p)),
        {},
        {},
        {},
        {}};
    t.columns.push_back({"outcome", kOutcome.in(lang)});
    for (std::size_t c = 0; c < columns.size(); ++c)
        t.columns.push_back({fmt::format("group_{}", c + 1), columns[c].first});
    t.columns.push_back({"total", kTotal.in(lang)});
    const std::array<const Text*, kClosedColumns> names = {&outcome_name(Outcome::job),
                                                           &outcome_name(Outcome::flexjob),
                                                           &outcome_name(Outcome::education),
                                                           &outcome_name(Outcome::other),
                                                           &kTotal,
                                                           &kJobOrEducation};
    for (std::size_t row = 0; row < kClosedColumns; ++row) {
        std::vector<doc::Cell> cells{doc::Cell::of_text(names[row]->in(lang))};
        const auto cell = [&](std::size_t index) {
            const outcomes::ClosedRow& closed = p.figures->closed[index];
            return shares ? share_cell(closed.shares[row], o.suppress_below, o.decimals)
                          : count_cell(closed.counts[row], o.suppress_below);
        };
        for (const auto& column : columns) cells.push_back(cell(column.second));
        cells.push_back(cell(0));
        t.add_row(std::move(cells), row == kAllColumn);
    }
    if (o.suppress_below > 0) t.notes.push_back(suppression_note(o));
    return t;
}

doc::Cell years_cell(std::optional<double> years) {
    return years ? doc::Cell::of_number(*years, 2) : doc::Cell::blank();
}

doc::Table years_table(const ReportParts& p) {
    const Lang lang = p.lang;
    const outcomes::DaysFigure& days = p.figures->days_to_outcome.front();
    const long threshold = p.outcome_options->suppress_below;
    doc::Table t{"time_in_years", labels::kYearsTitle.in(lang), {}, {}, {}, {labels::kYearsNote.in(lang)}};
    add_columns(t, {{"measure", &labels::kMeasureColumn}, {"years", &labels::kYears}}, lang);
    const outcomes::YearsFigure years = outcomes::years_figure(days);
    const std::pair<const Text*, std::optional<double>> rows[] = {{&labels::kMean, years.mean},
                                                                  {&labels::kMedian, years.median},
                                                                  {&labels::kQ1, years.q1},
                                                                  {&labels::kQ3, years.q3}};
    for (const auto& [label, value] : rows)
        t.add_row({doc::Cell::of_text(label->in(lang)),
                   days.n.hidden() ? hidden_cell(days.n.mark, threshold) : years_cell(value)});
    return t;
}

doc::Cell percent_or_blank(std::optional<double> percent) {
    return percent ? doc::Cell::of_percent(*percent / 100, 1) : doc::Cell::blank();
}

void add_comparison(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    d.blocks.push_back(doc::Heading{2, labels::kComparisonHeading.in(lang)});
    d.blocks.push_back(doc::Paragraph{labels::kComparisonIntro.in(lang)});
    doc::Table t{"comparison", "", {}, {}, {}, {}};
    add_columns(t,
                {{"study", &labels::kStudy},
                 {"with_ips", &labels::kWithIps},
                 {"control", &labels::kControl},
                 {"measure", &labels::kMeasureColumn},
                 {"source", &labels::kSource}},
                lang);
    for (const ComparisonFigure& c : p.settings->comparisons)
        t.add_row({doc::Cell::of_text(c.study.in(lang)), percent_or_blank(c.ips_percent),
                   percent_or_blank(c.control_percent), doc::Cell::of_text(c.measure.in(lang)),
                   doc::Cell::of_text(c.source.in(lang))});
    d.blocks.push_back(std::move(t));
}

std::string money(double x, Lang lang) {
    // Whole kroner, thousands grouped as the reader's language groups them.
    std::string digits = fmt::format("{:.0f}", x);
    const char mark = lang == Lang::da ? '.' : ',';
    for (int i = static_cast<int>(digits.size()) - 3; i > 0 && digits[static_cast<std::size_t>(i) - 1] != '-';
         i -= 3)
        digits.insert(static_cast<std::size_t>(i), 1, mark);
    return digits;
}

void add_estimate(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const outcomes::GainEstimate& e = *p.estimate;
    d.blocks.push_back(doc::Heading{2, labels::kEstimateHeading.in(lang)});
    if (!e.total) {
        d.blocks.push_back(doc::Paragraph{labels::kEstimateHidden.in(lang)});
        return;
    }
    // The sentence ends with the source; a source ending in "kr." ends it already.
    std::string source = p.settings->gain_source.in(lang);
    while (!source.empty() && (source.back() == '.' || source.back() == ' ')) source.pop_back();
    d.blocks.push_back(doc::Paragraph{fmt::format(fmt::runtime(labels::kEstimate.in(lang)), e.courses.n,
                                                  money(e.per_course, lang), money(*e.total, lang), source)});
}

std::vector<std::string> counted(const outcomes::OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto line = [&](const Text& label, const std::string& value) {
        return label.in(lang) + ": " + date_for_reader(value, lang == Lang::da);
    };
    std::vector<std::string> lines = {
        line(kPeriod, o.period_name.empty() ? kAllClosed.in(lang) : o.period_name),
        line(kAsOf, o.as_of + " (" + (o.as_of_from_data ? kLatestDate : kAsOfOption).in(lang) + ")"),
        line(kRowsRead, std::to_string(o.rows_read)),
        line(kCoursesRead, std::to_string(result.total.stats.courses)),
        line(kRowsWithErrors, std::to_string(o.rows_with_errors))};
    if (!o.missing_columns.empty())
        lines.push_back(line(kMissingColumns, fmt::format("{}", fmt::join(o.missing_columns, ", "))));
    return lines;
}

// The shares of the chart over the periods as a table, for those who
// cannot see the chart: a group a row, a period a column, the total last.
doc::Table share_trend_table(const PeriodsReport& report, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& result = report.results.front();
    doc::Table t{"share_trend", period_labels::kShareTrendTitle.in(lang), {}, {}, {}, {}};
    for (auto field : result.by) t.columns.push_back(group_column(field, result.attributes, lang));
    for (const auto& period : report.periods)
        t.columns.push_back({period.name, period_text(period.name, lang)});
    const auto add = [&](std::size_t cell, const outcomes::GroupRow& group) {
        std::vector<doc::Cell> cells;
        add_group_cells(cells, group, result.by, lang);
        for (std::size_t p = 0; p < report.periods.size(); ++p)
            cells.push_back(share_cell(report.trend.cells[p][cell].share, o.suppress_below, o.decimals));
        t.add_row(std::move(cells), cell == 0);
    };
    // The groups the chart draws: the innermost ones, then the total.
    for (std::size_t g = 0; g < result.groups.size(); ++g)
        if (result.groups[g].key.size() == result.by.size()) add(g + 1, result.groups[g]);
    add(0, result.total);
    t.key_columns = result.by.size();
    t.notes.push_back(fmt::format(fmt::runtime(period_labels::kShareTrendNote.in(lang)),
                                  charts::percent_text(o.target, 0, lang)));
    if (o.suppress_below > 0) t.notes.push_back(suppression_note(o));
    return t;
}

// Over several periods (or with --targets): the trend and the targets
// before the latest period's tables, from the figures `outcomes` shows.
void add_periods(const ReportParts& p, doc::Document& d) {
    if (!p.periods) return;
    const Lang lang = p.lang;
    const PeriodsReport& report = *p.periods;
    if (report.periods.size() > 1) {
        d.blocks.push_back(doc::Heading{2, period_labels::kTrendTitle.in(lang)});
        doc::Table trend = trend_table(report);
        trend.title.clear();  // the heading above says it
        d.blocks.push_back(std::move(trend));
        std::vector<std::string> names;
        for (const auto& period : report.periods) names.push_back(period_text(period.name, lang));
        const OutcomesReportOptions& o = *p.outcome_options;
        const charts::OutcomeChartOptions chart{lang, o.decimals, o.suppress_below, o.target * 100};
        // The targets of targets.yaml are the same in every period; the latest's rows say them.
        std::vector<std::optional<double>> share_targets(report.results.front().groups.size() + 1);
        if (report.has_targets)
            for (const auto& target : report.targets.back()) share_targets[target.row] = target.share_target;
        d.blocks.push_back(
            charts::share_trend(report.results.front(), report.trend, names, chart, share_targets));
        d.blocks.push_back(share_trend_table(report, o));
    }
    if (report.has_targets) {
        d.blocks.push_back(doc::Heading{2, period_labels::kTargetsTitle.in(lang)});
        doc::Table targets = targets_table(report);
        targets.title.clear();
        d.blocks.push_back(std::move(targets));
        for (auto& block : below_target_words(report)) d.blocks.push_back(std::move(block));
    }
    if (report.periods.size() > 1)
        d.blocks.push_back(doc::Paragraph{fmt::format(fmt::runtime(labels::kLatestPeriod.in(lang)),
                                                      period_text(report.periods.back().name, lang))});
}

}  // namespace

void add_evaluation_chapter(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const auto& result = *p.outcomes;
    const auto& figures = *p.figures;
    const OutcomesReportOptions& o = *p.outcome_options;
    const charts::OutcomeChartOptions chart{lang, o.decimals, o.suppress_below, o.target * 100};
    const std::string period =
        p.periods && p.periods->periods.size() > 1 ? span_text(*p.periods, lang) : o.period_name;
    std::string title = fmt::format(fmt::runtime(labels::kEvaluationTitle.in(lang)), period);
    if (!p.settings->organisation.empty()) title += ": " + p.settings->organisation;
    while (!title.empty() && title.back() == ' ') title.pop_back();
    if (d.title.empty())
        d.title = title;
    else
        d.blocks.push_back(doc::Heading{1, title});
    d.blocks.push_back(doc::Heading{2, labels::kEvaluationFacts.in(lang)});
    std::vector<std::string> facts = counted(result, o);
    if (p.periods && p.periods->periods.size() > 1)
        facts.front() = period_labels::kPeriods.in(lang) + ": " + period;
    d.blocks.push_back(doc::BulletList{std::move(facts)});
    add_periods(p, d);
    d.blocks.push_back(doc::Heading{2, labels::kOutcomesHeading.in(lang)});
    doc::Table closed = closed_table(result, figures, o);
    closed.title.clear();  // the heading above says it
    d.blocks.push_back(std::move(closed));
    d.blocks.push_back(charts::outcome_distribution(figures, chart));
    if (!result.by.empty()) {
        d.blocks.push_back(by_group_table(p, false));
        d.blocks.push_back(by_group_table(p, true));
    }
    d.blocks.push_back(doc::Heading{2, labels::kTargetHeading.in(lang)});
    doc::Table target = target_table(result, figures, o);
    target.title.clear();
    d.blocks.push_back(std::move(target));
    if (!result.by.empty()) d.blocks.push_back(charts::share_by_group(result, figures, chart));
    d.blocks.push_back(doc::Heading{2, labels::kTimeHeading.in(lang)});
    d.blocks.push_back(time_table(result, figures, o));
    d.blocks.push_back(years_table(p));
    const bool by = !result.by.empty();
    if (by) d.blocks.push_back(time_by_group_table(result, figures, o));
    if (result.rules.cohort) {
        d.blocks.push_back(doc::Heading{2, labels::kCohortHeading.in(lang)});
        d.blocks.push_back(cohort_table(result, figures, o));
        d.blocks.push_back(charts::cohort_curve(result, figures, chart));
        if (by) d.blocks.push_back(cohort_by_group_table(result, figures, o));
    }
    d.blocks.push_back(doc::Heading{2, labels::kCapacityHeading.in(lang)});
    d.blocks.push_back(capacity_table(result, figures, o));
    if (by) d.blocks.push_back(capacity_by_group_table(result, figures, o));
    if (!result.caseloads.empty())
        d.blocks.push_back(by ? caseload_by_group_table(result, figures, o)
                              : caseload_table(result, figures, o));
    if (p.referrals) {
        doc::Table referrals = referral_table(*p.referrals, *p.referral_figures, o);
        d.blocks.push_back(doc::Heading{2, referrals.title});
        referrals.title.clear();  // the heading says it
        d.blocks.push_back(std::move(referrals));
    }
    add_comparison(p, d);
    add_estimate(p, d);
}

}  // namespace ipskit::writers::reports
