#pragma once
// Every text of the agreement report in English and Danish, as named constants so that a
// misspelt label is a compile error. Templates take their figures through fmt.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::agreement_labels {

inline const Text kTitle{"Fidelity review by {} reviewers", "Fidelitetsvurdering ved {} bedømmere"};
inline const Text kScale{"Scale", "Skala"};
inline const Text kSite{"Site", "Sted"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kReviewers{"Reviewers", "Bedømmere"};
inline const Text kDiscuss{"Items to discuss first: scores {} or more points apart",
                           "Punkter at drøfte først: scorer {} eller flere point fra hinanden"};
inline const Text kNoneToDiscuss{"No item's scores are that far apart.",
                                 "Ingen punkters scorer ligger så langt fra hinanden."};
inline const Text kItems{"Item scores side by side", "Punkternes scorer side om side"};
inline const Text kItem{"Item", "Punkt"};
inline const Text kName{"Name", "Navn"};
inline const Text kMean{"Mean", "Gennemsnit"};
inline const Text kSpread{"Difference", "Forskel"};
inline const Text kTotals{"Totals and fidelity levels", "Samlede scorer og fidelitetsniveauer"};
inline const Text kReviewer{"Reviewer", "Bedømmer"};
inline const Text kTotal{"Total", "Samlet score"};
inline const Text kMax{"Max", "Maks."};
inline const Text kLevel{"Level", "Niveau"};
inline const Text kMeanOfReviewers{"Mean of the reviewers", "Gennemsnit af bedømmerne"};
inline const Text kMeanNote{
    "The official score is the consensus the reviewers agree on (ipskit consensus), not the mean.",
    "Den officielle score er den konsensus, bedømmerne enes om (ipskit consensus), ikke gennemsnittet."};
inline const Text kAgreement{"Agreement between the reviewers", "Enighed mellem bedømmerne"};
inline const Text kPair{"Reviewers", "Bedømmere"};
inline const Text kStatistic{"Statistic", "Enighedsmål"};
inline const Text kValue{"Value", "Værdi"};
inline const Text kReason{"Why undefined", "Hvorfor udefineret"};
inline const Text kAllReviewers{"all reviewers", "alle bedømmere"};
inline const Text kUndefined{"undefined", "udefineret"};
inline const Text kCategoriesNote{
    "Every coefficient is computed over the scale's categories {}–{}, not only the scores that occur.",
    "Alle koefficienter er beregnet over skalaens kategorier {}–{}, ikke kun de scorer, der forekommer."};
inline const Text kParadoxNote{
    "Fidelity ratings crowd at 4–5, where kappa can fall near 0 although the reviewers almost always "
    "agree (the "
    "kappa paradox); read it beside raw agreement and Gwet's AC1/AC2, which stay high in that case.",
    "Fidelitetsscorer samler sig ved 4–5, hvor kappa kan falde mod 0, selv om bedømmerne næsten altid er "
    "enige "
    "(kappa-paradokset); læs den sammen med den rå enighed og Gwets AC1/AC2, som forbliver høje i det "
    "tilfælde."};
inline const Text kExact{"Exact agreement", "Præcis enighed"};
inline const Text kWithinOne{"Agreement within one point", "Enighed inden for ét point"};
inline const Text kKappa{"Cohen's kappa", "Cohens kappa"};
inline const Text kWeightedKappa{"Cohen's kappa, quadratic weights", "Cohens kappa, kvadratiske vægte"};
inline const Text kAc1{"Gwet's AC1", "Gwets AC1"};
inline const Text kAc2{"Gwet's AC2, quadratic weights", "Gwets AC2, kvadratiske vægte"};
inline const Text kIcc{"ICC(2,1): two-way random, absolute agreement, single rater",
                       "ICC(2,1): tovejs tilfældig, absolut enighed, enkelt bedømmer"};
inline const Text kFleiss{"Fleiss' kappa", "Fleiss' kappa"};

inline const std::array kAllLabels{&kTitle,         &kScale,         &kSite,
                                   &kReviewDate,    &kReviewers,     &kDiscuss,
                                   &kNoneToDiscuss, &kItems,         &kItem,
                                   &kName,          &kMean,          &kSpread,
                                   &kTotals,        &kReviewer,      &kTotal,
                                   &kMax,           &kLevel,         &kMeanOfReviewers,
                                   &kMeanNote,      &kAgreement,     &kPair,
                                   &kStatistic,     &kValue,         &kReason,
                                   &kAllReviewers,  &kUndefined,     &kCategoriesNote,
                                   &kParadoxNote,   &kExact,         &kWithinOne,
                                   &kKappa,         &kWeightedKappa, &kAc1,
                                   &kAc2,           &kIcc,           &kFleiss};

}  // namespace ipskit::writers::reports::agreement_labels
