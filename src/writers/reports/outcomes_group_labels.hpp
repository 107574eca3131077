#pragma once
// The texts of the outcomes tables by group (--by) beyond the closed
// courses: time from start, the cohort, capacity and caseloads per group.
// Templates take their figures through fmt, in the order given in the comment.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::group_labels {

inline const Text kTimeTitle{"Time from start by group", "Tid fra start fordelt på gruppe"};
inline const Text kOutcomeN{"n (job or education)", "n (job eller uddannelse)"};
inline const Text kContactN{"n (employer contact)", "n (arbejdsgiverkontakt)"};
inline const Text kContactMean{"Mean to contact (days)", "Gennemsnit til kontakt (dage)"};
inline const Text kContactMedian{"Median to contact (days)", "Median til kontakt (dage)"};
inline const Text kContactQ1{"Lower quartile to contact (days)", "Nedre kvartil til kontakt (dage)"};
inline const Text kContactQ3{"Upper quartile to contact (days)", "Øvre kvartil til kontakt (dage)"};
inline const Text kContactWithin30{"Contact within 30 days", "Kontakt inden for 30 dage"};
inline const Text kTimeRule{
    "Of the courses closed in the period: n (job or education) = those with job, flexjob or education and "
    "an outcome date, days from start date to outcome date; n (employer contact) = those with a first "
    "employer contact recorded, days from start date to that contact.",
    "Af forløbene afsluttet i perioden: n (job eller uddannelse) = dem med job, fleksjob eller uddannelse og "
    "en resultatdato, dage fra startdato til resultatdato; n (arbejdsgiverkontakt) = dem med en registreret "
    "første arbejdsgiverkontakt, dage fra startdato til den kontakt."};

inline const Text kCohortTitle{"Cohort by group: cumulative share in job or education",
                               "Kohorte fordelt på gruppe: kumuleret andel i job eller uddannelse"};
inline const Text kStarted{"Courses started", "Forløb startet"};
// {0} group, {1} months, {2} why the share cannot be estimated
inline const Text kCohortUndefined{"{0}, {1} months: {2}.", "{0}, {1} måneder: {2}."};
// {0} groups
inline const Text kNoCohortGroup{"{0} group with no course started in the period is not shown.",
                                 "{0} gruppe uden forløb startet i perioden er ikke vist."};
inline const Text kNoCohortGroups{"{0} groups with no course started in the period are not shown.",
                                  "{0} grupper uden forløb startet i perioden er ikke vist."};

inline const Text kCapacityTitle{"Capacity by group", "Kapacitet fordelt på gruppe"};
inline const Text kWithoutConsultant{"No consultant recorded", "Ingen konsulent registreret"};
inline const Text kConsultants{"Consultants", "Konsulenter"};
inline const Text kMeanCaseload{"Mean active courses per consultant",
                                "Gennemsnit af aktive forløb pr. konsulent"};
inline const Text kCapacityGroupRule{
    "Consultants = consultants with an active course in the group; mean = active courses / consultants.",
    "Konsulenter = konsulenter med et aktivt forløb i gruppen; gennemsnit = aktive forløb / antal "
    "konsulenter."};

inline const Text kCaseloadTitle{"Active courses per consultant and group",
                                 "Aktive forløb pr. konsulent fordelt på gruppe"};
// {0} consultants
inline const Text kSeveralGroupsOne{
    "{0} consultant has active courses in more than one group and is listed in each; the maximum is "
    "applied to each row.",
    "{0} konsulent har aktive forløb i mere end én gruppe og står under hver af dem; maksimum gælder for "
    "hver "
    "række."};
inline const Text kSeveralGroups{
    "{0} consultants have active courses in more than one group and are listed in each; the maximum is "
    "applied to each row.",
    "{0} konsulenter har aktive forløb i mere end én gruppe og står under hver af dem; maksimum gælder for "
    "hver række."};

// Every label above, for the test that each has both languages.
inline const std::array kAllLabels{
    &kTimeTitle,         &kOutcomeN,        &kContactN,        &kContactMean,       &kContactMedian,
    &kContactQ1,         &kContactQ3,       &kContactWithin30, &kTimeRule,          &kCohortTitle,
    &kStarted,           &kCohortUndefined, &kNoCohortGroup,   &kNoCohortGroups,    &kCapacityTitle,
    &kWithoutConsultant, &kConsultants,     &kMeanCaseload,    &kCapacityGroupRule, &kCaseloadTitle,
    &kSeveralGroupsOne,  &kSeveralGroups};

}  // namespace ipskit::writers::reports::group_labels
