#include "writers/reports/derive_report.hpp"

#include <fmt/format.h>

#include "domain/date.hpp"
#include "writers/doc/cell_format.hpp"
#include "writers/reports/derive_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace derive_labels;
using derived::DerivedItem;
using derived::Figure;

namespace {

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

std::string num(double x, int decimals, Lang lang) {
    return doc::format_fixed(x, decimals, lang == Lang::da ? ',' : '.');
}

std::string iso(derived::DayNumber day) {
    return civil_from_days(day).to_iso();
}

const Text& basis_noun(derived::Basis basis, long n) {
    const bool one = n == 1;
    switch (basis) {
        case derived::Basis::courses:
            return one ? kCourse : kCourses;
        case derived::Basis::jobs:
            return one ? kJob : kJobs;
        case derived::Basis::contacts:
            return one ? kContact : kContacts;
        case derived::Basis::contacts_and_jobs:
            return one ? kContactOrJob : kContactsAndJobs;
        case derived::Basis::specialists:
            break;
    }
    return one ? kSpecialist : kSpecialists;
}

const Text& missing_text(derived::Missing m) {
    using derived::Missing;
    switch (m) {
        case Missing::staff:
            return kNoStaff;
        case Missing::jobs:
            return kNoJobs;
        case Missing::contacts:
            return kNoContacts;
        case Missing::employment_share:
            return kNoEmploymentShare;
        case Missing::community_hours:
            return kNoCommunityHours;
        case Missing::job_values:
            return kNoJobValues;
        case Missing::contact_values:
            return kNoContactValues;
        case Missing::preference_values:
            return kNoPreferenceValues;
        case Missing::first_contacts:
        case Missing::none:
        case Missing::fte:
            break;
    }
    return kNoFirstContacts;
}

// What the figure was counted from, in the reviewer's words.
std::string counted(const DerivedItem& d, Lang lang) {
    if (!d.value) return "";
    switch (d.figure) {
        case Figure::caseload_per_fte:
            return f(kCountCaseload, lang, d.numerator, num(d.denominator, 2, lang));
        case Figure::employment_share:
            return f(kCountEmployment, lang, d.n);
        case Figure::days_to_first_employer_contact:
            return f(kCountDays, lang, d.n);
        case Figure::face_to_face_contacts_per_fte_week:
            return f(kCountContacts, lang, d.numerator, num(d.denominator, 1, lang));
        case Figure::job_type_diversity:
        case Figure::employer_diversity:
            return f(kCountDistinct, lang, d.numerator, d.n);
        case Figure::community_time_share:
            return f(kCountCommunity, lang, num(d.value.value() * d.denominator / 100, 1, lang),
                     num(d.denominator, 1, lang));
        case Figure::preference_match_share:
        case Figure::competitive_job_share:
            break;
    }
    return f(kCountShare, lang, d.numerator, d.n);
}

std::string band_text(const DerivedItem& d, int decimals, Lang lang) {
    if (!d.band) return "";
    if (!d.band->max) return f(kBandOpen, lang, num(d.band->min, decimals, lang), d.band->score);
    return f(kBandText, lang, num(d.band->min, decimals, lang), num(*d.band->max, decimals, lang),
             d.band->score);
}

std::string status_id(derived::Status s) {
    switch (s) {
        case derived::Status::scored:
            return "scored";
        case derived::Status::too_thin:
            return "too_thin";
        case derived::Status::period_too_short:
            return "period_too_short";
        case derived::Status::data_missing:
            return "data_missing";
        case derived::Status::outside_bands:
            break;
    }
    return "outside_bands";
}

doc::Cell figure_cell(const DerivedItem& d, const Rule& rule) {
    if (!d.value) return doc::Cell::blank();
    if (rule.unit == "percent") return doc::Cell::of_percent(*d.value / 100, rule.decimals);
    return doc::Cell::of_number(*d.value, std::max(rule.decimals, 1));
}

doc::Table items_table(const derived::DerivedResult& r, const Scale& scale, Lang lang) {
    doc::Table table{"derived_items",
                     kItems.in(lang),
                     {{"number", kNumber.in(lang)},
                      {"item", kItem.in(lang)},
                      {"figure", kFigure.in(lang)},
                      {"counted", kCounted.in(lang)},
                      {"n", kN.in(lang)},
                      {"left_out", kLeftOut.in(lang)},
                      {"from", kFrom.in(lang)},
                      {"to", kTo.in(lang)},
                      {"band", kBand.in(lang)},
                      {"score", kScore.in(lang)},
                      {"evidence", kEvidence.in(lang)}},
                     {},
                     {},
                     {kNotes.in(lang)},
                     {}};
    for (const auto& d : r.items) {
        const Item* item = scale.find_item(std::to_string(d.number));
        const Rule& rule = *item->rule;
        table.add_row({doc::Cell::of_int(d.number), doc::Cell::of_choice(d.item_id, item->name.in(lang)),
                       figure_cell(d, rule), doc::Cell::of_text(counted(d, lang)), doc::Cell::of_int(d.n),
                       doc::Cell::of_int(d.left_out), doc::Cell::of_date(iso(*d.period.from)),
                       doc::Cell::of_date(iso(*d.period.to)),
                       doc::Cell::of_text(band_text(d, rule.decimals, lang)),
                       d.score ? doc::Cell::of_int(*d.score) : doc::Cell::blank(),
                       doc::Cell::of_choice(status_id(d.status), derived_evidence(d, lang))});
    }
    return table;
}

doc::Cell optional_number(const std::optional<double>& x, int decimals) {
    return x ? doc::Cell::of_number(*x, decimals) : doc::Cell::blank();
}

doc::Table specialists_table(const derived::DerivedResult& r, Lang lang) {
    doc::Table table{"specialists",
                     kSpecialistsTable.in(lang),
                     {{"consultant", kConsultant.in(lang)},
                      {"fte", kFte.in(lang)},
                      {"active_courses", kActive.in(lang)},
                      {"caseload_per_fte", kCaseload.in(lang)},
                      {"face_to_face_contacts", kFaceToFace.in(lang)},
                      {"contacts_per_fte_week", kPerWeek.in(lang)},
                      {"first_contacts", kFirstContacts.in(lang)},
                      {"mean_days_to_first_contact", kDays.in(lang)}},
                     {},
                     {},
                     {kSpecialistNotes.in(lang)},
                     {}};
    if (r.courses_without_consultant > 0)
        table.notes.push_back(f(kWithoutConsultant, lang, r.courses_without_consultant));
    for (const auto& s : r.specialists)
        table.add_row({doc::Cell::of_text(s.in_staff || !r.have_staff ? s.consultant
                                                                      : f(kNotInStaff, lang, s.consultant)),
                       optional_number(s.fte, 2), doc::Cell::of_int(s.active_courses),
                       optional_number(s.caseload_per_fte, 1),
                       r.have_contacts ? doc::Cell::of_int(s.face_to_face_contacts) : doc::Cell::blank(),
                       optional_number(s.contacts_per_fte_week, 1), doc::Cell::of_int(s.first_contacts),
                       optional_number(s.mean_days_to_first_contact, 1)});
    return table;
}

doc::Cell count_or_not_given(bool given, long n, Lang lang) {
    return given ? doc::Cell::of_int(n) : doc::Cell::undefined(kNotGiven.in(lang));
}

}  // namespace

std::string derived_evidence(const DerivedItem& d, Lang lang) {
    switch (d.status) {
        case derived::Status::scored:
            return kScored.in(lang);
        case derived::Status::too_thin:
            return f(kTooThin, lang, d.n, basis_noun(derived::basis_of(d.figure), d.n).in(lang),
                     d.min_records);
        case derived::Status::period_too_short:
            return f(kTooShort, lang, d.period_days, d.min_period_days);
        case derived::Status::outside_bands:
            return kOutside.in(lang);
        case derived::Status::data_missing:
            break;
    }
    return missing_text(d.missing).in(lang);
}

doc::Document derive_report(const derived::DerivedResult& r, const Scale& scale, Lang lang) {
    doc::Document document;
    document.kind = "derive";
    const std::string where = r.site.empty() ? scale.name.in(lang) : r.site;
    document.title = f(kTitle, lang, where);
    document.facts.push_back({"scale", kScale.in(lang), doc::Cell::of_text(scale.id)});
    document.facts.push_back({"scale_version", "", doc::Cell::of_text(scale.version.in(lang))});
    if (!r.site.empty()) document.facts.push_back({"site", kSite.in(lang), doc::Cell::of_text(r.site)});
    document.facts.push_back({"as_of", kAsOf.in(lang), doc::Cell::of_date(iso(r.as_of))});
    document.facts.push_back(
        {"period", kPeriod.in(lang), doc::Cell::of_date(iso(*r.period.from) + " – " + iso(*r.period.to))});
    document.facts.push_back({"courses", kCoursesRead.in(lang), doc::Cell::of_int(r.courses)});
    document.facts.push_back(
        {"jobs_in_period", kJobsInPeriod.in(lang), count_or_not_given(r.have_jobs, r.jobs_in_period, lang)});
    document.facts.push_back({"contacts_in_period", kContactsInPeriod.in(lang),
                              count_or_not_given(r.have_contacts, r.contacts_in_period, lang)});
    document.blocks.push_back(doc::Paragraph{kIntro.in(lang)});
    document.blocks.push_back(items_table(r, scale, lang));
    document.blocks.push_back(specialists_table(r, lang));
    return document;
}

}  // namespace ipskit::writers::reports
