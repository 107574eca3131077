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
// {0} metric, {1} unit and rounding, {2} bands
inline const Text kBandsLine{"Measure: {} ({}). Bands: {}.", "Opgørelse: {} ({}). Intervaller: {}."};

// The units of a measured figure, as the scale files name them.
inline const Text kParticipants{"participants", "deltagere"};
inline const Text kPercent{"percent", "procent"};
inline const Text kDaysUnit{"days", "dage"};
inline const Text kContactsPerWeek{"contacts per week", "kontakter pr. uge"};
// {0} unit
inline const Text kRoundedWhole{"{}, rounded to whole numbers", "{}, afrundet til hele tal"};
// {0} unit, {1} decimals
inline const Text kRoundedOneDecimal{"{}, rounded to {} decimal", "{}, afrundet til {} decimal"};
inline const Text kRoundedDecimals{"{}, rounded to {} decimals", "{}, afrundet til {} decimaler"};

// The data-source codes of the fidelity scales.
inline const Text kRecords{"records in the case management system", "registreringer i fagsystemet"};
inline const Text kDocuments{"documents such as case files and plans", "dokumenter som journaler og planer"};
inline const Text kInterviews{"interviews", "interview"};
inline const Text kObservation{"observation", "observation"};
// {0} the codes explained
inline const Text kSourcesLegend{"Data sources: {}.", "Datakilder: {}."};
inline const Text kElementsTitle{"Elements to tick", "Elementer at krydse af"};
inline const Text kElement{"Element", "Element"};
// {0} bands
inline const Text kElementScoringLine{"Elements present → score: {}.",
                                      "Antal elementer til stede → score: {}."};
// {0} the lowest figure of an open band
inline const Text kOrMore{"{} or more", "{} eller mere"};

inline const std::array kAllLabels{&kListTitle,
                                   &kId,
                                   &kName,
                                   &kItems,
                                   &kTotalMin,
                                   &kTotalMax,
                                   &kVersion,
                                   &kSource,
                                   &kScoreRange,
                                   &kNoFitScore,
                                   &kBoundaryRule,
                                   &kLevelsTitle,
                                   &kLevel,
                                   &kMin,
                                   &kMax,
                                   &kItemsTitle,
                                   &kNumber,
                                   &kDataSources,
                                   &kToCheck,
                                   &kYes,
                                   &kScoredBy,
                                   &kByRule,
                                   &kByElements,
                                   &kByJudgement,
                                   &kAnchorsTitle,
                                   &kScore,
                                   &kAnchor,
                                   &kSourcesLine,
                                   &kToCheckLine,
                                   &kBandsLine,
                                   &kElementsTitle,
                                   &kElement,
                                   &kElementScoringLine,
                                   &kOrMore,
                                   &kParticipants,
                                   &kPercent,
                                   &kDaysUnit,
                                   &kContactsPerWeek,
                                   &kRoundedWhole,
                                   &kRoundedOneDecimal,
                                   &kRoundedDecimals,
                                   &kRecords,
                                   &kDocuments,
                                   &kInterviews,
                                   &kObservation,
                                   &kSourcesLegend};

}  // namespace ipskit::writers::reports::scale_labels
