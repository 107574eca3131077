#pragma once
// Every text of the questionnaire workbook in English and Danish, as named
// constants so that a misspelt label is a compile error. Only the hidden keys
// in the workbook's first columns are read back, never these labels, so a
// workbook written in one language reads under the other.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire::workbook_labels {

inline const Text kSheet{"Questionnaire", "Bedømmerskema"};
// {0} scale name, {1} id, {2} version
inline const Text kTitle{"Reviewer questionnaire for {} ({}, {})", "Bedømmerskema for {} ({}, {})"};
// {0}–{1} scores, {2} the score of an item that does not fit
inline const Text kHowTo{
    "Fill in the white cells only. Pick a score from {} to {} for each item, or 'yes' under No fit when "
    "the item cannot be rated (it then scores {}). Items with bands take the measured figure instead; "
    "items with elements take a yes or no for each element. Then run: ipskit score THIS_FILE",
    "Udfyld kun de hvide celler. Vælg en score fra {} til {} for hvert punkt, eller 'ja' under Passer "
    "ikke, når punktet ikke kan vurderes (det får så {}). Punkter med intervaller tager det målte tal i "
    "stedet; punkter med elementer tager ja eller nej for hvert element. Kør derefter: ipskit score "
    "DENNE_FIL"};
inline const Text kScale{"Scale", "Skala"};
inline const Text kSite{"Site", "Sted"};
inline const Text kReviewDate{"Review date (YYYY-MM-DD)", "Vurderingsdato (ÅÅÅÅ-MM-DD)"};
inline const Text kReviewer{"Reviewer", "Bedømmer"};
inline const Text kCluster{"Cluster", "Klynge"};
inline const Text kReviewType{"Kind of review", "Vurderingstype"};
inline const Text kPeriodFrom{"Records looked at, from (YYYY-MM-DD)", "Journaler set på, fra (ÅÅÅÅ-MM-DD)"};
inline const Text kPeriodTo{"Records looked at, to (YYYY-MM-DD)", "Journaler set på, til (ÅÅÅÅ-MM-DD)"};
inline const Text kVisitDates{"Days of the visit (YYYY-MM-DD, separated by commas)",
                              "Besøgsdage (ÅÅÅÅ-MM-DD, adskilt af komma)"};
inline const Text kSummary{"Summary: the review's overall picture",
                           "Sammenfatning: vurderingens samlede billede"};
inline const Text kRecommendations{"Recommendations for the site as a whole",
                                   "Anbefalinger til stedet som helhed"};
inline const Text kItemRecommendations{"Recommendations", "Anbefalinger"};
inline const Text kConsensus{"Consensus of the reviewers", "Bedømmernes konsensus"};
inline const Text kNumber{"No.", "Nr."};
inline const Text kItem{"Item", "Punkt"};
inline const Text kSection{"Section", "Område"};
inline const Text kSources{"Data sources", "Datakilder"};
inline const Text kScore{"Score", "Score"};
inline const Text kNoFit{"No fit", "Passer ikke"};
inline const Text kValue{"Measured figure", "Målt værdi"};
inline const Text kTicked{"In place", "På plads"};
inline const Text kNote{"Note", "Bemærkning"};
inline const Text kGuide{"What the scores mean", "Hvad scorerne betyder"};
inline const Text kYes{"yes", "ja"};
inline const Text kNo{"no", "nej"};
inline const Text kToCheck{"(to check against the manual)", "(skal tjekkes mod manualen)"};
// {0} metric, {1} unit, {2} decimals, {3} bands
inline const Text kBands{"Bands for {} ({}, rounded to {} decimals): {}",
                         "Intervaller for {} ({}, afrundet til {} decimaler): {}"};
// {0} bands
inline const Text kElementScoring{"Elements in place → score: {}", "Antal elementer på plads → score: {}"};

inline const std::array kAllLabels{
    &kSheet,         &kTitle,      &kHowTo,   &kScale,           &kSite,
    &kReviewDate,    &kReviewer,   &kCluster, &kReviewType,      &kPeriodFrom,
    &kPeriodTo,      &kVisitDates, &kSummary, &kRecommendations, &kItemRecommendations,
    &kConsensus,     &kNumber,     &kItem,    &kSection,         &kSources,
    &kScore,         &kNoFit,      &kValue,   &kTicked,          &kNote,
    &kGuide,         &kYes,        &kNo,      &kToCheck,         &kBands,
    &kElementScoring};

}  // namespace ipskit::writers::questionnaire::workbook_labels
