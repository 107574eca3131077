#pragma once
// Every text of the trend report in English and Danish, as named constants so that a
// misspelt label is a compile error. Templates take their figures through fmt.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::trend_labels {

inline const Text kTitle{"Fidelity over time: {}", "Fidelitet over tid: {}"};
inline const Text kScale{"Scale", "Skala"};
inline const Text kSite{"Site", "Sted"};
inline const Text kReviews{"Reviews", "Vurderinger"};
inline const Text kTotals{"Totals and fidelity levels", "Samlede scorer og fidelitetsniveauer"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kReviewers{"Reviewers", "Bedømmere"};
inline const Text kTotal{"Total", "Samlet score"};
inline const Text kChange{"Change", "Ændring"};
inline const Text kLevel{"Level", "Niveau"};
inline const Text kSections{"Section means", "Gennemsnit pr. område"};
inline const Text kSection{"Section", "Område"};
inline const Text kItems{"Item scores over time", "Punkternes scorer over tid"};
inline const Text kItem{"Item", "Punkt"};
inline const Text kName{"Name", "Navn"};
inline const Text kFirstLast{"First → last", "Første → sidste"};
inline const Text kPriorities{
    "Priorities of each review (items scored {} or less) followed up",
    "Opfølgning på indsatsområderne fra hver vurdering (punkter med en score på {} eller lavere)"};
inline const Text kSetOn{"Set on", "Sat"};
inline const Text kCheckedOn{"Checked on", "Fulgt op"};
inline const Text kBefore{"Before", "Før"};
inline const Text kAfter{"After", "Efter"};
inline const Text kMet{"Met (now {} or more)", "Opfyldt (nu {} eller mere)"};
inline const Text kYes{"yes", "ja"};
inline const Text kNo{"no", "nej"};
inline const Text kNone{"No review had priorities.", "Ingen vurdering havde indsatsområder."};
inline const Text kImproved{"improved", "forbedret"};
inline const Text kSame{"same", "uændret"};
inline const Text kDeclined{"declined", "forværret"};

inline const std::array kAllLabels{&kTitle,     &kScale,    &kSite,   &kReviews,   &kTotals,     &kReviewDate,
                                   &kReviewers, &kTotal,    &kChange, &kLevel,     &kSections,   &kSection,
                                   &kItems,     &kItem,     &kName,   &kFirstLast, &kPriorities, &kSetOn,
                                   &kCheckedOn, &kBefore,   &kAfter,  &kMet,       &kYes,        &kNo,
                                   &kNone,      &kImproved, &kSame,   &kDeclined};

}  // namespace ipskit::writers::reports::trend_labels
