#pragma once
// Every text of the consensus questionnaire in English and Danish, as named constants so that a
// misspelt label is a compile error. Templates take their figures through fmt.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire::consensus_labels {

// {0} questionnaires
inline const Text kIntro{
    "# Consensus of {} reviewers' questionnaires. Items they scored alike are filled in;\n",
    "# Konsensus af {} bedømmerskemaer. Punkter, bedømmerne scorede ens, er udfyldt;\n"};
// {0} items left open
inline const Text kOpenOne{"# {} item is left empty, with each reviewer's score and note above it.\n",
                           "# {} punkt står tomt med hver bedømmers score og bemærkning over sig.\n"};
inline const Text kOpenMany{"# {} items are left empty, with each reviewer's score and note above them.\n",
                            "# {} punkter står tomme med hver bedømmers score og bemærkning over sig.\n"};
inline const Text kIntroRest{
    "# Agree a score for each at the consensus meeting, write it after the colon,\n"
    "# then run 'ipskit score' on this file: that is the official result.\n"
    "# Figures measured and elements ticked are kept where every reviewer gave the same;\n"
    "# where they differ they are shown above the item: to keep one, write it in,\n"
    "# e.g. '{ value: 23 }' or '{ elements: [id, id] }'.\n"
    "# Summaries and recommendations that differ are each written with the reviewer's name:\n"
    "# edit them into the one text the site is to read.\n",
    "# Bliv enige om en score for hvert af dem på konsensusmødet, skriv den efter kolon,\n"
    "# og kør så 'ipskit score' på denne fil: det er det officielle resultat.\n"
    "# Målte værdier og afkrydsede elementer er med, hvor alle bedømmere angav det samme;\n"
    "# hvor de er forskellige, står de over punktet: skriv den, I vil beholde, ind,\n"
    "# fx '{ value: 23 }' eller '{ elements: [id, id] }'.\n"
    "# Sammenfatninger og anbefalinger, der er forskellige, står hver med bedømmerens navn:\n"
    "# ret dem til den ene tekst, stedet skal læse.\n"};
inline const Text kConsensus{"consensus", "konsensus"};
inline const Text kToAgree{"TO AGREE", "SKAL AFTALES"};
inline const Text kDetailsDiffer{"score agreed; figures or elements differ",
                                 "scoren er aftalt; målte værdier eller elementer er forskellige"};
inline const Text kNoFit{"no fit", "passer ikke"};
inline const Text kMeasured{"measured {}", "målt {}"};
inline const Text kTicked{"ticked: {}", "afkrydset: {}"};
inline const Text kTickedByAll{"ticked by every reviewer: {}", "afkrydset af alle bedømmere: {}"};
inline const Text kNone{"none", "ingen"};
inline const Text kRecommends{"recommends: {}", "anbefaler: {}"};
inline const Text kTypesDiffer{
    "The reviewers name different kinds of review: agree one and write it below",
    "Bedømmerne angiver forskellige slags vurdering: enes om én, og skriv den nedenfor"};

inline const std::array kAllLabels{&kIntro,       &kOpenOne,       &kOpenMany,   &kIntroRest,  &kConsensus,
                                   &kToAgree,     &kDetailsDiffer, &kNoFit,      &kMeasured,   &kTicked,
                                   &kTickedByAll, &kNone,          &kRecommends, &kTypesDiffer};

}  // namespace ipskit::writers::questionnaire::consensus_labels
