#pragma once
// One IPS course (forløb) as the outcome figures need it. Dates are day
// numbers (days since 1970-01-01, as Date::days_since_epoch gives them), so
// the aggregation is plain integer arithmetic. Text fields are views that stay
// valid only while the case is being added: cases are streamed, never kept.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ipskit::outcomes {

using DayNumber = int;

enum class Outcome { job, flexjob, education, other };

inline constexpr std::array<Outcome, 4> kOutcomes = {Outcome::job, Outcome::flexjob, Outcome::education,
                                                     Outcome::other};

// Job, flexjob and education count towards "job or education".
constexpr bool is_job_or_education(Outcome o) {
    return o != Outcome::other;
}

// Stable machine name: "job", "flexjob", "education", "other".
std::string_view outcome_key(Outcome o);

struct Case {
    std::string_view site;
    std::string_view cluster;
    std::string_view consultant;
    std::string_view target_group;
    std::string_view referral_source;  // the referring department, e.g. a psychiatric team
    // The site's attributes in the cluster map, in the order the grouping
    // names them (GroupField's attribute_field); an empty value, or none, when
    // the map does not give it (outcomes::SiteAttributes fills them).
    std::span<const std::string> attributes;
    std::optional<DayNumber> referral;
    // False for a referral that never started (a referral date and no start
    // date): no course, so only the referral path counts it.
    bool started = true;
    DayNumber start = 0;
    std::optional<DayNumber> first_employer_contact;
    std::optional<Outcome> outcome;
    std::optional<DayNumber> outcome_date;
    std::optional<DayNumber> end;  // empty: the course is still active
    int end_year = 0;              // calendar year of `end`, for --by year
    bool aftercare = false;
    // For checks that join other files to the extract (derive: jobs name
    // their course); never shown in a report.
    std::string_view case_id;
    int line = 0;  // the row of the extract; in parts, counted from the part's start
};

}  // namespace ipskit::outcomes
