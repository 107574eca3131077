#pragma once
// Every text of fidelity beside outcomes (ipskit compare --cases) in English
// and Danish, as named constants so that a misspelt label is a compile error.
// kAllLabels lists them all for the test that every label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::fidelity_outcomes_labels {

inline const Text kTitle{"Fidelity beside outcomes", "Fidelitet og resultater"};
inline const Text kTitleIn{"Fidelity beside outcomes, {}", "Fidelitet og resultater, {}"};
inline const Text kBySite{"Fidelity and outcomes by site", "Fidelitet og resultater pr. sted"};
inline const Text kSite{"Site", "Sted"};
inline const Text kCluster{"Cluster", "Klynge"};
inline const Text kReviewDate{"Review date", "Vurderingsdato"};
inline const Text kTotal{"Total", "Samlet score"};
inline const Text kLevel{"Level", "Niveau"};
inline const Text kClosed{"Closed courses", "Afsluttede forløb"};
inline const Text kJobOrEducation{"Job or education", "Job eller uddannelse"};
inline const Text kShare{"Share", "Andel"};
inline const Text kMedianDays{"Median days to job or education", "Median dage til job eller uddannelse"};
inline const Text kExpected{"Expected share", "Forventet andel"};
inline const Text kResidual{"Standardised residual", "Standardiseret residual"};
inline const Text kFlag{"Flag", "Markering"};
inline const Text kBelow{"Lower than its fidelity predicts", "Lavere end fideliteten tilsiger"};
inline const Text kAbove{"Higher than its fidelity predicts", "Højere end fideliteten tilsiger"};
inline const Text kNotCorrelated{"Not in the correlation", "Ikke med i korrelationen"};
inline const Text kShareNote{
    "Share: courses closed in the period with a job or education, of all closed. Days: from start to the "
    "job or education, of the {} with an outcome date. Section columns hold the section's subtotal.",
    "Andel: forløb afsluttet i perioden med job eller uddannelse, af alle afsluttede. Dage: fra start til "
    "job eller uddannelse, af de {} med en resultatdato. Områdernes kolonner viser områdets delsum."};
inline const Text kExpectedNote{
    "Expected share: the least-squares line of share on total over the sites in the correlation. A site is "
    "flagged when its standardised residual (the residual over its standard error) is beyond ±{}.",
    "Forventet andel: regressionslinjen for andel på samlet score (mindste kvadraters metode) over "
    "stederne i korrelationen. Et sted markeres, når dets standardiserede residual (residualen delt med "
    "dens standardfejl) ligger uden for ±{}."};
inline const Text kLeftOutNote{
    "Sites with fewer than {} closed courses are shown but left out of the correlation and the line: so few "
    "courses give a share too uncertain to rank.",
    "Steder med færre end {} afsluttede forløb vises, men er ikke med i korrelationen og linjen: så få "
    "forløb giver en for usikker andel at rangordne."};
inline const Text kWithoutSiteNote{"{} courses of the extract name no site and are left out.",
                                   "{} forløb i udtrækket angiver intet sted og er udeladt."};
inline const Text kCorrelationTitle{"Rank correlation of fidelity and job or education",
                                    "Rangkorrelation mellem fidelitet og job eller uddannelse"};
inline const Text kMeasure{"Measure", "Opgørelse"};
inline const Text kValue{"Value", "Værdi"};
inline const Text kSites{"Sites", "Steder"};
inline const Text kRho{"Spearman's rho", "Spearmans rho"};
inline const Text kLower{"95 % CI, lower", "95 % KI, nedre"};
inline const Text kUpper{"95 % CI, upper", "95 % KI, øvre"};
inline const Text kIntercept{"Line: intercept, percentage points", "Linje: skæring, procentpoint"};
inline const Text kSlope{"Line: percentage points per point of total",
                         "Linje: procentpoint pr. point samlet score"};
inline const Text kMethodNote{
    "Spearman's rho of the fidelity total and the job-or-education share, ties given their mean rank; the "
    "95 % confidence interval by Fisher's z with Bonett and Wright's standard error, sqrt((1 + rho²/2) / "
    "(n − 3)).",
    "Spearmans rho mellem samlet score og andel i job eller uddannelse, med ens værdier på deres "
    "gennemsnitlige rang; 95 % konfidensintervallet ved Fishers z med Bonett og Wrights standardfejl, "
    "sqrt((1 + rho²/2) / (n − 3))."};
inline const Text kFewSitesNote{
    "Only {} sites, fewer than {}: read the correlation as a hint, not as a finding.",
    "Kun {} steder, færre end {}: læs korrelationen som et fingerpeg, ikke som et resultat."};
inline const Text kNoRho{"Too few sites, or no spread in total or share, for a rank correlation.",
                         "For få steder, eller ingen spredning i samlet score eller andel, til en "
                         "rangkorrelation."};
inline const Text kPositive{
    "Across {} sites, rho is {} (95 % CI {} to {}): sites with higher fidelity had higher shares in job or "
    "education.",
    "På tværs af {} steder er rho {} (95 % KI {} til {}): steder med højere fidelitet havde højere andele i "
    "job eller uddannelse."};
inline const Text kNegative{
    "Across {} sites, rho is {} (95 % CI {} to {}): sites with higher fidelity had lower shares in job or "
    "education.",
    "På tværs af {} steder er rho {} (95 % KI {} til {}): steder med højere fidelitet havde lavere andele i "
    "job eller uddannelse."};
inline const Text kUnclear{
    "Across {} sites, rho is {} (95 % CI {} to {}): the interval takes in 0, so these sites show no clear "
    "relation between fidelity and job or education.",
    "På tværs af {} steder er rho {} (95 % KI {} til {}): intervallet omfatter 0, så disse steder viser "
    "ingen klar sammenhæng mellem fidelitet og job eller uddannelse."};
inline const Text kUnclearNoCi{
    "Across {} sites, rho is {}: too few sites for a confidence interval, so no clear relation can be read.",
    "På tværs af {} steder er rho {}: for få steder til et konfidensinterval, så der kan ikke læses nogen "
    "klar sammenhæng."};
inline const Text kFlagged{"{} had {} in job or education where its fidelity predicts {}.",
                           "{} havde {} i job eller uddannelse, hvor fideliteten tilsiger {}."};
inline const Text kFlaggedHidden{
    "{}'s share in job or education lies far from what its fidelity predicts; the figures are hidden to "
    "protect small numbers.",
    "Andelen i job eller uddannelse i {} ligger langt fra, hvad fideliteten tilsiger; tallene er skjult for "
    "at beskytte små tal."};
inline const Text kLineHiddenNote{
    "Expected shares, residuals and the line are shown as x: the line rests on a hidden share, which with "
    "the shown shares they would give away. The correlation and the flags are computed from the exact "
    "counts.",
    "Forventede andele, residualer og linjen vises som x: linjen bygger på en skjult andel, som de sammen "
    "med de viste andele ville afsløre. Korrelationen og markeringerne er beregnet af de præcise antal."};
inline const Text kNoneFlagged{"No site's share lies far from what its fidelity predicts.",
                               "Intet steds andel ligger langt fra, hvad fideliteten tilsiger."};
inline const Text kUnmatchedTitle{"Sites in one input only", "Steder i kun ét af inputtene"};
inline const Text kWhere{"Found in", "Findes i"};
inline const Text kReviewsOnly{"The reviews only", "Kun vurderingerne"};
inline const Text kExtractOnly{"The extract only", "Kun udtrækket"};
inline const Text kFile{"File", "Fil"};
inline const Text kUnmatchedNote{"These sites are left out of the comparison (--allow-unmatched).",
                                 "Disse steder er udeladt af sammenligningen (--allow-unmatched)."};
inline const Text kPeriod{"Outcomes' period", "Resultaternes periode"};
inline const Text kExtract{"Extract", "Udtræk"};

inline const std::array kAllLabels{&kTitle,
                                   &kTitleIn,
                                   &kBySite,
                                   &kSite,
                                   &kCluster,
                                   &kReviewDate,
                                   &kTotal,
                                   &kLevel,
                                   &kClosed,
                                   &kJobOrEducation,
                                   &kShare,
                                   &kMedianDays,
                                   &kExpected,
                                   &kResidual,
                                   &kFlag,
                                   &kBelow,
                                   &kAbove,
                                   &kNotCorrelated,
                                   &kShareNote,
                                   &kExpectedNote,
                                   &kLeftOutNote,
                                   &kWithoutSiteNote,
                                   &kCorrelationTitle,
                                   &kMeasure,
                                   &kValue,
                                   &kSites,
                                   &kRho,
                                   &kLower,
                                   &kUpper,
                                   &kIntercept,
                                   &kSlope,
                                   &kMethodNote,
                                   &kFewSitesNote,
                                   &kNoRho,
                                   &kPositive,
                                   &kNegative,
                                   &kUnclear,
                                   &kUnclearNoCi,
                                   &kFlagged,
                                   &kFlaggedHidden,
                                   &kLineHiddenNote,
                                   &kNoneFlagged,
                                   &kUnmatchedTitle,
                                   &kWhere,
                                   &kReviewsOnly,
                                   &kExtractOnly,
                                   &kFile,
                                   &kUnmatchedNote,
                                   &kPeriod,
                                   &kExtract};

}  // namespace ipskit::writers::reports::fidelity_outcomes_labels
