#pragma once
// The texts of the report over several periods (the trend) in English and
// Danish. Templates take their figures through fmt, in the order given in
// the comment. kAllLabels lists them all for the test that every label has
// both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::period_labels {

inline const Text kPeriods{"Periods", "Perioder"};
inline const Text kPeriodColumn{"Period", "Periode"};
inline const Text kTrendTitle{"Trend by period", "Udvikling pr. periode"};
inline const Text kStarted{"Started", "Startede"};
inline const Text kClosed{"Closed", "Afsluttede"};
inline const Text kJobOrEducationShare{"Job or education %", "Job eller uddannelse %"};
inline const Text kActiveAtEnd{"Active at period end", "Aktive ved periodens slutning"};
inline const Text kTrendCounts{
    "Started = courses whose start date falls in the period; closed = courses whose end date falls in it, "
    "as in the closed-course tables; active at period end = courses started by the period's last day and "
    "not ended on or before it.",
    "Startede = forløb med startdato i perioden; afsluttede = forløb med slutdato i perioden, som i "
    "tabellerne over afsluttede forløb; aktive ved periodens slutning = forløb, der var startet senest "
    "på periodens sidste dag og ikke afsluttet på eller før den."};
inline const Text kTrendShare{"Job or education % = job or education / closed in the period.",
                              "Job eller uddannelse % = job eller uddannelse / afsluttede i perioden."};
inline const Text kTrendOrder{"Each group's periods follow one another; the overall total comes last.",
                              "Hver gruppes perioder står efter hinanden; det samlede tal står sidst."};
// {} a period's name, {} a note of that period's table.
inline const Text kPeriodNote{"{}: {}", "{}: {}"};
// {} the first period, {} the last.
inline const Text kSpan{"{} to {}", "{} til {}"};
// The chart of the shares over the periods, and its figures as a table.
inline const Text kShareTrendTitle{"Job or education % by period", "Job eller uddannelse % pr. periode"};
// {} the target in percent.
inline const Text kShareTrendNote{"The figures of the chart above; the target is {}.",
                                  "Tallene i figuren ovenfor; målet er {}."};

// The targets (targets.yaml).
inline const Text kTargetsTitle{"Actual against expected", "Faktisk i forhold til forventet"};
inline const Text kExpectedStarted{"Expected started", "Forventet startede"};
inline const Text kStartedOfExpected{"Started % of expected", "Startede % af forventet"};
inline const Text kStartedBelow{"Started below expected", "Startede under forventet"};
inline const Text kShareTarget{"Share target", "Mål for andel"};
inline const Text kShareBelow{"Share below target", "Andel under målet"};
inline const Text kBelow{"below", "under"};
inline const Text kExpectedRule{
    "Expected started = the courses expected in a year (targets.yaml) × the period's share of a year: whole "
    "calendar months count as months / 12, so a quarter is a quarter of the year; any other period as days / "
    "365.25.",
    "Forventet startede = de forløb, der forventes på et år (targets.yaml), × periodens andel af et år: hele "
    "kalendermåneder tæller som måneder / 12, så et kvartal er en fjerdedel af året; andre perioder som dage "
    "/ 365,25."};
inline const Text kBelowRule{
    "Below: fewer courses started than expected, or a job-or-education share under the target, compared on "
    "the counts before rounding. The share target is the group's own, else --target.",
    "Under: færre startede forløb end forventet, eller en andel i job eller uddannelse under målet, "
    "sammenlignet på tallene før afrunding. Målet for andelen er gruppens eget, ellers --target."};
inline const Text kBelowHeading{"Groups below what was expected", "Grupper under det forventede"};
inline const Text kNoneBelow{"No group is below what was expected.", "Ingen gruppe er under det forventede."};
// {} the group, {} the period, {} what fell short.
inline const Text kBelowItem{"{}, {}: {}.", "{}, {}: {}."};
// {} courses started, {} expected, {} percent of expected.
inline const Text kStartedShort{"{} courses started against {} expected ({}%)",
                                "{} forløb startet mod {} forventet ({} %)"};
inline const Text kStartedShortOne{"{} course started against {} expected ({}%)",
                                   "{} forløb startet mod {} forventet ({} %)"};
// {} the share in percent, {} the target in percent.
inline const Text kShareShort{"{}% in a job or education against a target of {}%",
                              "{} % i job eller uddannelse mod et mål på {} %"};
inline const Text kAnd{"; ", "; "};

inline const std::array kAllLabels{&kPeriods,      &kPeriodColumn,    &kTrendTitle,
                                   &kStarted,      &kClosed,          &kJobOrEducationShare,
                                   &kActiveAtEnd,  &kTrendCounts,     &kTrendShare,
                                   &kTrendOrder,   &kPeriodNote,      &kSpan,
                                   &kTargetsTitle, &kExpectedStarted, &kStartedOfExpected,
                                   &kStartedBelow, &kShareTarget,     &kShareBelow,
                                   &kBelow,        &kExpectedRule,    &kBelowRule,
                                   &kBelowHeading, &kNoneBelow,       &kBelowItem,
                                   &kStartedShort, &kStartedShortOne, &kShareShort,
                                   &kAnd,          &kShareTrendTitle, &kShareTrendNote};

}  // namespace ipskit::writers::reports::period_labels
