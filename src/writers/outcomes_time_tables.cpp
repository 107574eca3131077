// The tables after the closed-course table: time from start, the cohort
// view, capacity and caseloads.

#include <cmath>

#include "writers/outcomes_labels.hpp"
#include "writers/outcomes_report_parts.hpp"

namespace ipskit::doc::outcome_parts {

namespace labels = outcome_labels;
using outcomes::OutcomeResult;

namespace {

constexpr double kDaysPerYear = 365.25;

Cell optional_number(std::optional<double> x, int decimals, double scale = 1) {
    return x ? Cell::of_number(*x / scale, decimals) : Cell::blank();
}

// n, mean, median, quartiles in days; mean and median in years. Figures of
// fewer than `threshold` courses are hidden with their count.
std::vector<Cell> time_row(const std::string& label, const stats::IntHistogram& days, long threshold) {
    const bool hidden = days.n() < threshold;
    std::vector<Cell> row = {Cell::of_text(label), count_cell(days.n(), hidden, threshold)};
    if (hidden) {
        for (int i = 0; i < 6; ++i) row.push_back(Cell::hidden("<" + std::to_string(threshold)));
        return row;
    }
    const auto median = days.empty() ? std::nullopt : days.quantile(0.5);
    row.push_back(optional_number(days.mean(), 0));
    row.push_back(optional_number(median, 0));
    row.push_back(optional_number(days.empty() ? std::nullopt : days.quantile(0.25), 0));
    row.push_back(optional_number(days.empty() ? std::nullopt : days.quantile(0.75), 0));
    row.push_back(optional_number(days.mean(), 1, kDaysPerYear));
    row.push_back(optional_number(median, 1, kDaysPerYear));
    return row;
}

}  // namespace

Table time_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& s = result.total.stats;
    Table table{"time_from_start", labels::kTimeTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", labels::kMeasure.in(lang)},
                     {"n", "n"},
                     {"mean_days", labels::kMeanDays.in(lang)},
                     {"median_days", labels::kMedianDays.in(lang)},
                     {"q1_days", labels::kQ1Days.in(lang)},
                     {"q3_days", labels::kQ3Days.in(lang)},
                     {"mean_years", labels::kMeanYears.in(lang)},
                     {"median_years", labels::kMedianYears.in(lang)},
                     {"share_within_30_days", labels::kWithin30.in(lang)}};
    auto outcome_row = time_row(labels::kToOutcome.in(lang), s.days_to_outcome, o.suppress_below);
    outcome_row.push_back(Cell::blank());
    table.add_row(std::move(outcome_row));
    auto contact_row = time_row(labels::kToContact.in(lang), s.days_to_contact, o.suppress_below);
    const auto within = s.days_to_contact.share_at_most(30);
    contact_row.push_back(s.days_to_contact.n() < o.suppress_below
                              ? Cell::hidden("<" + std::to_string(o.suppress_below))
                          : within ? Cell::of_percent(*within, o.decimals)
                                   : Cell::blank());
    table.add_row(std::move(contact_row));
    table.notes = {
        format_text(labels::kToOutcomeRule.in(lang), s.closed.job_or_education(), s.outcome_without_date),
        format_text(labels::kToContactRule.in(lang), s.closed.total(), s.without_contact),
        labels::kTimeMethod.in(lang)};
    return table;
}

Table cohort_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& s = result.total.stats;
    Table table{"cohort", labels::kCohortTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"months", labels::kMonths.in(lang)},
                     {"days", labels::kDays.in(lang)},
                     {"cumulative_share", labels::kCumulative.in(lang)},
                     {"at_risk", labels::kAtRisk.in(lang)},
                     {"full_follow_up", labels::kFullFollowUp.in(lang)},
                     {"full_follow_up_share", labels::kFullShare.in(lang)}};
    const long t = o.suppress_below;
    for (const auto& f : result.total.cohort) {
        const bool few = f.full_follow_up < t || f.full_follow_up_success < t;
        table.add_row({Cell::of_int(f.months), Cell::of_int(f.days),
                       f.cumulative.value ? Cell::of_percent(*f.cumulative.value, o.decimals) : Cell::blank(),
                       count_cell(f.at_risk, f.at_risk < t, t),
                       count_cell(f.full_follow_up, f.full_follow_up < t, t),
                       share_cell(f.full_follow_up_success, f.full_follow_up, few, t, o.decimals)});
    }
    table.notes = {format_text(labels::kCohortRule.in(lang), s.cohort.courses(), s.cohort_outside_period,
                               s.cohort.started_after_as_of()),
                   format_text(labels::kCohortMethod.in(lang), o.as_of), labels::kFullFollowUpRule.in(lang)};
    for (const auto& f : result.total.cohort)
        if (!f.cumulative.value)
            table.notes.push_back(std::to_string(f.months) + ": " + f.cumulative.undefined_reason);
    return table;
}

Table capacity_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& s = result.total.stats;
    const long t = o.suppress_below;
    Table table{"capacity", labels::kCapacityTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", labels::kMeasure.in(lang)}, {"n", labels::kCount.in(lang)}};
    table.add_row({Cell::of_text(labels::kActiveCourses.in(lang)),
                   count_cell(s.active_at_capacity_day, s.active_at_capacity_day < t, t)});
    table.add_row({Cell::of_text(labels::kInAftercare.in(lang)),
                   count_cell(s.aftercare_at_capacity_day, s.aftercare_at_capacity_day < t, t)});
    table.notes.push_back(o.capacity_day.empty()
                              ? labels::kCapacityOpenRule.in(lang)
                              : format_text(labels::kCapacityRule.in(lang), o.capacity_day));
    return table;
}

// Consultants are staff, so their initials are shown; their caseloads are
// not counts of participants and are not suppressed.
Table caseload_table(const OutcomeResult& result, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    Table table{"caseloads", labels::kCaseloadTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"consultant", labels::kConsultant.in(lang)},
                     {"active", labels::kActiveCourses.in(lang)},
                     {"above_max", labels::kAboveMax.in(lang)}};
    for (const auto& load : result.caseloads)
        table.add_row({Cell::of_text(load.consultant), Cell::of_int(load.active),
                       load.active > o.max_caseload ? Cell::of_text(labels::kYes.in(lang)) : Cell::blank()});
    table.notes.push_back(
        format_text(labels::kCaseloadRule.in(lang), o.max_caseload, result.courses_without_consultant));
    if (!o.capacity_day.empty())
        table.notes.push_back(format_text(labels::kCapacityRule.in(lang), o.capacity_day));
    return table;
}

}  // namespace ipskit::doc::outcome_parts
