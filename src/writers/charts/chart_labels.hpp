#pragma once
// Every text of the charts in English and Danish, as named constants so that a
// misspelt label is a compile error. Templates take their figures through fmt.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::charts::chart_labels {

inline const Text kItemProfile{"Item profile", "Punktprofil"};
inline const Text kItem{"Item", "Punkt"};
inline const Text kScore{"Score", "Score"};
inline const Text kThisReview{"This review ({})", "Denne vurdering ({})"};
inline const Text kPreviousReview{"Previous review ({})", "Forrige vurdering ({})"};
inline const Text kScoreKey{"Bar shade: score {} (lightest) to {} (darkest)",
                            "Søjlens farve: score {} (lysest) til {} (mørkest)"};
inline const Text kSectionMeans{"Section means", "Gennemsnit pr. område"};
inline const Text kMeanScore{"Mean item score", "Gennemsnitlig score pr. punkt"};
inline const Text kTrend{"Total score over time", "Samlet score over tid"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kTotalScore{"Total score", "Samlet score"};
inline const Text kDistribution{"Closed courses by outcome", "Afsluttede forløb efter resultat"};
inline const Text kClosedCourses{"Closed courses: {}", "Afsluttede forløb: {}"};
inline const Text kShareOfClosed{"Share of closed courses", "Andel af afsluttede forløb"};
inline const Text kJob{"Ordinary job", "Ordinært job"};
inline const Text kFlexjob{"Flexjob", "Fleksjob"};
inline const Text kEducation{"Education", "Uddannelse"};
inline const Text kOther{"Other", "Andet"};
inline const Text kShareByGroup{"Job or education against the target",
                                "Job eller uddannelse holdt op mod målet"};
inline const Text kShareJobOrEducation{"Share of closed courses in job or education",
                                       "Andel af afsluttede forløb i job eller uddannelse"};
inline const Text kTarget{"Target {}", "Mål {}"};
// The key of a chart whose groups have targets of their own.
inline const Text kOwnTargets{"Target of each group", "Mål for hver gruppe"};
inline const Text kTargetMet{"Target met", "Mål opfyldt"};
inline const Text kTargetNotMet{"Target not met", "Mål ikke opfyldt"};
inline const Text kTotal{"Total", "I alt"};
inline const Text kNotGiven{"(not given)", "(ikke angivet)"};
inline const Text kStillActive{"(still active)", "(stadig aktiv)"};
inline const Text kHidden{"Hidden figures (<{0}, x) are left out, as in the tables.",
                          "Skjulte tal (<{0}, x) er udeladt, som i tabellerne."};
inline const Text kCohort{"Cumulative share in job or education", "Kumuleret andel i job eller uddannelse"};
inline const Text kMonths{"Months since start", "Måneder efter start"};
inline const Text kShareOfCohort{"Share of the cohort", "Andel af kohorten"};
inline const Text kShareTrend{"Job or education by period", "Job eller uddannelse pr. periode"};
// {} the first period, {} the last.
inline const Text kPeriodsSpan{"Share of closed courses in job or education, {} to {}",
                               "Andel af afsluttede forløb i job eller uddannelse, {} til {}"};

inline const std::array kAllLabels{
    &kItemProfile,   &kItem,         &kScore,         &kThisReview,    &kPreviousReview,
    &kScoreKey,      &kSectionMeans, &kMeanScore,     &kTrend,         &kReviewDate,
    &kTotalScore,    &kDistribution, &kClosedCourses, &kShareOfClosed, &kJob,
    &kFlexjob,       &kEducation,    &kOther,         &kShareByGroup,  &kShareJobOrEducation,
    &kTarget,        &kOwnTargets,   &kTargetMet,     &kTargetNotMet,  &kTotal,
    &kNotGiven,      &kStillActive,  &kHidden,        &kCohort,        &kMonths,
    &kShareOfCohort, &kShareTrend,   &kPeriodsSpan};

}  // namespace ipskit::writers::charts::chart_labels
