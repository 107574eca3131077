#include "cli/help_language.hpp"

#include <map>
#include <memory>
#include <string>

#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

// English help text -> Danish, one entry per description of a command or an
// option. The English stays where each option is made (and is the man page's
// source); a text without an entry stays English, so a new option's help is
// never lost, only untranslated until it gets its line here.
const std::map<std::string, std::string>& danish_help() {
    static const std::map<std::string, std::string> table = {
        {"A case extract: each site's outcomes beside its fidelity",
         "Et udtræk af forløb: hvert steds resultater ved siden af dets fidelitet"},
        {"Compare the sites both the reviews and the extract hold, and list the rest",
         "Sammenlign de steder, der findes både i vurderingerne og i udtrækket, og vis resten på en liste"},
        {"Compute the fidelity items a site's own records can score: caseload, employer contacts, job "
         "diversity, ...",
         "Beregn de fidelitetspunkter, et steds egne registreringer kan give en score: sagsstamme, "
         "arbejdsgiverkontakter, forskellige job, ..."},
        {"Delimiter of the CSV inputs: ',', ';', tab or another punctuation mark such as '|' (default: "
         "detected from the header)",
         "Skilletegn for CSV-filerne: ',', ';', tab eller et andet tegn som '|' (standard: aflæst af "
         "overskriftslinjen)"},
        {"Encoding of the CSV inputs: utf-8 (default) or windows-1252 (also written utf8, cp1252, latin1 or "
         "iso-8859-1)",
         "Tegnkodning for CSV-filerne: utf-8 (standard) eller windows-1252 (også skrevet utf8, cp1252, "
         "latin1 eller iso-8859-1)"},
        {"Expected courses started per year and share targets per site or cluster (targets.yaml)",
         "Forventede startede forløb pr. år og mål for andelen pr. kommune eller klynge (targets.yaml)"},
        {"First day of the outcomes' period, inclusive", "Første dag i resultaternes periode, medregnet"},
        {"Last day of the outcomes' period, inclusive", "Sidste dag i resultaternes periode, medregnet"},
        {"Leave sites with fewer closed courses out of the correlation",
         "Udelad steder med færre afsluttede forløb fra korrelationen"},
        {"One period from its first to its last day, inclusive (e.g. 2020-08-01..2023-07-31); the same as "
         "--from and --to",
         "Én periode fra dens første til dens sidste dag, medregnet (fx 2020-08-01..2023-07-31); det samme "
         "som --from og --to"},
        {"Outcomes of courses closed in this calendar year",
         "Resultater af forløb afsluttet i dette kalenderår"},
        {"Report each calendar year from FIRST to LAST, and the trend over them (e.g. 2020..2023)",
         "Opgør hvert kalenderår fra FØRSTE til SIDSTE og udviklingen over dem (fx 2020..2023)"},
        {"Report each quarter from FIRST to LAST, and the trend over them (e.g. 2021Q1..2023Q2)",
         "Opgør hvert kvartal fra FØRSTE til SIDSTE og udviklingen over dem (fx 2021K1..2023K2)"},
        {"Scale id, e.g. ips-25 (not with --staff)", "Skalaens id, fx ips-25 (ikke med --staff)"},
        {"The day the caseload is counted (default: the period's last day, else the latest date in "
         "cases.csv)",
         "Dagen, sagsstammen opgøres (standard: periodens sidste dag, ellers den seneste dato i cases.csv)"},
        {"The days counted, both inclusive (default: the 365 days up to --as-of)",
         "De dage, der medregnes, begge inklusive (standard: de 365 dage op til --as-of)"},
        {"The scale whose rules name the figures, e.g. ips-25",
         "Skalaen, hvis regler angiver tallene, fx ips-25"},
        {"The sheet of a cases workbook, by name or number (default: the first)",
         "Arket i en projektmappe med forløb, ved navn eller nummer (standard: det første)"},
        {"The site's cases.csv (or a workbook)", "Stedets cases.csv (eller en projektmappe)"},
        {"The site's cases.csv (or a workbook): derive the items its records can score, and show them beside "
         "the ratings",
         "Stedets cases.csv (eller en projektmappe): beregn de punkter, registreringerne kan give en score, "
         "og vis dem ved siden af bedømmelserne"},
        {"With --cases: YAML map from column names to cases.csv's headers",
         "Med --cases: YAML-kolonnekort fra kolonnenavne til overskrifterne i cases.csv"},
        {"With --cases: an item the questionnaire leaves open gets the score the records give it; the "
         "reviewer's rating wins wherever one is given",
         "Med --cases: et punkt, skemaet lader stå åbent, får den score, registreringerne giver det; "
         "bedømmerens score gælder altid, hvor den er givet"},
        {"With --cases: employer_contacts.csv", "Med --cases: employer_contacts.csv"},
        {"With --cases: jobs.csv, the jobs and education participants held",
         "Med --cases: jobs.csv, deltagernes job og uddannelser"},
        {"With --cases: staff.yaml, the consultants with FTE, time on employment work and hours",
         "Med --cases: staff.yaml, konsulenterne med stillingsbrøk, tid på beskæftigelse og timer"},
        {"With --cases: the day the caseload is counted (default: the period's last day, else the latest "
         "date in cases.csv)",
         "Med --cases: dagen, sagsstammen opgøres (standard: periodens sidste dag, ellers den seneste dato i "
         "cases.csv)"},
        {"With --cases: the days counted, both inclusive (default: the 365 days up to --as-of)",
         "Med --cases: de dage, der medregnes, begge inklusive (standard: de 365 dage op til --as-of)"},
        {"With --cases: the sheet of a cases workbook, by name or number",
         "Med --cases: arket i en projektmappe med forløb, ved navn eller nummer"},
        {"With a review and --cases: employer_contacts.csv",
         "Med en vurdering og --cases: employer_contacts.csv"},
        {"With a review and --cases: jobs.csv, for the items the records score beside the ratings",
         "Med en vurdering og --cases: jobs.csv, til de punkter, registreringerne giver en score ved siden "
         "af bedømmelserne"},
        {"With a review and --cases: staff.yaml", "Med en vurdering og --cases: staff.yaml"},
        {"Write staff.yaml instead: the site's IPS consultants, their FTE and hours, to fill in",
         "Skriv i stedet staff.yaml: stedets IPS-konsulenter, deres stillingsbrøk og timer, til at udfylde"},
        {"YAML map from column names to cases.csv's headers",
         "YAML-kolonnekort fra kolonnenavne til overskrifterne i cases.csv"},
        {"employer_contacts.csv: the consultants' employer contacts",
         "employer_contacts.csv: konsulenternes arbejdsgiverkontakter"},
        {"jobs.csv: the jobs and education participants held", "jobs.csv: deltagernes job og uddannelser"},
        {"staff.yaml: the consultants with FTE, time on employment work and hours",
         "staff.yaml: konsulenterne med stillingsbrøk, tid på beskæftigelse og timer"},
        {"Print the version and exit", "Vis versionen, og afslut"},
        {"List the fidelity scales, or show one with its anchors and bands",
         "Vis fidelitetsskalaerne, eller én skala med dens beskrivelser og intervaller"},
        {"Write an empty reviewer questionnaire for a scale", "Skriv et tomt bedømmerskema til en skala"},
        {"Score a reviewer questionnaire: items, sections, total, fidelity level; or several reviewers' side "
         "by side with their agreement",
         "Beregn scoren for et bedømmerskema: punkter, områder, samlet score, fidelitetsniveau; eller flere "
         "bedømmeres side om side med deres enighed"},
        {"Convert a questionnaire between YAML and a workbook (.xlsx), both ways",
         "Konvertér et bedømmerskema mellem YAML og en projektmappe (.xlsx), begge veje"},
        {"Draft the consensus questionnaire of two or more reviewers' questionnaires",
         "Lav et udkast til konsensusskemaet ud fra to eller flere bedømmeres skemaer"},
        {"Follow one site's reviews over time: totals, items, sections, priorities met",
         "Følg ét steds vurderinger over tid: samlede scorer, punkter, områder, opfyldte indsatsområder"},
        {"Compare many sites' reviews: site x item matrix, cluster means, weakest items",
         "Sammenlign mange steders vurderinger: sted x punkt-tabel, klyngernes gennemsnit, de svageste "
         "punkter"},
        {"Report employment and education outcomes from a case extract (cases.csv)",
         "Opgør resultater i job og uddannelse ud fra et udtræk af forløb (cases.csv)"},
        {"Write the documents to hand over: the fidelity review report and the evaluation report, in "
         "Markdown",
         "Skriv dokumenterne, der skal afleveres: rapporten om fidelitetsvurderingen og "
         "evalueringsrapporten, i Markdown"},
        {"Language of the output and of messages: en (English) or da (Danish); without it, IPSKIT_LANG, else "
         "the locale",
         "Sprog i resultater og beskeder: en (engelsk) eller da (dansk); uden tilvalget IPSKIT_LANG, ellers "
         "systemets sprog (locale)"},
        {"Go on when a value looks like a CPR number (the report may show it); a warning says how many and "
         "where",
         "Fortsæt, når en værdi ligner et CPR-nummer (rapporten kan vise den); en advarsel siger, hvor mange "
         "og hvor"},
        {"Write the report to FILE ('-' = standard output)",
         "Skriv rapporten til FIL ('-' = standard output)"},
        {"Write the consensus questionnaire to FILE ('-' = standard output)",
         "Skriv konsensusskemaet til FIL ('-' = standard output)"},
        {"Write the questionnaire to FILE ('-' = standard output)",
         "Skriv skemaet til FIL ('-' = standard output)"},
        {"Do not say on stderr which files were written (errors still are)",
         "Sig ikke på stderr, hvilke filer der blev skrevet (fejl vises stadig)"},
        {"Report format: table, md, json or csv (default: from -o's extension, else table)",
         "Rapportens format: table, md, json eller csv (standard: ud fra filendelsen i -o, ellers table)"},
        {"Also write the report as an .xlsx workbook to FILE",
         "Skriv også rapporten som en .xlsx-projektmappe til FIL"},
        {"Also write the report as one self-contained HTML page to FILE (charts inline, prints on A4)",
         "Skriv også rapporten som én selvstændig HTML-side til FIL (figurer indlejret, kan udskrives på "
         "A4)"},
        {"CSV for Danish Excel (excel-da: ';', decimal comma, UTF-8 with BOM), English Excel (excel-en: ',', "
         "decimal point, BOM) or programs (rfc4180: ',', no BOM); default excel-da with --lang da, else "
         "rfc4180",
         "CSV til dansk Excel (excel-da: ';', decimalkomma, UTF-8 med BOM), engelsk Excel (excel-en: ',', "
         "decimalpunktum, BOM) eller programmer (rfc4180: ',', uden BOM); standard excel-da med --lang da, "
         "ellers rfc4180"},
        {"Reviews of many sites: files, or directories of .yaml/.csv/.xlsx reviews",
         "Vurderinger af mange steder: filer eller mapper med vurderinger i .yaml/.csv/.xlsx"},
        {"Take each site's latest review when a site has several",
         "Tag hvert steds seneste vurdering, når et sted har flere"},
        {"Accept different scale ids (with the same items)",
         "Tillad forskellige skala-id'er (med de samme punkter)"},
        {"YAML map 'Site: Cluster'; wins over a review's own 'cluster:'",
         "YAML-fil med linjer 'Sted: Klynge'; går forud for en vurderings egen 'cluster:'"},
        {"The reviewers' questionnaires of one review (two or more)",
         "Bedømmernes skemaer fra én vurdering (to eller flere)"},
        {"Accept questionnaires of different sites, dates or scale ids (with the same items)",
         "Tillad skemaer for forskellige steder, datoer eller skala-id'er (med de samme punkter)"},
        {"Questionnaire to convert (.yaml or .xlsx)",
         "Bedømmerskemaet, der skal konverteres (.yaml eller .xlsx)"},
        {"Where to write it: a workbook (.xlsx) or a YAML questionnaire (.yaml)",
         "Hvor det skal skrives: en projektmappe (.xlsx) eller et YAML-skema (.yaml)"},
        {"Replace OUT if it exists", "Erstat OUT, hvis den findes"},
        {"Report courses closed in this calendar year", "Opgør forløb afsluttet i dette kalenderår"},
        {"First day of the period, inclusive: YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY",
         "Periodens første dag, medregnet: ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ, DD.MM.ÅÅÅÅ eller DD/MM/ÅÅÅÅ"},
        {"Last day of the period, inclusive", "Periodens sidste dag, medregnet"},
        {"Censor active courses on DATE (default: the latest date in the extract)",
         "Opgør aktive forløb pr. DATO (standard: den seneste dato i udtrækket)"},
        {"Refuse dates in the extract before DATE as typing errors",
         "Afvis datoer i udtrækket før DATO som tastefejl"},
        {"Refuse dates in the extract after DATE as typing errors (default: a year from today)",
         "Afvis datoer i udtrækket efter DATO som tastefejl (standard: et år fra i dag)"},
        {"Break down by site, cluster, target_group, consultant or year (nested); also in Danish: kommune, "
         "klynge, målgruppe, konsulent, år; with --clusters also by an attribute of the map, e.g. model",
         "Opdel efter kommune, klynge, målgruppe, konsulent eller år (indlejret); også på engelsk: site, "
         "cluster, target_group, consultant, year; med --clusters også efter en egenskab i klyngefilen, fx "
         "model"},
        {"YAML map of each site's cluster and attributes (e.g. model: Slagelse); its cluster wins over the "
         "extract's",
         "YAML-fil med hvert steds klynge og egenskaber (fx model: Slagelse); dens klynge går forud for "
         "udtrækkets"},
        {"YAML map from column names to the extract's headers",
         "YAML-kolonnekort fra kolonnenavne til udtrækkets overskrifter"},
        {"The workbook's sheet, by name or number (default: the first)",
         "Projektmappens ark, ved navn eller nummer (standard: det første)"},
        {"The workbook's row with the column names (default: the first that looks like a header)",
         "Projektmappens række med kolonnenavnene (standard: den første, der ligner en overskriftsrække)"},
        {"Leave out bad rows with a warning instead of stopping",
         "Udelad fejlbehæftede rækker med en advarsel i stedet for at stoppe"},
        {"Read a large extract on N threads side by side (default: one per processor, at most 4)",
         "Læs et stort udtræk med N tråde side om side (standard: én pr. processor, højst 4)"},
        {"Target share of job or education in percent", "Mål for andelen i job eller uddannelse i procent"},
        {"Decimals of shares in percent", "Decimaler i andele i procent"},
        {"Show Wilson 95 % confidence intervals of shares",
         "Vis Wilson 95 %-konfidensintervaller for andele"},
        {"Add the cohort view of courses that started in the period",
         "Tilføj kohorteopgørelsen af forløb, der startede i perioden"},
        {"Cohort horizons in months", "Kohortens tidspunkter i måneder"},
        {"Flag consultants with more active courses", "Markér konsulenter med flere aktive forløb"},
        {"Show counts under N as <N, and as x the cells that would reveal them",
         "Vis antal under N som <N, og som x de celler, der ville afsløre dem"},
        {"The case extract (cases.csv, or a workbook .xlsx)",
         "Udtrækket af forløb (cases.csv eller en projektmappe .xlsx)"},
        {"Exit 3 when the job-or-education share is below PCT",
         "Afslut med 3, når andelen i job eller uddannelse er under PCT"},
        {"The review to report on: the consensus questionnaire, or one reviewer's",
         "Vurderingen, der skal rapporteres: konsensusskemaet eller én bedømmers"},
        {"Earlier reviews of the same site, in any order",
         "Tidligere vurderinger af samme sted, i vilkårlig rækkefølge"},
        {"The reviewers' own questionnaires of this review, for the agreement figures",
         "Bedømmernes egne skemaer fra denne vurdering, til tallene for enighed"},
        {"A case extract (.csv or a workbook .xlsx), for the evaluation report",
         "Et udtræk af forløb (.csv eller en projektmappe .xlsx), til evalueringsrapporten"},
        {"report.yaml: organisation, target, comparison figures, gain per course, ...",
         "report.yaml: organisation, mål, sammenligningstal, gevinst pr. forløb, ..."},
        {"Print report.yaml with every default, and exit",
         "Vis report.yaml med alle standardværdier, og afslut"},
        {"Look for scale files (ID.yaml) in DIR first, before the installed and bundled scales",
         "Led først efter skalafiler (ID.yaml) i MAPPE, før de installerede og medfølgende skalaer"},
        {"Print one scale: sections, items, anchors, data sources, bands",
         "Vis én skala: områder, punkter, beskrivelser, datakilder, intervaller"},
        {"Scale id, e.g. ips-25", "Skalaens id, fx ips-25"},
        {"Print only this item (number or id)", "Vis kun dette punkt (nummer eller id)"},
        {"Questionnaire to score (.yaml), or a ratings sheet (.csv: item,score,note); several reviewers' "
         "questionnaires of one review are shown side by side with their agreement",
         "Bedømmerskemaet, der skal beregnes (.yaml), eller et scoreark (.csv: item,score,note); flere "
         "bedømmeres skemaer fra én vurdering vises side om side med deres enighed"},
        {"Scale id, for a ratings sheet or a questionnaire without 'scale:'",
         "Skalaens id, til et scoreark eller et skema uden 'scale:'"},
        {"Site reviewed, when the file does not say", "Det vurderede sted, når filen ikke siger det"},
        {"Reviewer, when the file does not say", "Bedømmeren, når filen ikke siger det"},
        {"Review date (YYYY-MM-DD), when the file does not say",
         "Vurderingsdato (ÅÅÅÅ-MM-DD), når filen ikke siger det"},
        {"Exit with status 3 (after writing the report) when the total is under N",
         "Afslut med status 3 (efter at rapporten er skrevet), når den samlede score er under N"},
        {"With several questionnaires: accept different sites, dates or scale ids (same items)",
         "Med flere skemaer: tillad forskellige steder, datoer eller skala-id'er (samme punkter)"},
        {"Encoding of the extract: utf-8 (default) or windows-1252 (also written utf8, cp1252, latin1 or "
         "iso-8859-1)",
         "Tegnkodning for udtrækket: utf-8 (standard) eller windows-1252 (også skrevet utf8, cp1252, latin1 "
         "eller iso-8859-1)"},
        {"Encoding of a ratings sheet: utf-8 (default) or windows-1252 (also written utf8, cp1252, latin1 or "
         "iso-8859-1)",
         "Tegnkodning for et scoreark: utf-8 (standard) eller windows-1252 (også skrevet utf8, cp1252, "
         "latin1 eller iso-8859-1)"},
        {"Delimiter of the extract: ',', ';', tab or another punctuation mark such as '|' (default: detected "
         "from the header)",
         "Skilletegn for udtrækket: ',', ';', tab eller et andet tegn som '|' (standard: aflæst af "
         "overskriftslinjen)"},
        {"Delimiter of a ratings sheet: ',', ';', tab or another punctuation mark such as '|' (default: "
         "detected from the header)",
         "Skilletegn for et scoreark: ',', ';', tab eller et andet tegn som '|' (standard: aflæst af "
         "overskriftslinjen)"},
        {"Site to be reviewed", "Stedet, der skal vurderes"},
        {"Reviewer who fills in this questionnaire", "Bedømmeren, der udfylder skemaet"},
        {"Review date (YYYY-MM-DD)", "Vurderingsdato (ÅÅÅÅ-MM-DD)"},
        {"Replace the -o file if it exists (a filled-in questionnaire there is lost)",
         "Erstat filen i -o, hvis den findes (et udfyldt skema dér går tabt)"},
        {"yaml (questionnaire), csv (ratings sheet item,score,note) or xlsx (workbook)",
         "yaml (bedømmerskema), csv (scoreark item,score,note) eller xlsx (projektmappe)"},
        {"Write the questionnaire as an .xlsx workbook to FILE, to fill in in Excel or LibreOffice",
         "Skriv skemaet som en .xlsx-projektmappe til FIL, til at udfylde i Excel eller LibreOffice"},
        {"Reviews of one site at different dates, in any order (two or more)",
         "Vurderinger af ét sted på forskellige datoer, i vilkårlig rækkefølge (to eller flere)"},
        {"Accept reviews of different sites or scale ids (with the same items)",
         "Tillad vurderinger af forskellige steder eller skala-id'er (med de samme punkter)"},
        {"Print this help message and exit", "Vis denne vejledning, og afslut"},
    };
    return table;
}

std::string in_danish(const std::string& english) {
    const auto found = danish_help().find(english);
    return found == danish_help().end() ? english : found->second;
}

// CLI11 pads an option's name to the description column by bytes, so a
// name with Danish letters (PÅKRÆVET) ended short of it. This pads by
// characters, each UTF-8 lead byte one.
class CharacterFormatter : public CLI::Formatter {
public:
    std::string make_option(const CLI::Option* opt, bool is_positional) const override {
        const std::string name = "  " + make_option_name(opt, is_positional) + make_option_opts(opt);
        std::string out = name;
        const std::size_t width = characters(name);
        if (width >= column_width_)
            out += "\n" + std::string(column_width_, ' ');
        else
            out += std::string(column_width_ - width, ' ');
        for (const char c : make_option_desc(opt)) {
            out += c;
            if (c == '\n') out += std::string(column_width_, ' ');
        }
        return out + "\n";
    }

private:
    static std::size_t characters(const std::string& text) {
        std::size_t n = 0;
        for (const char c : text) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        return n;
    }
};

// The words CLI11 itself prints around the descriptions.
void label_in_danish(CLI::Formatter& formatter) {
    for (const auto& [en, da] : {std::pair{"Usage", "Brug"},
                                 {"OPTIONS", "TILVALG"},
                                 {"Positionals", "Argumenter"},
                                 {"REQUIRED", "PÅKRÆVET"},
                                 {"Excludes", "Udelukker"},
                                 {"Needs", "Kræver"},
                                 {"SUBCOMMAND", "KOMMANDO"},
                                 {"SUBCOMMANDS", "KOMMANDOER"},
                                 {"FILE", "FIL"},
                                 {"DATE", "DATO"},
                                 {"DIR", "MAPPE"}})
        formatter.label(en, da);
}

void translate(CLI::App& command, const std::shared_ptr<CLI::Formatter>& formatter) {
    command.formatter(formatter);
    command.description(in_danish(command.get_description()));
    if (command.get_parent() != nullptr) command.group("Kommandoer");
    for (CLI::Option* option : command.get_options()) {
        option->description(in_danish(option->get_description()));
        option->group(option->get_group() == "Options" ? "Tilvalg" : option->get_group());
    }
    for (CLI::App* sub : command.get_subcommands([](CLI::App*) { return true; })) translate(*sub, formatter);
}

}  // namespace

void translate_help(CLI::App& app) {
    if (util::message_language() != util::MessageLanguage::da) return;
    const auto formatter = std::make_shared<CharacterFormatter>();
    label_in_danish(*formatter);
    translate(app, formatter);
}

}  // namespace ipskit::cli
