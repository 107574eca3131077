#pragma once
// Every text of the questionnaire template in English and Danish, as named
// constants so that a misspelt label is a compile error. Templates take their
// figures through fmt, in the order given in the comment. kAllLabels lists them all
// for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire::template_labels {

// {0} scale name, {1} id, {2} version, {3}–{4} scores, {5} the score of an item that does not fit
inline const Text kIntro{
    "# Reviewer questionnaire for {} ({}, {}).\n"
    "# Rate every item after its number with a whole score from {} to {}, e.g. '1: 4', or as a map:\n"
    "#   1: {{ score: 4, note: \"what you saw\" }}\n"
    "#   9: {{ no_fit: true, note: \"why\" }}       the item cannot be rated: it scores {}\n"
    "#   1: {{ value: 23 }}                        items with bands: the measured figure\n"
    "#   5: {{ elements: [id, id] }}               items with elements: the ids in place\n"
    "#  10: {{ score: 3, recommendations: \"...\" }}  what you recommend the site to do about it\n"
    "# Then run: ipskit score THIS_FILE\n",
    "# Bedømmerskema for {} ({}, {}).\n"
    "# Giv hvert punkt en hel score fra {} til {} efter nummeret, fx '1: 4', eller som et map:\n"
    "#   1: {{ score: 4, note: \"det, du så\" }}\n"
    "#   9: {{ no_fit: true, note: \"hvorfor\" }}    punktet kan ikke vurderes: det får {}\n"
    "#   1: {{ value: 23 }}                        punkter med intervaller: det målte tal\n"
    "#   5: {{ elements: [id, id] }}               punkter med elementer: id'erne på dem, der er på "
    "plads\n"
    "#  10: {{ score: 3, recommendations: \"...\" }}  det, I anbefaler stedet at gøre ved det\n"
    "# Kør derefter: ipskit score DENNE_FIL\n"};
inline const Text kSources{"Data sources", "Datakilder"};
inline const Text kToCheck{"(to check against the manual)", "(skal tjekkes mod manualen)"};
// {0} metric, {1} unit and rounding, {2} bands
inline const Text kBands{"Bands for {} ({}): {}", "Intervaller for {} ({}): {}"};
inline const Text kElements{"Elements (tick the ids in place): ",
                            "Elementer (angiv id'erne på dem, der er på plads): "};
// {0} bands
inline const Text kElementScoring{"Elements present → score: {}", "Antal elementer til stede → score: {}"};
// The comments beside the keys for what reviewers write besides ratings.
inline const Text kReviewTypeHint{"external, guided_self_assessment or self_assessment",
                                  "external (ekstern), guided_self_assessment (guidet selvvurdering) eller "
                                  "self_assessment (selvvurdering)"};
inline const Text kPeriodHint{"the records looked at, e.g. {from: 2020-05-01, to: 2020-10-31}",
                              "de journaler, der er set på, fx {from: 2020-05-01, to: 2020-10-31}"};
inline const Text kVisitHint{"the days of the visit, e.g. [2020-11-11, 2020-11-12]",
                             "besøgsdagene, fx [2020-11-11, 2020-11-12]"};
inline const Text kSummaryHint{"the review's overall picture, for the report (several lines: 'summary: |')",
                               "vurderingens samlede billede til rapporten (flere linjer: 'summary: |')"};
inline const Text kRecommendationsHint{"what you recommend the site as a whole",
                                       "det, I anbefaler stedet som helhed"};
// The CSV template's last column, for the reviewer's eyes only.
inline const Text kNameColumn{"name", "navn"};
// The title row of the ratings sheet: the scale's name, id and version.
inline const Text kSheetTitle{"Ratings sheet for {} ({}, {})", "Bedømmerskema til {} ({}, {})"};

inline const std::array kAllLabels{&kIntro,      &kSources,        &kToCheck,     &kBands,
                                   &kElements,   &kElementScoring, &kNameColumn,  &kReviewTypeHint,
                                   &kPeriodHint, &kVisitHint,      &kSummaryHint, &kRecommendationsHint,
                                   &kSheetTitle};

}  // namespace ipskit::writers::questionnaire::template_labels
