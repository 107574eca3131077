#pragma once
// The keys and comments of staff.yaml as `ipskit template --staff` writes
// it, in English and Danish, as named constants so that a misspelt label is
// a compile error. The keys are the ones readers/records/staff.cpp reads;
// the round-trip test holds the two together. kAllLabels lists them all for
// the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire::staff_template_labels {

inline const Text kIntro{
    "staff.yaml: the IPS consultants of one site, for the fidelity items that ipskit derives from the "
    "site's own records (ipskit derive --staff, ipskit score --staff). Fill in one entry per consultant, "
    "and copy the entry for each further one. Keys may be written in English or Danish; an empty value "
    "is a value not given. Write shares as 0,5 or 50 %.",
    "staff.yaml: IPS-konsulenterne på ét sted, til de punkter, ipskit udleder af stedets egne "
    "registreringer (ipskit derive --staff, ipskit score --staff). Udfyld én post pr. konsulent, og "
    "kopiér posten for hver af de øvrige. Nøglerne kan skrives på dansk eller engelsk; en tom værdi "
    "betyder, at den ikke er angivet. Skriv andele som 0,5 eller 50 %."};
inline const Text kSiteNote{"The site, as the reports name it (may be left out)",
                            "Stedet, som rapporterne nævner det (kan udelades)"};
inline const Text kFullTimeNote{"Hours a week of a full-time post (37 in Denmark)",
                                "Timer om ugen i en fuldtidsstilling (37 i Danmark)"};
inline const Text kConsultantsNote{"One entry per IPS consultant", "Én post pr. IPS-konsulent"};
inline const Text kIdNote{
    "The consultant's id or initials, exactly as the consultant column of cases.csv and "
    "employer_contacts.csv writes them",
    "Konsulentens id eller initialer, præcis som konsulentkolonnen i cases.csv og employer_contacts.csv "
    "skriver dem"};
inline const Text kFteNote{"Full-time equivalent: 1 for full time, 0,5 or 50 % for half time",
                           "Stillingsbrøk: 1 for fuld tid, 0,5 eller 50 % for halv tid"};
inline const Text kEmploymentShareNote{
    "Share of working time on employment work (item 2), e.g. 100 % or 90 % (empty: not known)",
    "Andel af arbejdstiden på beskæftigelse (punkt 2), fx 100 % eller 90 % (tom: ikke kendt)"};
inline const Text kHoursNote{"Scheduled hours a week (empty: FTE × full-time hours)",
                             "Planlagte timer om ugen (tom: stillingsbrøk × fuldtidstimer)"};
inline const Text kCommunityNote{
    "Of the scheduled hours, those spent outside the office a week: with participants and employers, in "
    "the community (item 24; empty: not known)",
    "De planlagte timer om ugen, der bruges uden for kontoret: hos deltagere og arbejdsgivere, i "
    "lokalsamfundet (punkt 24; tom: ikke kendt)"};

// The keys, as a Dane writes the Danish ones.
inline const Text kSiteKey{"site", "sted"};
inline const Text kFullTimeKey{"full_time_hours", "fuldtidstimer"};
inline const Text kConsultantsKey{"consultants", "konsulenter"};
inline const Text kIdKey{"id", "id"};
inline const Text kFteKey{"fte", "stillingsbrøk"};
inline const Text kEmploymentShareKey{"employment_share", "andel_beskæftigelse"};
inline const Text kHoursKey{"hours_per_week", "timer_pr_uge"};
inline const Text kCommunityKey{"community_hours_per_week", "timer_i_lokalsamfundet"};

inline const std::array kAllLabels{&kIntro,         &kSiteNote, &kFullTimeNote,        &kConsultantsNote,
                                   &kIdNote,        &kFteNote,  &kEmploymentShareNote, &kHoursNote,
                                   &kCommunityNote, &kSiteKey,  &kFullTimeKey,         &kConsultantsKey,
                                   &kIdKey,         &kFteKey,   &kEmploymentShareKey,  &kHoursKey,
                                   &kCommunityKey};

}  // namespace ipskit::writers::questionnaire::staff_template_labels
