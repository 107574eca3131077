#pragma once
// Every text of the site comparison in English and Danish, as named constants so that a
// misspelt label is a compile error. Templates take their figures through fmt.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::compare_labels {

inline const Text kTitle{"Fidelity across {} sites", "Fidelitet på tværs af {} steder"};
inline const Text kScale{"Scale", "Skala"};
inline const Text kSites{"Sites", "Steder"};
inline const Text kMatrix{"Item scores by site", "Punkternes scorer pr. sted"};
inline const Text kSite{"Site", "Sted"};
inline const Text kCluster{"Cluster", "Klynge"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kTotal{"Total", "Samlet score"};
inline const Text kLevel{"Level", "Niveau"};
inline const Text kFile{"File", "Fil"};
inline const Text kFileNote{
    "File: the questionnaire used for the site; of one date, the reviewers' consensus.",
    "Fil: det bedømmerskema, stedets scorer kommer fra; har stedet flere fra samme dato, er det bedømmernes "
    "konsensus."};
inline const Text kRegionMean{"Mean of all sites", "Gennemsnit af alle steder"};
inline const Text kMatrixNote{"Columns 1–{} are the scale's items.", "Kolonne 1–{} er skalaens punkter."};
inline const Text kClusters{"Cluster means", "Gennemsnit pr. klynge"};
inline const Text kMeanTotal{"Mean total", "Gennemsnitlig samlet score"};
inline const Text kNoClusters{
    "No site belongs to a cluster (give 'cluster:' in the reviews or --clusters).",
    "Intet sted hører til en klynge (angiv 'cluster:' i vurderingerne eller --clusters)."};
inline const Text kWeakest{"Weakest items across the region", "Svageste punkter på tværs af regionen"};
inline const Text kItem{"Item", "Punkt"};
inline const Text kName{"Name", "Navn"};
inline const Text kMean{"Mean", "Gennemsnit"};
inline const Text kAtOrBelow{"Sites scoring {} or less (of {})", "Steder med {} eller mindre (af {})"};
inline const Text kWeakestNote{"The {} items with the lowest mean over the sites, lowest first.",
                               "De {} punkter med det laveste gennemsnit over stederne, laveste først."};

inline const std::array kAllLabels{
    &kTitle, &kScale,      &kSites,      &kMatrix,      &kSite,      &kCluster,    &kReviewDate, &kTotal,
    &kLevel, &kRegionMean, &kMatrixNote, &kClusters,    &kMeanTotal, &kNoClusters, &kWeakest,    &kItem,
    &kName,  &kMean,       &kAtOrBelow,  &kWeakestNote, &kFile,      &kFileNote};

}  // namespace ipskit::writers::reports::compare_labels
