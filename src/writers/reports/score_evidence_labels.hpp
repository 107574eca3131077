#pragma once
// The texts of the derived evidence `ipskit score --cases ...` shows beside
// the reviewer's ratings, in English and Danish, as named constants so that a
// misspelt label is a compile error. kAllLabels lists them all for the test
// that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::score_evidence_labels {

inline const Text kTitle{"The rating beside the site's records",
                         "Scoren ved siden af stedets registreringer"};
inline const Text kIntro{
    "Items the site's own records can score, counted for {} – {} (active courses on {}). The figures are "
    "evidence; the reviewer's rating counts wherever one is given.",
    "Punkter, som stedets egne registreringer kan score, opgjort for {} – {} (aktive forløb pr. {}). "
    "Tallene er grundlag for bedømmelsen; bedømmerens score gælder, hvor der er givet en."};
inline const Text kNumber{"Nr.", "Nr."};
inline const Text kItem{"Item", "Punkt"};
inline const Text kFigure{"Figure", "Tal"};
inline const Text kN{"n", "n"};
inline const Text kDerivedScore{"Score from records", "Score fra registreringer"};
inline const Text kRating{"Reviewer's score", "Bedømmerens score"};
inline const Text kDifference{"Difference", "Forskel"};
inline const Text kEvidence{"What the figure shows", "Hvad tallet viser"};
inline const Text kComparison{"Comparison", "Sammenligning"};

inline const Text kSame{"Same as the reviewer's score.", "Samme som bedømmerens score."};
inline const Text kHigher{"The reviewer scored {} {} higher: look at the rating again.",
                          "Bedømmeren gav {} {} mere: se scoren efter igen."};
inline const Text kLower{"The reviewer scored {} {} lower: look at the rating again.",
                         "Bedømmeren gav {} {} mindre: se scoren efter igen."};
inline const Text kPoint{"point", "point"};
inline const Text kPoints{"points", "point"};
inline const Text kNoDerived{"The records give no score to compare with.",
                             "Registreringerne giver ingen score at sammenligne med."};
inline const Text kFilled{
    "Left open by the reviewer; the score from the records is used (--fill-derived).",
    "Ikke scoret af bedømmeren; scoren fra registreringerne er brugt (--fill-derived)."};
inline const Text kOpen{"Left open by the reviewer.", "Ikke scoret af bedømmeren."};

inline const Text kDifferNote{
    "{} of {} items differ by one point or more from the score the records give.",
    "{} af {} punkter afviger med et point eller mere fra scoren fra registreringerne."};
inline const Text kNoneDifferNote{"No rating differs from the score the records give.",
                                  "Ingen score afviger fra scoren fra registreringerne."};
inline const Text kFilledNote{
    "Scored from the site's records, as the reviewer left them open: item {}.",
    "Scoret ud fra stedets registreringer, da bedømmeren ikke scorede dem: punkt {}."};

inline const std::array kAllLabels{
    &kTitle,        &kIntro,      &kNumber,         &kItem,      &kFigure,     &kN,
    &kDerivedScore, &kRating,     &kDifference,     &kEvidence,  &kComparison, &kSame,
    &kHigher,       &kLower,      &kPoint,          &kPoints,    &kNoDerived,  &kFilled,
    &kOpen,         &kDifferNote, &kNoneDifferNote, &kFilledNote};

}  // namespace ipskit::writers::reports::score_evidence_labels
