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

inline const std::array kAllLabels{&kPeriods,    &kPeriodColumn,        &kTrendTitle,  &kStarted,
                                   &kClosed,     &kJobOrEducationShare, &kActiveAtEnd, &kTrendCounts,
                                   &kTrendShare, &kTrendOrder,          &kPeriodNote,  &kSpan};

}  // namespace ipskit::writers::reports::period_labels
