#pragma once
// Every text of the referral-path table in English and Danish, as named
// constants so that a misspelt label is a compile error. kAllLabels lists
// them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::referral_labels {

inline const Text kTitle{"Referral path: referred, started, in job or education",
                         "Henvisningsvejen: henvist, startet, i job eller uddannelse"};
inline const Text kDepartment{"Referring department", "Henvisende afdeling"};
inline const Text kNotGiven{"(not given)", "(ikke angivet)"};
inline const Text kSubtotal{"All departments", "Alle afdelinger"};
inline const Text kTotal{"Total", "I alt"};
inline const Text kReferred{"Referred", "Henvist"};
inline const Text kStarted{"Started", "Startet"};
inline const Text kStartedShare{"Started, share", "Startet, andel"};
inline const Text kNotStarted{"Never started", "Aldrig startet"};
inline const Text kJobOrEducation{"In job or education", "I job eller uddannelse"};
inline const Text kJobShare{"In job or education, share", "I job eller uddannelse, andel"};
inline const Text kMedianDays{"Median days referral to start", "Median dage fra henvisning til start"};
inline const Text kQ1Days{"Q1 days", "Nedre kvartil, dage"};
inline const Text kQ3Days{"Q3 days", "Øvre kvartil, dage"};
inline const Text kCountedNote{
    "Referred: referral date in the period. Started: of them, those with a start date; never started: "
    "a referral date and no start date. In job or education: of them, courses closed with an ordinary "
    "job, a flexjob or education by the as-of date. Shares are of the referred.",
    "Henvist: henvisningsdato i perioden. Startet: heraf dem med en startdato; aldrig startet: en "
    "henvisningsdato og ingen startdato. I job eller uddannelse: heraf forløb afsluttet med ordinært job, "
    "fleksjob eller uddannelse inden opgørelsesdatoen. Andelene er af de henviste."};
inline const Text kDaysNote{"Days from referral to start: median and quartiles, of the courses started.",
                            "Dage fra henvisning til start: median og kvartiler, af de startede forløb."};
inline const Text kYearNote{"With --by year the year is the year of referral.",
                            "Med --by år er året henvisningsåret."};
inline const Text kWithoutDateNoteOne{
    "1 course has no referral date and is not on the referral path.",
    "1 forløb har ingen henvisningsdato og er ikke med på henvisningsvejen."};
inline const Text kOutsideNoteOne{"1 referral lies outside the period.",
                                  "1 henvisning ligger uden for perioden."};
inline const Text kBeforeNoteOne{"1 course started before its referral date and has no days counted.",
                                 "1 forløb startede før sin henvisningsdato og har ingen dage talt med."};
inline const Text kWithoutDateNote{"{} courses have no referral date and are not on the referral path.",
                                   "{} forløb har ingen henvisningsdato og er ikke med på henvisningsvejen."};
inline const Text kOutsideNote{"{} referrals lie outside the period.",
                               "{} henvisninger ligger uden for perioden."};
inline const Text kBeforeNote{"{} courses started before their referral date and have no days counted.",
                              "{} forløb startede før deres henvisningsdato og har ingen dage talt med."};

inline const std::array kAllLabels{
    &kTitle,       &kDepartment,   &kNotGiven,           &kSubtotal,       &kTotal,        &kReferred,
    &kStarted,     &kStartedShare, &kNotStarted,         &kJobOrEducation, &kJobShare,     &kMedianDays,
    &kQ1Days,      &kQ3Days,       &kCountedNote,        &kDaysNote,       &kYearNote,     &kWithoutDateNote,
    &kOutsideNote, &kBeforeNote,   &kWithoutDateNoteOne, &kOutsideNoteOne, &kBeforeNoteOne};

}  // namespace ipskit::writers::reports::referral_labels
