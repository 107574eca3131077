#include "writers/reports/referral_table.hpp"

#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"
#include "writers/reports/referral_labels.hpp"

namespace ipskit::writers::reports {

namespace {

namespace labels = referral_labels;
using outcomes::ReferralFigureRow;

std::vector<doc::Column> columns(const outcomes::ReferralResult& result, Lang lang) {
    std::vector<doc::Column> out;
    for (const auto field : result.by) out.push_back(group_column(field, result.attributes, lang));
    out.insert(out.end(), {{"department", labels::kDepartment.in(lang)},
                           {"referred", labels::kReferred.in(lang)},
                           {"started", labels::kStarted.in(lang)},
                           {"started_share", labels::kStartedShare.in(lang)},
                           {"not_started", labels::kNotStarted.in(lang)},
                           {"job_or_education", labels::kJobOrEducation.in(lang)},
                           {"job_or_education_share", labels::kJobShare.in(lang)},
                           {"median_days_to_start", labels::kMedianDays.in(lang)},
                           {"q1_days_to_start", labels::kQ1Days.in(lang)},
                           {"q3_days_to_start", labels::kQ3Days.in(lang)}});
    return out;
}

doc::Cell days_cell(const outcomes::DaysFigure& days, std::optional<double> value, long threshold) {
    if (days.n.hidden()) return hidden_cell(days.n.mark, threshold);
    return value ? doc::Cell::of_number(*value, 0) : doc::Cell::blank();
}

void add_figures(std::vector<doc::Cell>& row, const ReferralFigureRow& f, const OutcomesReportOptions& o) {
    const long t = o.suppress_below;
    row.insert(row.end(),
               {count_cell(f.referred, t), count_cell(f.started, t),
                share_cell(f.started_share, t, o.decimals), count_cell(f.not_started, t),
                count_cell(f.job_or_education, t), share_cell(f.job_or_education_share, t, o.decimals),
                days_cell(f.days_to_start, f.days_to_start.median, t),
                days_cell(f.days_to_start, f.days_to_start.q1, t),
                days_cell(f.days_to_start, f.days_to_start.q3, t)});
}

// A group's values, then the department: "(not given)" for an empty one, and
// for a subtotal "All departments" as a label without a value.
std::vector<doc::Cell> key_cells(const outcomes::ReferralResult& result, const outcomes::ReferralRow& row,
                                 Lang lang) {
    std::vector<doc::Cell> cells;
    for (std::size_t f = 0; f < result.by.size(); ++f)
        cells.push_back(row.key[f].empty() ? doc::Cell::undefined(group_value({}, result.by[f], lang))
                                           : doc::Cell::of_text(row.key[f]));
    if (row.subtotal)
        cells.push_back(doc::Cell::undefined(labels::kSubtotal.in(lang)));
    else
        cells.push_back(row.key.back().empty() ? doc::Cell::undefined(labels::kNotGiven.in(lang))
                                               : doc::Cell::of_text(row.key.back()));
    return cells;
}

void add_notes(doc::Table& table, const outcomes::ReferralResult& result,
               const outcomes::ReferralFigures& figures, const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    table.notes.push_back(labels::kCountedNote.in(lang));
    table.notes.push_back(labels::kDaysNote.in(lang));
    for (const auto field : result.by)
        if (field == outcomes::GroupField::year) table.notes.push_back(labels::kYearNote.in(lang));
    const auto note = [&](long n, const Text& one, const Text& many) {
        if (n > 0) table.notes.push_back(format_text(util::by_count(n, one, many).in(lang), n));
    };
    note(result.without_referral_date, labels::kWithoutDateNoteOne, labels::kWithoutDateNote);
    note(result.referred_outside_period, labels::kOutsideNoteOne, labels::kOutsideNote);
    const auto& before = figures.start_before_referral;
    if (before.n > 0)
        table.notes.push_back(
            format_text(counted(before, labels::kBeforeNoteOne, labels::kBeforeNote).in(lang),
                        count_text(before, o.suppress_below)));
    if (o.suppress_below > 0) table.notes.push_back(suppression_note(o));
}

}  // namespace

doc::Table referral_table(const outcomes::ReferralResult& result, const outcomes::ReferralFigures& figures,
                          const OutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table table{"referral_path", labels::kTitle.in(lang), columns(result, lang), {}, {}, {}};
    for (std::size_t i = 0; i < result.rows.size(); ++i) {
        auto row = key_cells(result, result.rows[i], lang);
        add_figures(row, figures.rows[i], o);
        table.add_row(std::move(row), result.rows[i].subtotal);
    }
    std::vector<doc::Cell> total(result.by.size(), doc::Cell::blank());
    total.push_back(doc::Cell::undefined(labels::kTotal.in(lang)));
    add_figures(total, figures.total, o);
    table.add_row(std::move(total), true);
    add_notes(table, result, figures, o);
    return table;
}

}  // namespace ipskit::writers::reports
