#pragma once
// Every text of the outcomes report in English and Danish, as named constants
// so that a misspelt label is a compile error. Templates take their figures
// through fmt, in the order given in the comment.

#include <array>
#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/text.hpp"

namespace ipskit::writers::reports {

const Text& outcome_name(outcomes::Outcome o);
// The outcome's id in JSON, the same in every language: ordinary_job, flexjob, education, other.
std::string outcome_id(outcomes::Outcome o);
// The column's name of a --by field; an attribute of the cluster map as the
// map spells it (`attributes` is the grouping's, OutcomeResult::attributes).
Text group_field_name(outcomes::GroupField f, const std::vector<std::string>& attributes);

inline const Text kTitle{"IPS outcomes", "IPS-resultater"};
inline const Text kTotal{"Total", "I alt"};
inline const Text kJobOrEducation{"Job or education", "Job eller uddannelse"};
inline const Text kNotGiven{"(not given)", "(ikke angivet)"};
inline const Text kStillActive{"(still active)", "(stadig aktiv)"};
inline const Text kMet{"met", "opfyldt"};
inline const Text kNotMet{"not met", "ikke opfyldt"};
inline const Text kYes{"yes", "ja"};

// Facts.
inline const Text kPeriod{"Period", "Periode"};
inline const Text kAllClosed{"all closed courses (no period given)",
                             "alle afsluttede forløb (ingen periode angivet)"};
inline const Text kAsOf{"As of", "Opgjort pr."};
inline const Text kAsOfSource{"As-of date from", "Opgørelsesdato taget fra"};
inline const Text kLatestDate{"the latest date in the extract", "den seneste dato i udtrækket"};
inline const Text kAsOfOption{"--as-of", "--as-of"};
inline const Text kRowsRead{"Rows read", "Rækker læst"};
inline const Text kMissingColumns{"Columns not in the extract", "Kolonner, som udtrækket ikke har"};
inline const Text kCoursesRead{"Courses kept", "Forløb medtaget"};
inline const Text kRowsWithErrors{"Rows left out for errors", "Rækker udeladt pga. fejl"};
inline const Text kTarget{"Target", "Mål"};

// The closed-course table.
inline const Text kClosedTitle{"Closed courses by outcome", "Afsluttede forløb fordelt på resultat"};
inline const Text kClosedByGroupTitle{"Closed courses by outcome and group",
                                      "Afsluttede forløb fordelt på resultat og gruppe"};
inline const Text kOutcome{"Outcome", "Resultat"};
inline const Text kCount{"Number", "Antal"};
inline const Text kShare{"Share", "Andel"};
inline const Text kCiLower{"95 % CI from", "95 % KI fra"};
inline const Text kCiUpper{"95 % CI to", "95 % KI til"};
// {0} groups
inline const Text kEmptyGroup{"{0} group with no course closed in the period is not shown.",
                              "{0} gruppe uden forløb afsluttet i perioden er ikke vist."};
inline const Text kEmptyGroups{"{0} groups with no course closed in the period are not shown.",
                               "{0} grupper uden forløb afsluttet i perioden er ikke vist."};
inline const Text kDaysN{"n (days)", "n (dage)"};
inline const Text kMetColumn{"Target met", "Mål opfyldt"};
// {0} first day, {1} last day
inline const Text kPeriodRule{"Courses whose end date falls from {0} to {1}.",
                              "Forløb med slutdato fra {0} til {1}."};
inline const Text kNoPeriodRule{
    "No period given: every closed course in the extract, whatever its end date.",
    "Ingen periode angivet: alle afsluttede forløb i udtrækket, uanset slutdato."};
// {0} closed courses
inline const Text kShareRuleOne{
    "Share = courses with the outcome / the {0} course closed in the period. "
    "Job or education = ordinary job + flexjob + education.",
    "Andel = forløb med resultatet / det {0} forløb, der blev afsluttet i perioden. "
    "Job eller uddannelse = ordinært job + fleksjob + uddannelse."};
inline const Text kShareRule{
    "Share = courses with the outcome / the {0} courses closed in the period. "
    "Job or education = ordinary job + flexjob + education.",
    "Andel = forløb med resultatet / de {0} forløb, der blev afsluttet i perioden. "
    "Job eller uddannelse = ordinært job + fleksjob + uddannelse."};
// {0} active, {1} closed before, {2} closed after
inline const Text kLeftOut{
    "Left out: {0} still active, {1} closed before the period, {2} closed after it.",
    "Udeladt: stadig aktive ({0}), afsluttet før perioden ({1}), afsluttet efter perioden ({2})."};
// {0} rows
inline const Text kErrorRow{"{0} row of the extract was left out for errors (--keep-going).",
                            "{0} række i udtrækket blev udeladt pga. fejl (--keep-going)."};
inline const Text kErrorRows{"{0} rows of the extract were left out for errors (--keep-going).",
                             "{0} rækker i udtrækket blev udeladt pga. fejl (--keep-going)."};
inline const Text kRounding{"Shares are rounded half away from zero, once, at output.",
                            "Andelene afrundes kun én gang, når rapporten skrives, og halve runder op."};
inline const Text kCiNote{"95 % confidence intervals: Wilson score, without continuity correction.",
                          "95 % konfidensintervaller: Wilson score, uden kontinuitetskorrektion."};
// {0} threshold
inline const Text kSuppressed{
    "<{0}: fewer than {0} courses, 0 included; figures computed from them (shares, intervals, days, "
    "target met) are shown as <{0} too. x: hidden so that a hidden small count cannot be worked out "
    "from the totals; an x is {0} or more, or computed from such a count.",
    "<{0}: færre end {0} forløb, 0 medregnet; tal beregnet af dem (andele, intervaller, dage, mål "
    "opfyldt) vises også som <{0}. x: skjult, så et skjult lille antal ikke kan regnes ud fra I "
    "alt-tallene; et x er {0} eller flere, eller beregnet af et sådant antal."};
inline const Text kGroupTotals{
    "Each group is followed by its total; the last row is the overall total.",
    "Efter hver gruppe følger gruppens I alt; sidste række er I alt for alle grupper."};

// The target table.
inline const Text kTargetTitle{"Job or education against the target",
                               "Job eller uddannelse i forhold til målet"};
inline const Text kMeasure{"Measure", "Opgørelse"};
inline const Text kResult{"Result", "Resultat"};
// {0} job or education, {1} closed
inline const Text kTargetRuleOne{"{0} of {1} closed course; compared with the target before rounding.",
                                 "{0} af {1} afsluttet forløb; sammenlignet med målet før afrunding."};
inline const Text kTargetRule{"{0} of {1} closed courses; compared with the target before rounding.",
                              "{0} af {1} afsluttede forløb; sammenlignet med målet før afrunding."};

// Time to job or education, and to first employer contact.
inline const Text kTimeTitle{"Time from start", "Tid fra start"};
inline const Text kToOutcome{"Start to job or education", "Start til job eller uddannelse"};
inline const Text kToContact{"Start to first employer contact", "Start til første arbejdsgiverkontakt"};
inline const Text kMeanDays{"Mean (days)", "Gennemsnit (dage)"};
inline const Text kMedianDays{"Median (days)", "Median (dage)"};
inline const Text kQ1Days{"Lower quartile (days)", "Nedre kvartil (dage)"};
inline const Text kQ3Days{"Upper quartile (days)", "Øvre kvartil (dage)"};
inline const Text kMeanYears{"Mean (years)", "Gennemsnit (år)"};
inline const Text kMedianYears{"Median (years)", "Median (år)"};
inline const Text kWithin30{"Within 30 days", "Inden for 30 dage"};
// {0} courses with job or education, {1} without outcome date
inline const Text kToOutcomeRule{
    "Start to job or education: courses closed in the period with job, flexjob or education ({0}), from "
    "start "
    "date to outcome date; left out: {1} without an outcome date.",
    "Start til job eller uddannelse: forløb afsluttet i perioden med job, fleksjob eller uddannelse ({0}), "
    "fra "
    "startdato til resultatdato; udeladt: {1} uden resultatdato."};
// {0} closed courses, {1} without contact
inline const Text kToContactRule{
    "Start to first employer contact: courses closed in the period ({0}); left out: {1} with no first "
    "employer "
    "contact recorded. Within 30 days = contact on day 0 to 30 / n.",
    "Start til første arbejdsgiverkontakt: forløb afsluttet i perioden ({0}); udeladt: {1} uden registreret "
    "arbejdsgiverkontakt. Inden for 30 dage = kontakt på dag 0 til 30 / n."};
inline const Text kTimeMethod{"Years = days / 365.25. Quartiles and median as R's quantile(type = 7).",
                              "År = dage / 365,25. Kvartiler og median som R's quantile(type = 7)."};

// The cohort view.
inline const Text kCohortTitle{"Cohort: cumulative share in job or education",
                               "Kohorte: kumuleret andel i job eller uddannelse"};
inline const Text kMonths{"Months", "Måneder"};
inline const Text kDays{"Days", "Dage"};
inline const Text kCumulative{"Cumulative share", "Kumuleret andel"};
inline const Text kAtRisk{"Still followed", "Følges stadig"};
inline const Text kFullFollowUp{"With full follow-up", "Med fuld opfølgning"};
inline const Text kFullShare{"Share among them", "Andel blandt dem"};
// {0} courses, {1} started outside the period, {2} started after as-of
inline const Text kCohortRule{
    "Courses that started in the period ({0}); left out: {1} started outside it, {2} started after the as-of "
    "date.",
    "Forløb startet i perioden ({0}); udeladt: {1} startet uden for den, {2} startet efter "
    "opgørelsesdatoen."};
// {0} months, {1} why the share cannot be estimated
inline const Text kCohortUndefinedOne{"{0} month: {1}.", "{0} måned: {1}."};
inline const Text kCohortUndefined{"{0} months: {1}.", "{0} måneder: {1}."};
// {0} as-of date
inline const Text kCohortMethod{
    "Aalen-Johansen estimate with closing for another reason as a competing event; active courses are "
    "censored "
    "on {0}. Event time: outcome date for job or education (else end date), end date for other. Months are "
    "converted to days as months x 30.4375, rounded.",
    "Aalen-Johansen-estimat med afslutning af anden grund som konkurrerende hændelse; aktive forløb "
    "censureres "
    "{0}. Hændelsestid: resultatdato for job eller uddannelse (ellers slutdato), slutdato for andet. Måneder "
    "omregnes til dage som måneder x 30,4375, afrundet."};
inline const Text kFullFollowUpRule{
    "With full follow-up = started at least the horizon before the as-of date; share = in job or education "
    "by "
    "the horizon / those courses.",
    "Med fuld opfølgning = startet mindst horisonten før opgørelsesdatoen; andel = i job eller uddannelse "
    "inden "
    "horisonten / disse forløb."};

// Capacity.
inline const Text kCapacityTitle{"Capacity", "Kapacitet"};
inline const Text kActiveCourses{"Active courses", "Aktive forløb"};
inline const Text kInAftercare{"of which in aftercare", "heraf i efterværn"};
// {0} day
inline const Text kCapacityRule{
    "Active = started on or before {0} and not ended by then. Aftercare as the extract records it now.",
    "Aktiv = startet senest {0} og ikke afsluttet på den dato. Efterværn, som det står i udtrækket i dag."};
inline const Text kCapacityOpenRule{
    "Active = no end date in the extract. Aftercare as the extract records it.",
    "Aktiv = ingen slutdato i udtrækket. Efterværn, som det står i udtrækket."};
inline const Text kCaseloadTitle{"Active courses per consultant", "Aktive forløb pr. konsulent"};
inline const Text kConsultant{"Consultant", "Konsulent"};
inline const Text kAboveMax{"Above maximum", "Over maksimum"};
inline const Text kMaxCaseload{"Maximum", "Maksimum"};
// {0} --max-caseload, {1} courses without consultant; the maxima come from targets.yaml
inline const Text kCaseloadGroupRuleOne{
    "Flagged: more active courses than the maximum of the consultant's group (max_caseload in targets.yaml; "
    "otherwise {0}, --max-caseload). {1} active course has no consultant recorded.",
    "Markeret: flere aktive forløb end maksimum for konsulentens gruppe (maks_aktive_forloeb i targets.yaml; "
    "ellers {0}, --max-caseload). {1} aktivt forløb har ingen konsulent registreret."};
inline const Text kCaseloadGroupRule{
    "Flagged: more active courses than the maximum of the consultant's group (max_caseload in targets.yaml; "
    "otherwise {0}, --max-caseload). {1} active courses have no consultant recorded.",
    "Markeret: flere aktive forløb end maksimum for konsulentens gruppe (maks_aktive_forloeb i targets.yaml; "
    "ellers {0}, --max-caseload). {1} aktive forløb har ingen konsulent registreret."};
// {0} maximum, {1} courses without consultant
inline const Text kCaseloadRuleOne{
    "Flagged: more than {0} active courses (--max-caseload). {1} active course has no consultant recorded.",
    "Markeret: flere end {0} aktive forløb (--max-caseload). {1} aktivt forløb har ingen konsulent "
    "registreret."};
inline const Text kCaseloadRule{
    "Flagged: more than {0} active courses (--max-caseload). {1} active courses have no consultant recorded.",
    "Markeret: flere end {0} aktive forløb (--max-caseload). {1} aktive forløb har ingen konsulent "
    "registreret."};

// Every label above, for the test that each has both languages.
inline const std::array kAllLabels{&kTitle,
                                   &kTotal,
                                   &kJobOrEducation,
                                   &kNotGiven,
                                   &kStillActive,
                                   &kMet,
                                   &kNotMet,
                                   &kYes,
                                   &kPeriod,
                                   &kAllClosed,
                                   &kAsOf,
                                   &kAsOfSource,
                                   &kLatestDate,
                                   &kAsOfOption,
                                   &kRowsRead,
                                   &kMissingColumns,
                                   &kCoursesRead,
                                   &kRowsWithErrors,
                                   &kTarget,
                                   &kClosedTitle,
                                   &kClosedByGroupTitle,
                                   &kOutcome,
                                   &kCount,
                                   &kShare,
                                   &kCiLower,
                                   &kCiUpper,
                                   &kEmptyGroup,
                                   &kEmptyGroups,
                                   &kDaysN,
                                   &kMetColumn,
                                   &kPeriodRule,
                                   &kNoPeriodRule,
                                   &kShareRuleOne,
                                   &kShareRule,
                                   &kLeftOut,
                                   &kErrorRow,
                                   &kErrorRows,
                                   &kRounding,
                                   &kCiNote,
                                   &kSuppressed,
                                   &kGroupTotals,
                                   &kTargetTitle,
                                   &kMeasure,
                                   &kResult,
                                   &kTargetRuleOne,
                                   &kTargetRule,
                                   &kTimeTitle,
                                   &kToOutcome,
                                   &kToContact,
                                   &kMeanDays,
                                   &kMedianDays,
                                   &kQ1Days,
                                   &kQ3Days,
                                   &kMeanYears,
                                   &kMedianYears,
                                   &kWithin30,
                                   &kToOutcomeRule,
                                   &kToContactRule,
                                   &kTimeMethod,
                                   &kCohortTitle,
                                   &kMonths,
                                   &kDays,
                                   &kCumulative,
                                   &kAtRisk,
                                   &kFullFollowUp,
                                   &kFullShare,
                                   &kCohortRule,
                                   &kCohortUndefinedOne,
                                   &kCohortUndefined,
                                   &kCohortMethod,
                                   &kFullFollowUpRule,
                                   &kCapacityTitle,
                                   &kActiveCourses,
                                   &kInAftercare,
                                   &kCapacityRule,
                                   &kCapacityOpenRule,
                                   &kCaseloadTitle,
                                   &kConsultant,
                                   &kAboveMax,
                                   &kCaseloadRuleOne,
                                   &kCaseloadRule,
                                   &kMaxCaseload,
                                   &kCaseloadGroupRuleOne,
                                   &kCaseloadGroupRule};

}  // namespace ipskit::writers::reports
