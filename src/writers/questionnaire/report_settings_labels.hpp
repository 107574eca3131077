#pragma once
// The comments of report.yaml as `ipskit report --print-config` writes it,
// in English and Danish, as named constants so that a misspelt label is a
// compile error. kAllLabels lists them all for the test that every label
// has both languages.

#include <array>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire::report_settings_labels {

inline const Text kIntro{
    "Settings of 'ipskit report --config report.yaml'. Every key may be left out; the values here are the "
    "defaults. Options given on the command line win over this file.",
    "Indstillinger til 'ipskit report --config report.yaml'. Alle nøgler kan udelades; værdierne her er "
    "standardværdierne. Tilvalg på kommandolinjen går forud for denne fil."};
inline const Text kOrganisation{"The organisation the report is for, in its title (empty: none)",
                                "Den organisation, rapporten er til, i titlen (tom: ingen)"};
inline const Text kLanguage{"en or da (empty: --lang, else IPSKIT_LANG or the locale)",
                            "en eller da (tom: --lang, ellers IPSKIT_LANG eller sprogindstillingen)"};
inline const Text kTarget{"Target share of job or education in percent (--target)",
                          "Målet for andelen i job eller uddannelse i procent (--target)"};
inline const Text kSuppress{"Show counts under N as <N (--suppress-below; 0: show every count)",
                            "Vis antal under N som <N (--suppress-below; 0: vis alle antal)"};
inline const Text kGain{"Gain per closed course in DKK, for the socio-economic estimate",
                        "Gevinst pr. afsluttet forløb i kr. til det samfundsøkonomiske skøn"};
inline const Text kGainSource{"Where the gain per course comes from, printed beside the estimate",
                              "Hvor gevinsten pr. forløb stammer fra; står ved skønnet"};
inline const Text kComparisons{
    "Published figures to compare the share of job or education with (percent; control may be left out)",
    "Offentliggjorte tal at sammenligne andelen i job eller uddannelse med (procent; control kan udelades)"};
inline const Text kActionPlan{"Owner and date of an item in the action plan, by item number",
                              "Ansvarlig og dato for et punkt i handleplanen, efter punktnummer"};

inline const std::array kAllLabels{&kIntro, &kOrganisation, &kLanguage,    &kTarget,    &kSuppress,
                                   &kGain,  &kGainSource,   &kComparisons, &kActionPlan};

}  // namespace ipskit::writers::questionnaire::report_settings_labels
