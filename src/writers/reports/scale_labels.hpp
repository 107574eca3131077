#pragma once
// Every text of the scale list and scale sheet in English and Danish, as named
// constants so that a misspelt label is a compile error. Templates take their
// figures through fmt, in the order given in the comment. kAllLabels lists them all
// for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::scale_labels {

inline const Text kListTitle{"Fidelity scales", "Fidelitetsskalaer"};
inline const Text kId{"Id", "Id"};
inline const Text kName{"Name", "Navn"};
inline const Text kItems{"Items", "Punkter"};
inline const Text kTotalMin{"Lowest total", "Laveste samlede score"};
inline const Text kTotalMax{"Highest total", "Højeste samlede score"};
inline const Text kVersion{"Version", "Version"};

// Facts of one scale.
inline const Text kSource{"Source", "Kilde"};
inline const Text kScoreRange{"Scores", "Scoreskala"};
inline const Text kNoFitScore{"Score when an item does not fit", "Score, når et punkt ikke passer"};
inline const Text kBoundaryRule{"Boundary rule", "Grænseregel"};

// Levels and items.
inline const Text kLevelsTitle{"Fidelity levels of the total", "Fidelitetsniveauer for den samlede score"};
inline const Text kLevel{"Level", "Niveau"};
inline const Text kMin{"From", "Fra"};
inline const Text kMax{"To", "Til"};
// {0} section
inline const Text kItemsTitle{"Items: {}", "Punkter: {}"};
inline const Text kNumber{"#", "Nr."};
inline const Text kDataSources{"Data sources", "Datakilder"};
inline const Text kToCheck{"To check", "Skal tjekkes"};
inline const Text kYes{"yes", "ja"};
inline const Text kScoredBy{"Scored by", "Scores efter"};
inline const Text kByRule{"figure", "tal"};
inline const Text kByElements{"elements", "elementer"};
inline const Text kByJudgement{"judgement", "vurdering"};

// One item in full.
inline const Text kAnchorsTitle{"Anchors", "Beskrivelser"};
inline const Text kScore{"Score", "Score"};
inline const Text kAnchor{"Anchor", "Beskrivelse"};
// {0} data sources
inline const Text kSourcesLine{"Data sources: {}.", "Datakilder: {}."};
inline const Text kToCheckLine{
    "To check: this item's wording and thresholds have not been re-read against the manual.",
    "Skal tjekkes: punktets formulering og grænser er ikke gennemlæst mod manualen."};
// {0} metric, {1} unit, {2} decimals, {3} bands
inline const Text kBandsLine{"Measure: {} ({}, rounded to {} decimals). Bands: {}.",
                             "Opgørelse: {} ({}, afrundet til {} decimaler). Intervaller: {}."};
inline const Text kElementsTitle{"Elements to tick", "Elementer at krydse af"};
inline const Text kElement{"Element", "Element"};
// {0} bands
inline const Text kElementScoringLine{"Elements present → score: {}.",
                                      "Antal elementer til stede → score: {}."};
// {0} the lowest figure of an open band
inline const Text kOrMore{"{} or more", "{} eller mere"};

inline const std::array kAllLabels{&kListTitle,     &kId,           &kName,
                                   &kItems,         &kTotalMin,     &kTotalMax,
                                   &kVersion,       &kSource,       &kScoreRange,
                                   &kNoFitScore,    &kBoundaryRule, &kLevelsTitle,
                                   &kLevel,         &kMin,          &kMax,
                                   &kItemsTitle,    &kNumber,       &kDataSources,
                                   &kToCheck,       &kYes,          &kScoredBy,
                                   &kByRule,        &kByElements,   &kByJudgement,
                                   &kAnchorsTitle,  &kScore,        &kAnchor,
                                   &kSourcesLine,   &kToCheckLine,  &kBandsLine,
                                   &kElementsTitle, &kElement,      &kElementScoringLine,
                                   &kOrMore};

}  // namespace ipskit::writers::reports::scale_labels
