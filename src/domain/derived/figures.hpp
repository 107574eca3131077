#pragma once
// The figures ipskit can compute from a site's own records, each named by the
// machine id a scale file's rule gives as `figure:`. Which item a figure
// scores, and its bands, come from the scale file; this list only says what
// ipskit knows how to count.

#include <optional>
#include <string_view>
#include <vector>

namespace ipskit::derived {

enum class Figure {
    caseload_per_fte,                    // item 1
    employment_share,                    // item 2
    days_to_first_employer_contact,      // item 15
    preference_match_share,              // item 16
    face_to_face_contacts_per_fte_week,  // item 17
    job_type_diversity,                  // item 19
    employer_diversity,                  // item 20
    competitive_job_share,               // item 21
    community_time_share,                // item 24
};

// The id a scale file writes: "caseload_per_fte", ...
std::string_view figure_id(Figure f);
// The figure with this id, or nullopt.
std::optional<Figure> figure_from_id(std::string_view id);
// Every known id, in the order above, for messages listing them.
const std::vector<std::string_view>& figure_ids();

// The unit of a scale rule that scores this figure: "participants",
// "percent", "days" or "contacts_per_week".
std::string_view figure_unit(Figure f);

// What a figure's n counts.
enum class Basis { courses, jobs, contacts, contacts_and_jobs, specialists };

Basis basis_of(Figure f);

// The fewest records a figure may rest on before it is too thin to score
// (the "fewer than 10 courses, jobs or contacts"); staff figures
// rest on every specialist a site has, however few, so they have none.
int min_records(Figure f);
// The shortest period, in days, a figure needs: contacts a week swing from
// week to week, and job types and first contacts need months to show.
int min_period_days(Figure f);

}  // namespace ipskit::derived
