#pragma once
// Fidelity items computed from a site's own records (docs/derived.md): for
// every item whose rule in the scale file names a `figure:`, the figure, the
// n it rests on, the period it covers, the band it falls in and the score it
// earns, or why it cannot be scored. The result is plain data: `derive` shows
// it alone, `score` beside the reviewers' ratings. No participant identifier
// is in it; specialists are staff and are named.
//
// Use: add every course, then open_window(as_of, period), then add the jobs
// and contacts, then finish(). Jobs and contacts touch apart counts, so one
// thread may add the jobs while another adds the contacts. Courses are kept in a compact form (dates and a
// consultant number, 16 bytes each, and a hash of the case id) because the
// as-of date may come from them; jobs and contacts are counted as they come
// and forgotten.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/derived/figures.hpp"
#include "domain/derived/records.hpp"
#include "domain/outcomes/period.hpp"
#include "domain/outcomes/string_index.hpp"
#include "domain/scale.hpp"
#include "domain/staff.hpp"
#include "domain/text.hpp"

namespace ipskit::derived {

using outcomes::Period;

// Why an item has no derived score.
enum class Status {
    scored,
    too_thin,          // fewer records behind the figure than min_records
    period_too_short,  // the period is shorter than min_period_days
    data_missing,      // the file the figure needs was not given, or has no values for it
    outside_bands,     // the figure lies in no band of the scale (a scale that leaves a gap)
};

// What a file given to derive lacks for a figure, when Status::data_missing.
enum class Missing {
    none,
    staff,
    jobs,
    contacts,
    fte,
    employment_share,
    community_hours,
    job_values,
    contact_values,
    preference_values,
    first_contacts
};

struct DerivedItem {
    int number = 0;
    std::string item_id;
    Figure figure = Figure::caseload_per_fte;
    Status status = Status::data_missing;
    Missing missing = Missing::none;
    std::optional<double> value;  // the figure as computed (percent as 0..100), before rounding
    std::optional<double> shown;  // rounded to the rule's decimals, as compared with the bands
    long n = 0;                   // the records the figure rests on (see basis_of)
    long numerator = 0;           // for shares and counts: what was counted (0 otherwise)
    double denominator = 0;       // FTE, FTE-weeks or records, as the formula divides by
    long left_out = 0;            // records of the period left out (no value given, no contact yet)
    Period period;                // the days the figure covers (as_of..as_of for a caseload)
    int period_days = 0;
    std::optional<Band> band;  // the band of the scale file the shown figure falls in
    std::optional<int> score;  // set only when status == scored
    int min_records = 0;       // the thresholds status was judged by
    int min_period_days = 0;
};

// One specialist's figures, for reviewers who go through them one by one.
struct SpecialistRow {
    std::string consultant;     // as staff.yaml and the records name them
    std::optional<double> fte;  // empty without staff.yaml
    bool in_staff = false;      // listed in staff.yaml
    long active_courses = 0;    // on the as-of date
    std::optional<double> caseload_per_fte;
    long face_to_face_contacts = 0;               // in the period
    std::optional<double> contacts_per_fte_week;  // face-to-face, per FTE and week
    long first_contacts = 0;                      // courses started in the period with a first contact
    std::optional<double> mean_days_to_first_contact;
};

struct DerivedResult {
    std::string scale_id;
    std::string site;  // staff.yaml's site; empty when it names none
    DayNumber as_of = 0;
    bool as_of_from_data = false;  // no --as-of: the latest date of cases.csv
    Period period;                 // always both ends
    bool period_given = false;     // --period; else the 365 days up to the as-of date
    bool have_jobs = false, have_contacts = false, have_staff = false;
    std::vector<DerivedItem> items;          // in item order; items without a figure are absent
    std::vector<SpecialistRow> specialists;  // staff.yaml order, then consultants it does not list
    long courses = 0;                        // courses read
    long courses_without_consultant = 0;     // active on the as-of date
    long jobs_in_period = 0, contacts_in_period = 0;
};

class SiteRecords {
public:
    void add_course(const CourseFacts& c);
    // The line of cases.csv that holds this case id, or 0 when none does.
    int case_line(std::string_view case_id) const;
    // The latest date of any course (start, first contact, end), for an
    // as-of date taken from the data.
    std::optional<DayNumber> latest_course_date() const { return latest_; }
    // Every consultant the courses name, with the first line naming each,
    // in the order first seen: for the check against staff.yaml.
    std::vector<std::pair<std::string, int>> course_consultants() const;

    // Fixes the as-of date and the period the jobs and contacts are counted
    // in; call it once, after the last course and before the first job or
    // contact.
    void open_window(DayNumber as_of, Period period, bool as_of_from_data, bool period_given);
    void add_job(const JobFacts& j);
    void add_contact(const ContactFacts& c);
    void set_inputs(bool have_jobs, bool have_contacts) {
        have_jobs_ = have_jobs;
        have_contacts_ = have_contacts;
    }

    // Every figure the scale's rules name, scored by the scale's bands.
    DerivedResult finish(const Scale& scale, const std::optional<Staff>& staff) const;

private:
    struct Course {
        DayNumber start = 0;
        DayNumber first_contact = 0;   // kNone when not given
        DayNumber end = 0;             // kNone when still active
        std::uint32_t consultant = 0;  // number in consultants_ + 1; 0: not given
    };
    struct Tally {
        long counted = 0, of = 0;
    };
    struct Totals;

    std::uint32_t consultant_number(std::string_view name);
    void finish_ids() const;

    std::vector<Course> courses_;
    std::vector<int> consultant_first_line_;
    outcomes::StringIndex consultants_;
    // The case ids' hashes and lines as read, then (finish_ids) an open-
    // addressing table of them: one cache miss per job instead of the twenty
    // of a binary search over a million courses.
    mutable std::vector<std::pair<std::uint64_t, int>> ids_;
    mutable std::vector<std::uint64_t> id_hashes_;  // 0: a free slot
    mutable std::vector<int> id_lines_;
    mutable bool ids_built_ = false;
    std::optional<DayNumber> latest_;

    DayNumber as_of_ = 0;
    Period period_;
    bool as_of_from_data_ = false, period_given_ = false;
    bool have_jobs_ = false, have_contacts_ = false;

    // Jobs started in the period (not education).
    long jobs_ = 0;
    outcomes::StringIndex job_types_;
    outcomes::StringIndex employers_;
    long jobs_with_type_ = 0, jobs_with_employer_ = 0;
    Tally competitive_;
    Tally job_preferences_;
    // Contacts dated in the period.
    long contacts_ = 0;
    Tally contact_preferences_;
    long face_to_face_unknown_ = 0;
    std::vector<long> consultant_face_to_face_;  // by consultant number - 1
    long face_to_face_without_consultant_ = 0;
};

}  // namespace ipskit::derived
