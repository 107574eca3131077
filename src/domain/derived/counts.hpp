#pragma once
// The sums that SiteRecords::finish hands to the item formulas: every count
// each figure needs, for the site as a whole. Inside domain/derived only.

#include <optional>

#include "domain/derived/derive.hpp"

namespace ipskit::derived {

struct Share {
    long counted = 0;  // records with the property
    long of = 0;       // records where the file says either way
};

struct SiteCounts {
    Period period;
    int period_days = 0;
    DayNumber as_of = 0;
    bool have_staff = false, have_jobs = false, have_contacts = false;
    double total_fte = 0;
    // Staff figures, FTE-weighted: sums of fte * share and of fte over the
    // specialists with a share; scheduled and community hours a week.
    double employment_share_sum = 0, employment_fte = 0;
    long with_employment_share = 0, without_employment_share = 0;
    double scheduled_hours = 0, community_hours = 0;
    long with_community_hours = 0, without_community_hours = 0;
    long active_courses = 0;
    long started_in_period = 0, first_contacts = 0;
    long long days_to_first_contact = 0;
    long jobs = 0;  // jobs (not education) started in the period
    long job_types = 0, jobs_with_type = 0;
    long employers = 0, jobs_with_employer = 0;
    Share competitive;
    Share preferences;  // contacts and jobs together
    long contacts = 0, face_to_face = 0, face_to_face_unknown = 0;
};

// The derived item for a scale item whose rule names `figure`.
DerivedItem derive_item(const Item& item, Figure figure, const SiteCounts& counts);

}  // namespace ipskit::derived
