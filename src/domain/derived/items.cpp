// The formulas of the derived items (docs/derived.md says the same in words):
// each turns the site's counts into a figure and its n, and says when the
// data cannot carry a score. The score itself always comes from the bands of
// the scale file.

#include <cmath>

#include "domain/derived/counts.hpp"
#include "domain/rounding.hpp"

namespace ipskit::derived {

namespace {

struct Figured {
    std::optional<double> value;
    long n = 0;
    long numerator = 0;
    double denominator = 0;
    long left_out = 0;
    Missing missing = Missing::none;
};

Figured missing(Missing what) {
    Figured f;
    f.missing = what;
    return f;
}

Figured share(long counted, long of, long left_out, Missing if_none) {
    if (of == 0) {
        Figured f = missing(if_none);
        f.left_out = left_out;
        return f;
    }
    return {100.0 * static_cast<double>(counted) / static_cast<double>(of),
            of,
            counted,
            static_cast<double>(of),
            left_out,
            Missing::none};
}

Figured caseload(const SiteCounts& c) {
    if (!c.have_staff) return missing(Missing::staff);
    return {static_cast<double>(c.active_courses) / c.total_fte,
            c.active_courses,
            c.active_courses,
            c.total_fte,
            0,
            Missing::none};
}

Figured employment_share(const SiteCounts& c) {
    if (!c.have_staff) return missing(Missing::staff);
    if (c.with_employment_share == 0) return missing(Missing::employment_share);
    return {100.0 * c.employment_share_sum / c.employment_fte,
            c.with_employment_share,
            0,
            c.employment_fte,
            c.without_employment_share,
            Missing::none};
}

Figured community_share(const SiteCounts& c) {
    if (!c.have_staff) return missing(Missing::staff);
    if (c.with_community_hours == 0 || c.scheduled_hours <= 0) return missing(Missing::community_hours);
    return {100.0 * c.community_hours / c.scheduled_hours,
            c.with_community_hours,
            0,
            c.scheduled_hours,
            c.without_community_hours,
            Missing::none};
}

Figured days_to_first_contact(const SiteCounts& c) {
    const long without = c.started_in_period - c.first_contacts;
    if (c.first_contacts == 0) {
        Figured f = missing(Missing::first_contacts);
        f.left_out = without;
        return f;
    }
    return {static_cast<double>(c.days_to_first_contact) / static_cast<double>(c.first_contacts),
            c.first_contacts,
            0,
            static_cast<double>(c.first_contacts),
            without,
            Missing::none};
}

Figured contacts_per_week(const SiteCounts& c) {
    if (!c.have_contacts) return missing(Missing::contacts);
    if (!c.have_staff) return missing(Missing::staff);
    const long known = c.contacts - c.face_to_face_unknown;
    if (known == 0) {
        Figured f = missing(Missing::contact_values);
        f.left_out = c.face_to_face_unknown;
        return f;
    }
    const double fte_weeks = c.total_fte * c.period_days / 7.0;
    return {static_cast<double>(c.face_to_face) / fte_weeks,
            known,
            c.face_to_face,
            fte_weeks,
            c.face_to_face_unknown,
            Missing::none};
}

Figured job_figure(const SiteCounts& c, Figure figure) {
    if (!c.have_jobs) return missing(Missing::jobs);
    switch (figure) {
        case Figure::job_type_diversity:
            return share(c.job_types, c.jobs_with_type, c.jobs - c.jobs_with_type, Missing::job_values);
        case Figure::employer_diversity:
            return share(c.employers, c.jobs_with_employer, c.jobs - c.jobs_with_employer,
                         Missing::job_values);
        default:
            return share(c.competitive.counted, c.competitive.of, c.jobs - c.competitive.of,
                         Missing::job_values);
    }
}

Figured preference_share(const SiteCounts& c, long records) {
    if (!c.have_jobs && !c.have_contacts) return missing(Missing::contacts);
    return share(c.preferences.counted, c.preferences.of, records - c.preferences.of,
                 Missing::preference_values);
}

Figured figure_of(Figure figure, const SiteCounts& c) {
    switch (figure) {
        case Figure::caseload_per_fte:
            return caseload(c);
        case Figure::employment_share:
            return employment_share(c);
        case Figure::days_to_first_employer_contact:
            return days_to_first_contact(c);
        case Figure::preference_match_share:
            return preference_share(c, c.contacts + c.jobs);
        case Figure::face_to_face_contacts_per_fte_week:
            return contacts_per_week(c);
        case Figure::community_time_share:
            return community_share(c);
        default:
            return job_figure(c, figure);
    }
}

// The days a figure covers: a caseload and the staff figures are counts on
// the as-of date, the rest cover the period.
bool covers_period(Figure figure) {
    return figure != Figure::caseload_per_fte && figure != Figure::employment_share &&
           figure != Figure::community_time_share;
}

Status status_of(const DerivedItem& d) {
    if (d.missing != Missing::none) return Status::data_missing;
    if (d.period_days < d.min_period_days) return Status::period_too_short;
    if (d.n < d.min_records) return Status::too_thin;
    return d.band ? Status::scored : Status::outside_bands;
}

}  // namespace

DerivedItem derive_item(const Item& item, Figure figure, const SiteCounts& counts) {
    DerivedItem d;
    d.number = item.number;
    d.item_id = item.id;
    d.figure = figure;
    d.min_records = min_records(figure);
    d.min_period_days = min_period_days(figure);
    const bool over_period = covers_period(figure);
    d.period = over_period ? counts.period : Period{counts.as_of, counts.as_of};
    d.period_days = over_period ? counts.period_days : 1;
    const Figured f = figure_of(figure, counts);
    d.missing = f.missing;
    d.value = f.value;
    d.n = f.n;
    d.numerator = f.numerator;
    d.denominator = f.denominator;
    d.left_out = f.left_out;
    if (d.value && std::isfinite(*d.value)) {
        d.shown = round_half_away(*d.value, item.rule->decimals);
        if (const Band* band = band_for_value(item, *d.value)) d.band = *band;
    }
    d.status = status_of(d);
    if (d.status == Status::scored) d.score = d.band->score;
    return d;
}

}  // namespace ipskit::derived
