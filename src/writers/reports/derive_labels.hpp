#pragma once
// Every text of the derived-items report in English and Danish, as named
// constants so that a misspelt label is a compile error. Templates take their
// figures through fmt. kAllLabels lists them all for the test that every
// label has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::reports::derive_labels {

inline const Text kTitle{"Fidelity items from the site's records: {}",
                         "Fidelitetspunkter fra stedets registreringer: {}"};
inline const Text kScale{"Scale", "Skala"};
inline const Text kSite{"Site", "Sted"};
inline const Text kAsOf{"As of", "Opgjort pr."};
inline const Text kPeriod{"Period", "Periode"};
inline const Text kCoursesRead{"Courses read", "Forløb læst"};
inline const Text kJobsInPeriod{"Jobs started in the period", "Job startet i perioden"};
inline const Text kContactsInPeriod{"Employer contacts in the period", "Arbejdsgiverkontakter i perioden"};
inline const Text kNotGiven{"not given", "ikke angivet"};
inline const Text kIntro{
    "Figures computed from the records, each scored by the band of the scale file. They are evidence for "
    "the reviewers, who decide the rating.",
    "Tal beregnet ud fra registreringerne, hver scoret efter skalafilens interval. De er grundlag for "
    "bedømmerne, som fastsætter scoren."};
inline const Text kItems{"Derived items", "Beregnede punkter"};
inline const Text kNumber{"Nr.", "Nr."};
inline const Text kItem{"Item", "Punkt"};
inline const Text kFigure{"Figure", "Tal"};
inline const Text kCounted{"Counted", "Optalt"};
inline const Text kN{"n", "n"};
inline const Text kLeftOut{"Left out", "Udeladt"};
inline const Text kFrom{"From", "Fra"};
inline const Text kTo{"To", "Til"};
inline const Text kBand{"Band", "Interval"};
inline const Text kScore{"Score", "Score"};
inline const Text kEvidence{"What the figure shows", "Hvad tallet viser"};
inline const Text kBandText{"{} to {} → {}", "{} til {} → {}"};
inline const Text kBandOpen{"{} or more → {}", "{} eller mere → {}"};

// The counts behind each figure: numerator ÷ denominator.
inline const Text kCountCaseload{"{} active courses ÷ {} FTE", "{} aktive forløb ÷ {} årsværk"};
inline const Text kCountEmployment{"FTE-weighted over {} specialists",
                                   "vægtet med stillingsbrøk over {} IPS-konsulenter"};
inline const Text kCountDays{"days summed over {} courses", "dage summeret over {} forløb"};
inline const Text kCountShare{"{} of {}", "{} af {}"};
inline const Text kCountContacts{"{} face to face ÷ {} FTE-weeks", "{} ansigt til ansigt ÷ {} årsværksuger"};
inline const Text kCountDistinct{"{} different of {} jobs", "{} forskellige af {} job"};
inline const Text kCountCommunity{"{} of {} hours a week", "{} af {} timer om ugen"};

// Why an item has, or has no, derived score.
inline const Text kScored{"Scored by the scale's band.", "Scoret efter skalaens interval."};
inline const Text kTooThin{"Too thin to score: the figure rests on {} {}; at least {} are needed.",
                           "For spinkelt til at score: tallet bygger på {} {}; der skal mindst {} til."};
inline const Text kTooShort{"Period too short to score: {} days; this item needs at least {}.",
                            "Perioden er for kort til at score: {} dage; punktet kræver mindst {}."};
inline const Text kOutside{"The figure lies in no band of the scale.",
                           "Tallet ligger ikke i noget interval i skalaen."};
inline const Text kNoStaff{"Not scored: give staff.yaml (each specialist's FTE is needed).",
                           "Ikke scoret: angiv staff.yaml (hver IPS-konsulents stillingsbrøk skal bruges)."};
inline const Text kNoJobs{"Not scored: give jobs.csv.", "Ikke scoret: angiv jobs.csv."};
inline const Text kNoContacts{"Not scored: give employer_contacts.csv.",
                              "Ikke scoret: angiv employer_contacts.csv."};
inline const Text kNoEmploymentShare{
    "Not scored: staff.yaml gives no specialist's share of time on employment work.",
    "Ikke scoret: staff.yaml angiver for ingen IPS-konsulent, hvor stor en andel af tiden der går til "
    "beskæftigelsesindsatsen."};
inline const Text kNoCommunityHours{
    "Not scored: staff.yaml gives no specialist's hours in the community.",
    "Ikke scoret: staff.yaml angiver for ingen IPS-konsulent timerne uden for kontoret."};
inline const Text kNoJobValues{"Not scored: no job started in the period has this field filled in.",
                               "Ikke scoret: intet job, der startede i perioden, har feltet udfyldt."};
inline const Text kNoContactValues{
    "Not scored: no contact in the period says whether it was face to face.",
    "Ikke scoret: ingen kontakt i perioden angiver, om den var ansigt til ansigt."};
inline const Text kNoPreferenceValues{
    "Not scored: no contact or job in the period says whether it matched the participant's wishes.",
    "Ikke scoret: ingen kontakt eller job i perioden angiver, om det matcher borgerens jobønske."};
inline const Text kNoFirstContacts{
    "Not scored: no course started in the period has a first employer contact.",
    "Ikke scoret: intet forløb, der startede i perioden, har en første "
    "arbejdsgiverkontakt."};

// What an n counts, singular and plural.
inline const Text kCourse{"course", "forløb"};
inline const Text kCourses{"courses", "forløb"};
inline const Text kJob{"job", "job"};
inline const Text kJobs{"jobs", "job"};
inline const Text kContact{"contact", "kontakt"};
inline const Text kContacts{"contacts", "kontakter"};
inline const Text kContactOrJob{"contact or job", "kontakt eller job"};
inline const Text kContactsAndJobs{"contacts and jobs", "kontakter og job"};
inline const Text kSpecialist{"specialist", "IPS-konsulent"};
inline const Text kSpecialists{"specialists", "IPS-konsulenter"};

inline const Text kNotes{
    "n is what the figure rests on; left out are the records of the period the figure cannot use (no "
    "value given; for item 15 the courses without a first employer contact yet). 'man ipskit' "
    "gives each formula, under derive.",
    "n er det, tallet bygger på; udeladt er periodens registreringer, tallet ikke kan bruge (ingen værdi "
    "angivet; for punkt 15 forløb uden første arbejdsgiverkontakt endnu). 'man ipskit' "
    "beskriver hver formel under derive."};

inline const Text kSpecialistsTable{"Per specialist", "Pr. IPS-konsulent"};
inline const Text kConsultant{"Consultant", "Konsulent"};
inline const Text kFte{"FTE", "Stillingsbrøk"};
inline const Text kActive{"Active courses", "Aktive forløb"};
inline const Text kCaseload{"Active courses per FTE", "Aktive forløb pr. årsværk"};
inline const Text kFaceToFace{"Face-to-face contacts", "Kontakter ansigt til ansigt"};
inline const Text kPerWeek{"Contacts per FTE per week", "Kontakter pr. årsværk pr. uge"};
inline const Text kFirstContacts{"Courses with a first contact", "Forløb med første kontakt"};
inline const Text kDays{"Mean days to first contact", "Gennemsnitlige dage til første kontakt"};
inline const Text kSpecialistNotes{
    "Active courses on the as-of date; contacts and first contacts of courses started in the period. No "
    "participant is named.",
    "Aktive forløb på opgørelsesdatoen; kontakter og første kontakter for forløb startet i perioden. Ingen "
    "borger nævnes."};
inline const Text kNotInStaff{"{} (not in staff.yaml)", "{} (ikke i staff.yaml)"};
inline const Text kWithoutConsultant{"{} active courses name no consultant.",
                                     "{} aktive forløb har ingen konsulent angivet."};

inline const std::array kAllLabels{&kTitle,
                                   &kScale,
                                   &kSite,
                                   &kAsOf,
                                   &kPeriod,
                                   &kCoursesRead,
                                   &kJobsInPeriod,
                                   &kContactsInPeriod,
                                   &kNotGiven,
                                   &kIntro,
                                   &kItems,
                                   &kNumber,
                                   &kItem,
                                   &kFigure,
                                   &kCounted,
                                   &kN,
                                   &kLeftOut,
                                   &kFrom,
                                   &kTo,
                                   &kBand,
                                   &kScore,
                                   &kEvidence,
                                   &kBandText,
                                   &kBandOpen,
                                   &kCountCaseload,
                                   &kCountEmployment,
                                   &kCountDays,
                                   &kCountShare,
                                   &kCountContacts,
                                   &kCountDistinct,
                                   &kCountCommunity,
                                   &kScored,
                                   &kTooThin,
                                   &kTooShort,
                                   &kOutside,
                                   &kNoStaff,
                                   &kNoJobs,
                                   &kNoContacts,
                                   &kNoEmploymentShare,
                                   &kNoCommunityHours,
                                   &kNoJobValues,
                                   &kNoContactValues,
                                   &kNoPreferenceValues,
                                   &kNoFirstContacts,
                                   &kCourse,
                                   &kCourses,
                                   &kJob,
                                   &kJobs,
                                   &kContact,
                                   &kContacts,
                                   &kContactOrJob,
                                   &kContactsAndJobs,
                                   &kSpecialist,
                                   &kSpecialists,
                                   &kNotes,
                                   &kSpecialistsTable,
                                   &kConsultant,
                                   &kFte,
                                   &kActive,
                                   &kCaseload,
                                   &kFaceToFace,
                                   &kPerWeek,
                                   &kFirstContacts,
                                   &kDays,
                                   &kSpecialistNotes,
                                   &kNotInStaff,
                                   &kWithoutConsultant};

}  // namespace ipskit::writers::reports::derive_labels
