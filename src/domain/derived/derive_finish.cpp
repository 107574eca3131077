// SiteRecords::finish: the site's counts, each item's figure, and one row per
// specialist, from what was added.

#include <algorithm>
#include <limits>
#include <map>

#include "domain/derived/counts.hpp"

namespace ipskit::derived {

namespace {

constexpr DayNumber kNone = std::numeric_limits<DayNumber>::min();

// The caseload counts the courses on the list on the as-of date: started by
// then and not yet ended (a course ending on the as-of day has left the
// list), as `outcomes` counts its active courses.
bool active_on(DayNumber start, DayNumber end, DayNumber day) {
    return start <= day && (end == kNone || end > day);
}

double hours_of(const Staff& staff, const StaffMember& m) {
    return m.hours_per_week.value_or(staff.full_time_hours * m.fte);
}

void add_staff(const Staff& staff, SiteCounts& c) {
    c.have_staff = true;
    for (const auto& m : staff.members) {
        c.total_fte += m.fte;
        if (m.employment_share) {
            c.employment_share_sum += m.fte * *m.employment_share;
            c.employment_fte += m.fte;
            ++c.with_employment_share;
        } else {
            ++c.without_employment_share;
        }
        if (m.community_hours_per_week) {
            c.scheduled_hours += hours_of(staff, m);
            c.community_hours += *m.community_hours_per_week;
            ++c.with_community_hours;
        } else {
            ++c.without_community_hours;
        }
    }
}

// Per consultant number: the course counts of a specialist row.
struct CourseTally {
    long active = 0;
    long first_contacts = 0;
    long long days = 0;
};

std::optional<double> per(double counted, std::optional<double> by) {
    if (!by || *by <= 0) return std::nullopt;
    return counted / *by;
}

}  // namespace

DerivedResult SiteRecords::finish(const Scale& scale, const std::optional<Staff>& staff) const {
    SiteCounts c;
    c.period = period_;
    c.period_days = *period_.to - *period_.from + 1;
    c.as_of = as_of_;
    c.have_jobs = have_jobs_;
    c.have_contacts = have_contacts_;
    if (staff) add_staff(*staff, c);

    DerivedResult r;
    r.scale_id = scale.id;
    r.as_of = as_of_;
    r.as_of_from_data = as_of_from_data_;
    r.period = period_;
    r.period_given = period_given_;
    r.have_jobs = have_jobs_;
    r.have_contacts = have_contacts_;
    r.have_staff = staff.has_value();
    if (staff) r.site = staff->site;
    r.courses = static_cast<long>(courses_.size());

    std::vector<CourseTally> by_consultant(consultants_.size());
    for (const Course& course : courses_) {
        CourseTally* t = course.consultant ? &by_consultant[course.consultant - 1] : nullptr;
        if (active_on(course.start, course.end, as_of_)) {
            ++c.active_courses;
            if (t)
                ++t->active;
            else
                ++r.courses_without_consultant;
        }
        if (!period_.contains(course.start)) continue;
        ++c.started_in_period;
        if (course.first_contact == kNone) continue;
        ++c.first_contacts;
        c.days_to_first_contact += course.first_contact - course.start;
        if (t) {
            ++t->first_contacts;
            t->days += course.first_contact - course.start;
        }
    }

    c.jobs = jobs_;
    c.job_types = static_cast<long>(job_types_.size());
    c.jobs_with_type = jobs_with_type_;
    c.employers = static_cast<long>(employers_.size());
    c.jobs_with_employer = jobs_with_employer_;
    c.competitive = {competitive_.counted, competitive_.of};
    c.preferences = {job_preferences_.counted + contact_preferences_.counted,
                     job_preferences_.of + contact_preferences_.of};
    c.contacts = contacts_;
    c.face_to_face_unknown = face_to_face_unknown_;
    c.face_to_face = face_to_face_without_consultant_;
    for (long n : consultant_face_to_face_) c.face_to_face += n;
    r.jobs_in_period = jobs_;
    r.contacts_in_period = contacts_;

    for (const Item& item : scale.items) {
        if (!item.rule || item.rule->figure.empty()) continue;
        if (const auto figure = figure_from_id(item.rule->figure))
            r.items.push_back(derive_item(item, *figure, c));
    }

    // Specialists: staff.yaml's order, then anyone the records name that it
    // does not list (only without staff.yaml: with it, that is an error).
    std::map<std::string, std::size_t, std::less<>> number_of;
    for (std::size_t i = 0; i < consultants_.size(); ++i) number_of.emplace(consultants_.key(i), i);
    const double weeks = c.period_days / 7.0;
    auto row_for = [&](const std::string& name, std::optional<double> fte, bool in_staff) {
        SpecialistRow row;
        row.consultant = name;
        row.fte = fte;
        row.in_staff = in_staff;
        if (const auto it = number_of.find(name); it != number_of.end()) {
            const CourseTally& t = by_consultant[it->second];
            row.active_courses = t.active;
            row.face_to_face_contacts = consultant_face_to_face_[it->second];
            row.first_contacts = t.first_contacts;
            if (t.first_contacts > 0)
                row.mean_days_to_first_contact =
                    static_cast<double>(t.days) / static_cast<double>(t.first_contacts);
        }
        row.caseload_per_fte = per(static_cast<double>(row.active_courses), fte);
        if (have_contacts_ && fte)
            row.contacts_per_fte_week = per(static_cast<double>(row.face_to_face_contacts), *fte * weeks);
        return row;
    };
    if (staff)
        for (const auto& m : staff->members) r.specialists.push_back(row_for(m.id, m.fte, true));
    std::vector<std::string> others;
    for (std::size_t i = 0; i < consultants_.size(); ++i)
        if (!staff || !staff->find(consultants_.key(i))) others.push_back(consultants_.key(i));
    std::sort(others.begin(), others.end());
    for (const auto& name : others) r.specialists.push_back(row_for(name, std::nullopt, false));
    return r;
}

}  // namespace ipskit::derived
