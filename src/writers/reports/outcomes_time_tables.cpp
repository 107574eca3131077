// The tables after the closed-course table: time from start, the cohort
// view, capacity and caseloads.

#include "util/plural.hpp"
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
// a hidden count are hidden with it, under its marker.
std::vector<doc::Cell> time_row(const std::string& id, const std::string& label,
                                const outcomes::DaysFigure& days, long threshold) {
    std::vector<doc::Cell> row = {doc::Cell::of_choice(id, label), count_cell(days.n, threshold)};
    if (days.n.hidden()) {
        for (int i = 0; i < 6; ++i) row.push_back(hidden_cell(days.n.mark, threshold));
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

doc::Table time_table(const OutcomeResult&, const outcomes::OutcomeFigures& figures,
                      const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
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
    auto outcome_row = time_row("start_to_job_or_education", kToOutcome.in(lang),
                                figures.days_to_outcome.front(), o.suppress_below);
    outcome_row.push_back(doc::Cell::blank());
    table.add_row(std::move(outcome_row));
    const auto& contact = figures.days_to_contact;
    auto contact_row =
        time_row("start_to_first_employer_contact", kToContact.in(lang), contact, o.suppress_below);
    contact_row.push_back(contact.n.hidden() ? hidden_cell(contact.n.mark, o.suppress_below)
                          : contact.within_30_mark != outcomes::Mark::shown
                              ? hidden_cell(contact.within_30_mark, o.suppress_below)
                          : contact.share_within_30
                              ? doc::Cell::of_percent(*contact.share_within_30, o.decimals)
                              : doc::Cell::blank());
    table.add_row(std::move(contact_row));
    const long t = o.suppress_below;
    const auto& total = figures.closed.front().counts;
    table.notes = {format_text(kToOutcomeRule.in(lang), count_text(total[outcomes::kJobOrEducationColumn], t),
                               count_text(figures.outcome_without_date, t)),
                   format_text(kToContactRule.in(lang), count_text(total[outcomes::kAllColumn], t),
                               count_text(figures.without_contact, t)),
                   kTimeMethod.in(lang)};
    if (t > 0) table.notes.push_back(suppression_note(o));
    return table;
}

doc::Table cohort_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                        const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
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
        table.add_row({doc::Cell::of_int(f.months), doc::Cell::of_int(f.days),
                       share_cell(counts.cumulative, t, o.decimals), count_cell(counts.at_risk, t),
                       count_cell(counts.full_follow_up, t),
                       share_cell(counts.full_follow_up_share, t, o.decimals)});
    }
    table.notes = {
        format_text(kCohortRule.in(lang), count_text(figures.cohort_courses, t),
                    count_text(figures.cohort_outside_period, t), count_text(figures.cohort_after_as_of, t)),
        format_text(kCohortMethod.in(lang), date_text(o.as_of, lang)), kFullFollowUpRule.in(lang)};
    if (t > 0) table.notes.push_back(suppression_note(o));
    for (const auto& f : result.total.cohort)
        if (!f.cumulative.value)
            table.notes.push_back(
                format_text(util::by_count(f.months, kCohortUndefinedOne, kCohortUndefined).in(lang),
                            std::to_string(f.months), f.cumulative.undefined_reason.in(lang), ""));
    return table;
}

doc::Table capacity_table(const OutcomeResult&, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    const long t = o.suppress_below;
    doc::Table table{"capacity", kCapacityTitle.in(lang), {}, {}, {}, {}};
    table.columns = {{"measure", kMeasure.in(lang)}, {"n", kCount.in(lang)}};
    table.add_row({doc::Cell::of_choice("active_courses", kActiveCourses.in(lang)),
                   count_cell(figures.active_at_capacity_day, t)});
    table.add_row({doc::Cell::of_choice("in_aftercare", kInAftercare.in(lang)),
                   count_cell(figures.aftercare_at_capacity_day, t)});
    table.notes.push_back(o.capacity_day.empty()
                              ? kCapacityOpenRule.in(lang)
                              : format_text(kCapacityRule.in(lang), date_text(o.capacity_day, lang)));
    if (t > 0) table.notes.push_back(suppression_note(o));
    return table;
}

// Consultants are staff, so their initials are shown; their caseloads are
// counts of participants, suppressed as every other count.
doc::Table caseload_table(const OutcomeResult& result, const outcomes::OutcomeFigures& figures,
                          const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"caseloads", kCaseloadTitle.in(lang), {}, {}, {}, {}};
    // The total's maximum in targets.yaml, when it is not --max-caseload, is shown on every row.
    const bool own_max = figures.max_caseload_by_group;
    table.columns = {{"consultant", kConsultant.in(lang)}, {"active", kActiveCourses.in(lang)}};
    if (own_max) table.columns.push_back({"max_caseload", kMaxCaseload.in(lang)});
    table.columns.push_back({"above_max", kAboveMax.in(lang)});
    for (std::size_t i = 0; i < result.caseloads.size(); ++i) {
        const auto& load = result.caseloads[i];
        const auto& above = figures.above_max_caseload[i];
        std::vector<doc::Cell> row{doc::Cell::of_text(load.consultant),
                                   count_cell(figures.caseloads[i], o.suppress_below)};
        if (own_max) row.push_back(doc::Cell::of_int(figures.max_caseload));
        row.push_back(  // A hidden load hides its flag too, even a "no" that would reveal little.
            !above || figures.caseloads[i].hidden()
                ? hidden_cell(figures.caseloads[i].mark, o.suppress_below)
                : doc::Cell::of_flag(*above, *above ? kYes.in(lang) : std::string()));
        table.add_row(std::move(row));
    }
    table.notes.push_back(format_text(
        (own_max ? counted(figures.without_consultant, kCaseloadGroupRuleOne, kCaseloadGroupRule)
                 : counted(figures.without_consultant, kCaseloadRuleOne, kCaseloadRule))
            .in(lang),
        std::to_string(o.max_caseload), count_text(figures.without_consultant, o.suppress_below)));
    if (!o.capacity_day.empty())
        table.notes.push_back(format_text(kCapacityRule.in(lang), date_text(o.capacity_day, lang)));
    if (o.suppress_below > 0) table.notes.push_back(suppression_note(o));
    return table;
}

}  // namespace ipskit::writers::reports
