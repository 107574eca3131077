#include "domain/report_settings.hpp"

namespace ipskit {

ReportSettings default_report_settings() {
    ReportSettings s;
    s.gain_source = {
        "the saving per IPS course against standard services over 18 months in the Danish health-economic "
        "analysis of the INKLUSION trial; Region Sjælland's plan used 71,572 DKK",
        "besparelsen pr. IPS-forløb i forhold til almindelig indsats over 18 måneder i den danske "
        "sundhedsøkonomiske analyse af INKLUSION-forsøget; Region Sjællands plan brugte 71.572 kr."};
    s.comparisons = {
        {{"International average of IPS trials", "Internationalt gennemsnit af IPS-forsøg"},
         55,
         23,
         {"in job (about)", "i job (ca.)"},
         {"IPS trials across countries, IPS against control groups",
          "IPS-forsøg i flere lande, IPS over for kontrolgrupper"}},
        {{"The Danish INKLUSION trial", "Det danske INKLUSION-forsøg"},
         59.9,
         46.5,
         {"in job or education within 18 months", "i job eller uddannelse inden for 18 måneder"},
         {"INKLUSION, the Danish randomised trial of IPS",
          "INKLUSION, det danske lodtrækningsforsøg med IPS"}},
        {{"Hjørring 2018", "Hjørring 2018"},
         56,
         std::nullopt,
         {"in job or education after 10 months", "i job eller uddannelse efter 10 måneder"},
         {"Hjørring Kommune's evaluation of its IPS programme, 2018",
          "Hjørring Kommunes evaluering af sit IPS-forløb, 2018"}},
    };
    return s;
}

}  // namespace ipskit
