#pragma once
// Every text of the score report in English and Danish, as named constants so
// that a misspelt label is a compile error. Templates take their figures
// through fmt, in the order given in the comment. kAllLabels lists them all for the
// test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::score_labels {

// {0} site, {1} review date
inline const Text kTitle{"IPS fidelity review: {}, {}", "IPS-fidelitetsvurdering: {}, {}"};

// Facts.
inline const Text kScale{"Scale", "Skala"};
inline const Text kScaleName{"Scale name", "Skalaens navn"};
inline const Text kScaleVersion{"Scale version", "Skalaversion"};
inline const Text kScaleSource{"Scale source", "Skalaens kilde"};
inline const Text kSite{"Site", "Sted"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kReviewers{"Reviewers", "Bedømmere"};
inline const Text kTotal{"Total score", "Samlet score"};
inline const Text kTotalMax{"Highest possible total", "Højest mulige samlede score"};
inline const Text kLevel{"Fidelity level", "Fidelitetsniveau"};
// {0} total, {1} highest, {2}–{3} possible, {4} level, {5}–{6} its range
inline const Text kSummary{"Total {} of {} ({}–{} possible): {} ({}–{}).",
                           "Samlet score {} af {} ({}–{} mulige): {} ({}–{})."};

// The item table.
inline const Text kItemsTitle{"Item scores", "Punkternes scorer"};
inline const Text kNumber{"#", "Nr."};
inline const Text kSection{"Section", "Område"};
inline const Text kItem{"Item", "Punkt"};
inline const Text kScore{"Score", "Score"};
inline const Text kNoFit{"No fit", "Passer ikke"};
inline const Text kYes{"yes", "ja"};
inline const Text kValue{"Measured", "Målt"};
inline const Text kNote{"Note", "Bemærkning"};
// {0} the score of an item that does not fit
inline const Text kNoFitNote{
    "No fit: the item could not be rated as the programme does not fit it, and scores {}.",
    "Passer ikke: punktet kunne ikke vurderes, fordi indsatsen ikke passer til det, og får {}."};
// {0} item numbers, {1} scale file
inline const Text kToCheck{
    "Items {} follow the scale file's wording, which has not been re-read against the manual (to_check "
    "in {}); "
    "check their anchors and thresholds against the manual before relying on them.",
    "Punkt {} følger skalafilens formulering, som ikke er gennemlæst mod manualen (to_check i {}); "
    "tjek deres beskrivelser og grænser mod manualen, før der lægges vægt på dem."};

// The section table.
inline const Text kSectionsTitle{"Section subtotals", "Delsummer pr. område"};
inline const Text kItems{"Items", "Punkter"};
inline const Text kSubtotal{"Subtotal", "Delsum"};
inline const Text kMax{"Max", "Maks."};
inline const Text kMean{"Mean", "Gennemsnit"};
inline const Text kAllSections{"Total", "I alt"};

// Strengths and priorities.
// {0} the highest score
inline const Text kStrengthsTitle{"Strengths (items scored {})", "Styrker (punkter med {})"};
inline const Text kNone{"None.", "Ingen."};
// {0} the highest score that is a priority
inline const Text kPrioritiesTitle{"Priorities for improvement (items scored {} or less, lowest first)",
                                   "Indsatsområder (punkter med {} eller mindre, laveste først)"};
inline const Text kTargetColumn{"Target (next level up)", "Mål (næste trin)"};
// {0} the elements not ticked
inline const Text kMissingElements{"Not yet in place: {}", "Endnu ikke på plads: {}"};

inline const std::array kAllLabels{
    &kTitle,      &kScale,           &kScaleName,    &kScaleVersion,   &kScaleSource, &kSite,
    &kReviewDate, &kReviewers,       &kTotal,        &kTotalMax,       &kLevel,       &kSummary,
    &kItemsTitle, &kNumber,          &kSection,      &kItem,           &kScore,       &kNoFit,
    &kYes,        &kValue,           &kNote,         &kNoFitNote,      &kToCheck,     &kSectionsTitle,
    &kItems,      &kSubtotal,        &kMax,          &kMean,           &kAllSections, &kStrengthsTitle,
    &kNone,       &kPrioritiesTitle, &kTargetColumn, &kMissingElements};

}  // namespace ipskit::writers::reports::score_labels
