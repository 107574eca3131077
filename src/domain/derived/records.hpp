#pragma once
// A site's own records as the derived fidelity items need them: courses
// (from cases.csv), jobs (jobs.csv) and employer contacts
// (employer_contacts.csv). Readers hand over one record at a time; text
// fields are views that stay valid only during the call, so nothing here
// keeps a row of strings.

#include <optional>
#include <string_view>

#include "domain/outcomes/case.hpp"

namespace ipskit::derived {

using outcomes::DayNumber;

// One course, as derive needs it.
struct CourseFacts {
    std::string_view case_id;     // to check that every job names a course
    std::string_view consultant;  // empty: not given
    DayNumber start = 0;
    std::optional<DayNumber> first_employer_contact;
    std::optional<DayNumber> end;  // empty: still active
    int line = 0;                  // in cases.csv
};

enum class JobKind { job, flexjob, education };

// One job or education a participant held (jobs.csv).
struct JobFacts {
    std::string_view case_id;
    DayNumber start = 0;
    std::optional<DayNumber> end;  // empty: ongoing
    JobKind kind = JobKind::job;
    std::string_view job_type;  // empty: not given
    std::string_view employer;  // empty: not given
    // Empty when the file does not say; a flexjob without a value is not
    // competitive (it is a subsidised post).
    std::optional<bool> competitive;
    std::optional<bool> matches_preferences;  // item 16; empty: not recorded
    int line = 0;
};

// One employer contact made by a consultant (employer_contacts.csv).
struct ContactFacts {
    std::string_view consultant;
    DayNumber date = 0;
    std::string_view employer;
    std::optional<bool> face_to_face;         // empty: not recorded
    std::optional<bool> matches_preferences;  // item 16; empty: not recorded
    int line = 0;
};

}  // namespace ipskit::derived
