// The tables after the closed-course table: time from start, the cohort
// view, capacity and caseloads.

#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using outcomes::OutcomeResult;

namespace {

constexpr double kDaysPerYear = 365.25;

doc::Cell optional_number(std::optional<double> x, int decimals, double scale = 1) {
    return x ? doc::Cell::of_number(*x / scale, decimals) : doc::Cell::blank();
}

// n, mean, median, quartiles in days; mean and median in years. Figures of
// fewer than the threshold courses are hidden with their count.
std::vector<doc::Cell> time_row(const std::string& label, const outcomes::DaysFigure& days, long threshold) {
    std::vector<doc::Cell> row = {doc::Cell::of_text(label), count_cell(days.n, threshold)};
    if (days.n.hidden) {
        for (int i = 0; i < 6; ++i) row.push_back(doc::Cell::hidden("<" + std::to_string(threshold)));
        return row;
    }
    row.push_back(optional_number(days.mean, 0));
    row.push_back(optional_number(days.median, 0));
    row.push_back(optional_number(days.q1, 0));
    row.push_back(optional_number(days.q3, 0));
    // Days to years is a change of unit, as days to percent is for shares.
    row.push_back(optional_number(days.mean, 1, kDaysPerYear));
    row.push_back(optional_number(days.median, 1, kDaysPerYear));
    return row;
}

}  // namespace

doc::Table time_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                      const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& s = result.total.stats;
    doc::Table table{"time_from_start", kTimeTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", kMeasure.in(lang)},
                     {"n", "n"},
                     {"mean_days", kMeanDays.in(lang)},
                     {"median_days", kMedianDays.in(lang)},
                     {"q1_days", kQ1Days.in(lang)},
                     {"q3_days", kQ3Days.in(lang)},
                     {"mean_years", kMeanYears.in(lang)},
                     {"median_years", kMedianYears.in(lang)},
                     {"share_within_30_days", kWithin30.in(lang)}};
    auto outcome_row = time_row(kToOutcome.in(lang), figures.days_to_outcome.front(), o.suppress_below);
    outcome_row.push_back(doc::Cell::blank());
    table.add_row(std::move(outcome_row));
    const auto& contact = figures.days_to_contact;
    auto contact_row = time_row(kToContact.in(lang), contact, o.suppress_below);
    contact_row.push_back(contact.n.hidden ? doc::Cell::hidden("<" + std::to_string(o.suppress_below))
                          : contact.share_within_30
                              ? doc::Cell::of_percent(*contact.share_within_30, o.decimals)
                              : doc::Cell::blank());
    table.add_row(std::move(contact_row));
    table.notes = {format_text(kToOutcomeRule.in(lang), s.closed.job_or_education(), s.outcome_without_date),
                   format_text(kToContactRule.in(lang), s.closed.total(), s.without_contact),
                   kTimeMethod.in(lang)};
    return table;
}

doc::Table cohort_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const auto& s = result.total.stats;
    doc::Table table{"cohort", kCohortTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"months", kMonths.in(lang)},
                     {"days", kDays.in(lang)},
                     {"cumulative_share", kCumulative.in(lang)},
                     {"at_risk", kAtRisk.in(lang)},
                     {"full_follow_up", kFullFollowUp.in(lang)},
                     {"full_follow_up_share", kFullShare.in(lang)}};
    const long t = o.suppress_below;
    for (std::size_t i = 0; i < result.total.cohort.size(); ++i) {
        const auto& f = result.total.cohort[i];
        const auto& counts = figures.cohort[i];
        table.add_row(
            {doc::Cell::of_int(f.months), doc::Cell::of_int(f.days),
             f.cumulative.value ? doc::Cell::of_percent(*f.cumulative.value, o.decimals) : doc::Cell::blank(),
             count_cell(counts.at_risk, t), count_cell(counts.full_follow_up, t),
             share_cell(counts.full_follow_up_share, t, o.decimals)});
    }
    table.notes = {format_text(kCohortRule.in(lang), s.cohort.courses(), s.cohort_outside_period,
                               s.cohort.started_after_as_of()),
                   format_text(kCohortMethod.in(lang), o.as_of), kFullFollowUpRule.in(lang)};
    for (const auto& f : result.total.cohort)
        if (!f.cumulative.value)
            table.notes.push_back(std::to_string(f.months) + ": " + f.cumulative.undefined_reason);
    return table;
}

doc::Table capacity_table(const OutcomeResult&, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const long t = o.suppress_below;
    doc::Table table{"capacity", kCapacityTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", kMeasure.in(lang)}, {"n", kCount.in(lang)}};
    table.add_row(
        {doc::Cell::of_text(kActiveCourses.in(lang)), count_cell(figures.active_at_capacity_day, t)});
    table.add_row(
        {doc::Cell::of_text(kInAftercare.in(lang)), count_cell(figures.aftercare_at_capacity_day, t)});
    table.notes.push_back(o.capacity_day.empty() ? kCapacityOpenRule.in(lang)
                                                 : format_text(kCapacityRule.in(lang), o.capacity_day));
    return table;
}

// Consultants are staff, so their initials are shown; their caseloads are
// not counts of participants and are not suppressed.
doc::Table caseload_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"caseloads", kCaseloadTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"consultant", kConsultant.in(lang)},
                     {"active", kActiveCourses.in(lang)},
                     {"above_max", kAboveMax.in(lang)}};
    for (std::size_t i = 0; i < result.caseloads.size(); ++i) {
        const auto& load = result.caseloads[i];
        table.add_row(
            {doc::Cell::of_text(load.consultant), doc::Cell::of_int(load.active),
             figures.above_max_caseload[i] ? doc::Cell::of_text(kYes.in(lang)) : doc::Cell::blank()});
    }
    table.notes.push_back(
        format_text(kCaseloadRule.in(lang), o.max_caseload, result.courses_without_consultant));
    if (!o.capacity_day.empty()) table.notes.push_back(format_text(kCapacityRule.in(lang), o.capacity_day));
    return table;
}

}  // namespace ipskit::writers::reports
