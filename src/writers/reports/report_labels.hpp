#pragma once
// Every text of `ipskit report` that the score and outcomes reports do not
// already have, in English and Danish, as named constants so that a misspelt
// label is a compile error. Templates take their figures through fmt, in the
// order given in the comment. kAllLabels lists them all for the test that
// every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::report_labels {

// {0} site
inline const Text kFidelityTitle{"IPS fidelity review: {}", "IPS-fidelitetsvurdering: {}"};
// {0} period, or nothing
inline const Text kEvaluationTitle{"IPS evaluation {}", "IPS-evaluering {}"};

// The title block.
inline const Text kOrganisation{"Organisation", "Organisation"};
inline const Text kReviewPeriod{"Review period", "Vurderingsperiode"};
inline const Text kVisitDates{"Visit dates", "Besøgsdage"};
inline const Text kReviewType{"Review type", "Vurderingstype"};
inline const Text kScaleAndVersion{"Scale", "Skala"};

// The summary.
inline const Text kSummaryHeading{"Summary", "Sammenfatning"};
// {0} site, {1} total, {2} highest, {3} level, {4}–{5} its range
inline const Text kSummaryTotal{"{} scored {} of {}: {} ({}–{}).", "{} fik {} af {}: {} ({}–{})."};
// {0} change in words, {1} date, {2} total, {3} level
inline const Text kSummaryChange{"That is {} than at the previous review on {} ({}, {}).",
                                 "Det er {} end ved den forrige vurdering {} ({}, {})."};
// {0} points
inline const Text kMorePoint{"{} point more", "{} point mere"};
inline const Text kMorePoints{"{} points more", "{} point mere"};
inline const Text kFewerPoint{"{} point fewer", "{} point mindre"};
inline const Text kFewerPoints{"{} points fewer", "{} point mindre"};
inline const Text kSamePoints{"the same total", "samme samlede score"};
// {0} items up, {1} items down
// {0} "4 items", {1} a count or "none"
inline const Text kSummaryItems{"{} scored higher and {} lower.", "{} fik en højere score og {} en lavere."};
inline const Text kItemCountOne{"{} item", "{} punkt"};
inline const Text kItemCountMany{"{} items", "{} punkter"};
inline const Text kNoItems{"none", "ingen"};
// {0} strengths, {1} highest score, {2} priorities, {3} threshold
inline const Text kSummaryCounts{
    "Strengths (items scored {1}): {0}. Priorities for improvement (items scored {3} "
    "or less): {2}.",
    "Styrker (punkter med {1}): {0}. Indsatsområder (punkter med {3} eller mindre): {2}."};
inline const Text kReviewersSummary{"The reviewers' summary", "Bedømmernes sammenfatning"};

// The item tables.
inline const Text kItemScoresHeading{"Item scores", "Punkternes scorer"};
inline const Text kItemScoresIntro{
    "Each section's items with this review's score, the previous review's score and the change, the figure "
    "measured and the reviewers' note.",
    "Hvert områdes punkter med denne vurderings score, den forrige vurderings score og ændringen, det målte "
    "tal og bedømmernes bemærkning."};
inline const Text kPrevious{"Previous", "Forrige"};
inline const Text kChange{"Change", "Ændring"};
inline const Text kAnchorsHeading{"What each score rests on", "Hvad hver score bygger på"};
inline const Text kAnchorsIntro{"The anchor of the scale that each item's score met.",
                                "Den beskrivelse i skalaen, som hvert punkts score svarer til."};
inline const Text kAnchorMet{"Anchor met", "Opfyldt beskrivelse"};

// Strengths, priorities, action plan.
inline const Text kStrengthsHeading{"Strengths", "Styrker"};
inline const Text kPrioritiesHeading{"Priorities for improvement", "Indsatsområder"};
inline const Text kRecommendations{"Recommendations", "Anbefalinger"};
inline const Text kOverallRecommendations{"The reviewers' recommendations for the site as a whole",
                                          "Bedømmernes anbefalinger til stedet som helhed"};
inline const Text kActionPlanHeading{"Action plan", "Handleplan"};
inline const Text kActionPlanIntro{
    "One line for each priority: the anchor to reach, what the reviewers recommend, who is responsible and "
    "by when. Owner and date are left blank to fill in unless report.yaml names them.",
    "En linje for hvert indsatsområde: den beskrivelse, der skal nås, det bedømmerne anbefaler, hvem der er "
    "ansvarlig, og hvornår. Ansvarlig og dato står tomme til udfyldning, medmindre report.yaml angiver dem."};
inline const Text kTargetAnchor{"Target anchor", "Mål (beskrivelse)"};
inline const Text kOwner{"Owner", "Ansvarlig"};
inline const Text kDate{"Date", "Dato"};

// Follow-up of the previous review.
inline const Text kFollowUpHeading{"Follow-up of the previous review's priorities",
                                   "Opfølgning på den forrige vurderings indsatsområder"};
// {0} date of the previous review, {1} threshold
inline const Text kFollowUpIntro{
    "The items the review on {} made priorities (scored {} or less): met when no longer a priority, improved "
    "when higher but still a priority.",
    "De punkter, vurderingen {} gjorde til indsatsområder (score {} eller mindre): opfyldt, når punktet ikke "
    "længere er et indsatsområde, forbedret, når scoren er højere, men stadig et indsatsområde."};
inline const Text kThen{"Then", "Dengang"};
inline const Text kNow{"Now", "Nu"};
inline const Text kStatus{"Status", "Status"};
inline const Text kMet{"met", "opfyldt"};
inline const Text kImproved{"improved", "forbedret"};
inline const Text kUnchanged{"unchanged", "uændret"};
inline const Text kWorse{"worse", "forværret"};
inline const Text kThenRecommended{"Recommended then", "Anbefalet dengang"};

// Totals over time.
inline const Text kTotalsHeading{"Totals of the site's reviews", "Stedets samlede scorer over tid"};

// The method section.
inline const Text kMethodHeading{"Method", "Metode"};
// {0} scale name, {1} id, {2} version, {3} source
inline const Text kMethodScale{"The review used {} ({}, {}). Source: {}",
                               "Vurderingen brugte {} ({}, {}). Kilde: {}"};
inline const Text kDataSourcesTitle{"Data sources", "Datakilder"};
inline const Text kCode{"Code", "Kode"};
inline const Text kMeaning{"Meaning", "Betydning"};
inline const Text kUsedBy{"Items", "Punkter"};
inline const Text kMis{"Records and the management information system: caseloads, dates, jobs",
                       "Journaler og ledelsesinformation: sagsstammer, datoer, job"};
inline const Text kDoc{"Documents: job descriptions, plans, minutes, policies",
                       "Dokumenter: stillingsbeskrivelser, planer, referater, retningslinjer"};
inline const Text kInt{"Interviews with leaders, consultants, clinicians and participants",
                       "Interview med ledere, konsulenter, behandlere og deltagere"};
inline const Text kObs{"Observation of team meetings and employer contacts",
                       "Observation af teammøder og arbejdsgiverkontakter"};
inline const Text kConsensusMethod{
    "Each reviewer rated every item on their own; the reviewers then met, went through the items they had "
    "scored differently and agreed one score for each. The scores in this report are the agreed ones.",
    "Hver bedømmer scorede alle punkter for sig; derefter gennemgik bedømmerne sammen de punkter, de havde "
    "scoret forskelligt, og enedes om én score for hvert. Scorerne i denne rapport er de aftalte."};
inline const Text kSingleMethod{"The scores are one reviewer's own; no consensus was made.",
                                "Scorerne er én bedømmers egne; der er ikke lavet konsensus."};
inline const Text kAgreementTitle{"Agreement between the reviewers before consensus",
                                  "Enighed mellem bedømmerne før konsensus"};
inline const Text kStatistic{"Statistic", "Enighedsmål"};
inline const Text kValueColumn{"Value", "Værdi"};
inline const Text kExact{"Exact agreement", "Fuld enighed"};
inline const Text kWithinOne{"Agreement within one point", "Enighed inden for ét point"};
inline const Text kWeightedKappa{"Quadratic-weighted kappa", "Kvadratisk vægtet kappa"};
inline const Text kIcc{"ICC(2,1)", "ICC(2,1)"};
inline const Text kCaveatHeading{"About the scale file", "Om skalafilen"};

// The evaluation part.
inline const Text kEvaluationFacts{"What the figures count", "Hvad tallene omfatter"};
// {} the latest period's name.
inline const Text kLatestPeriod{"The tables from here on are of the latest period, {}.",
                                "Tabellerne herfra og frem gælder den seneste periode, {}."};
inline const Text kOutcomesHeading{"Closed courses by outcome", "Afsluttede forløb fordelt på resultat"};
inline const Text kByGroupCounts{"Outcomes by {}: number", "Resultat pr. {}: antal"};
inline const Text kByGroupShares{"Outcomes by {}: share", "Resultat pr. {}: andel"};
inline const Text kTargetHeading{"Job or education against the target",
                                 "Job eller uddannelse over for målet"};
inline const Text kTimeHeading{"Time to job or education", "Tid til job eller uddannelse"};
inline const Text kYearsTitle{"Time from start to job or education in years",
                              "Tid fra start til job eller uddannelse i år"};
inline const Text kYearsNote{"Years of 365.25 days, from the days in the table above.",
                             "År á 365,25 dage, ud fra dagene i tabellen ovenfor."};
inline const Text kMeasureColumn{"Measure", "Opgørelse"};
inline const Text kYears{"Years", "År"};
inline const Text kMean{"Mean", "Gennemsnit"};
inline const Text kMedian{"Median", "Median"};
inline const Text kQ1{"First quartile", "Første kvartil"};
inline const Text kQ3{"Third quartile", "Tredje kvartil"};
inline const Text kCohortHeading{"The cohort view", "Kohorteopgørelsen"};
inline const Text kCapacityHeading{"Capacity and caseloads", "Kapacitet og sagsstammer"};
inline const Text kComparisonHeading{"Comparison figures", "Sammenligningstal"};
inline const Text kComparisonIntro{
    "Published figures to hold the site's share of job or education against. They come from other groups, "
    "periods and ways of counting, so they are a yardstick, not a target.",
    "Offentliggjorte tal at holde stedets andel i job eller uddannelse op imod. De stammer fra andre "
    "grupper, "
    "perioder og opgørelsesmåder og er derfor en målestok, ikke et mål."};
inline const Text kStudy{"Study", "Undersøgelse"};
inline const Text kWithIps{"With IPS", "Med IPS"};
inline const Text kControl{"Control group", "Kontrolgruppe"};
inline const Text kSource{"Source", "Kilde"};
inline const Text kEstimateHeading{"Socio-economic estimate", "Samfundsøkonomisk skøn"};
// {0} courses, {1} gain per course, {2} total, {3} source
inline const Text kEstimate{
    "Estimate, not a measurement: {} closed courses × {} DKK per course = {} DKK. The gain per course is {}.",
    "Skøn, ikke en måling: {} afsluttede forløb × {} kr. pr. forløb = {} kr. Gevinsten pr. forløb er {}."};
inline const Text kEstimateHidden{
    "The estimate is left out: the number of closed courses is hidden to protect small counts.",
    "Skønnet er udeladt: antallet af afsluttede forløb er skjult for at beskytte små tal."};

inline const std::array kAllLabels{&kFidelityTitle,
                                   &kEvaluationTitle,
                                   &kOrganisation,
                                   &kReviewPeriod,
                                   &kVisitDates,
                                   &kReviewType,
                                   &kScaleAndVersion,
                                   &kSummaryHeading,
                                   &kSummaryTotal,
                                   &kSummaryChange,
                                   &kMorePoint,
                                   &kMorePoints,
                                   &kFewerPoint,
                                   &kFewerPoints,
                                   &kSamePoints,
                                   &kSummaryItems,
                                   &kItemCountOne,
                                   &kItemCountMany,
                                   &kNoItems,
                                   &kSummaryCounts,
                                   &kReviewersSummary,
                                   &kItemScoresHeading,
                                   &kItemScoresIntro,
                                   &kPrevious,
                                   &kChange,
                                   &kAnchorsHeading,
                                   &kAnchorsIntro,
                                   &kAnchorMet,
                                   &kStrengthsHeading,
                                   &kPrioritiesHeading,
                                   &kRecommendations,
                                   &kOverallRecommendations,
                                   &kActionPlanHeading,
                                   &kActionPlanIntro,
                                   &kTargetAnchor,
                                   &kOwner,
                                   &kDate,
                                   &kFollowUpHeading,
                                   &kFollowUpIntro,
                                   &kThen,
                                   &kNow,
                                   &kStatus,
                                   &kMet,
                                   &kImproved,
                                   &kUnchanged,
                                   &kWorse,
                                   &kThenRecommended,
                                   &kTotalsHeading,
                                   &kMethodHeading,
                                   &kMethodScale,
                                   &kDataSourcesTitle,
                                   &kCode,
                                   &kMeaning,
                                   &kUsedBy,
                                   &kMis,
                                   &kDoc,
                                   &kInt,
                                   &kObs,
                                   &kConsensusMethod,
                                   &kSingleMethod,
                                   &kAgreementTitle,
                                   &kStatistic,
                                   &kValueColumn,
                                   &kExact,
                                   &kWithinOne,
                                   &kWeightedKappa,
                                   &kIcc,
                                   &kCaveatHeading,
                                   &kEvaluationFacts,
                                   &kLatestPeriod,
                                   &kOutcomesHeading,
                                   &kByGroupCounts,
                                   &kByGroupShares,
                                   &kTargetHeading,
                                   &kTimeHeading,
                                   &kYearsTitle,
                                   &kYearsNote,
                                   &kMeasureColumn,
                                   &kYears,
                                   &kMean,
                                   &kMedian,
                                   &kQ1,
                                   &kQ3,
                                   &kCohortHeading,
                                   &kCapacityHeading,
                                   &kComparisonHeading,
                                   &kComparisonIntro,
                                   &kStudy,
                                   &kWithIps,
                                   &kControl,
                                   &kSource,
                                   &kEstimateHeading,
                                   &kEstimate,
                                   &kEstimateHidden};

}  // namespace ipskit::writers::reports::report_labels
