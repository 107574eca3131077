#include "readers/cases/columns.hpp"

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/cases/column_map.hpp"
#include "readers/csv/header_names.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases {

const std::vector<csv::ColumnSpec>& case_columns() {
    // Aliases are compared as csv::normalize_header spells them (ø = oe, ...).
    static const std::vector<csv::ColumnSpec> table = {
        {"case_id", {"forloeb_id", "forloebs_id", "forloebsnummer", "sags_id", "sagsnummer", "id"}, true},
        {"site", {"kommune", "jobcenter", "team"}, false},
        {"cluster", {"klynge"}, false},
        {"consultant", {"konsulent", "ips_konsulent"}, false},
        {"target_group", {"maalgruppe"}, false},
        {"referral_date", {"henvisningsdato"}, false},
        {"start_date", {"startdato"}, true},
        {"first_employer_contact", {"foerste_arbejdsgiverkontakt"}, false},
        {"outcome", {"resultat", "udfald"}, false},
        {"outcome_date", {"resultatdato"}, false},
        {"end_date", {"slutdato", "afslutningsdato"}, false},
        {"aftercare", {"eftervaern"}, false},
        {"referral_source", {"henvisende_afdeling", "henviser"}, false},
    };
    return table;
}

namespace {

std::string accepted_names(CaseColumn column) {
    const csv::ColumnSpec& spec = case_columns()[static_cast<std::size_t>(column)];
    std::vector<std::string> names{spec.canonical};
    names.insert(names.end(), spec.aliases.begin(), spec.aliases.end());
    return fmt::format("{}", fmt::join(names, ", "));
}

// What a report cannot show without the column, in a user's words.
std::string what_is_lost(CaseColumn column) {
    switch (column) {
        case CaseColumn::site:
            return util::tr("no breakdown by site", "ingen opdeling på sted");
        case CaseColumn::cluster:
            return util::tr("no breakdown by cluster", "ingen opdeling på klynge");
        case CaseColumn::consultant:
            return util::tr("no caseloads and no breakdown by consultant",
                            "ingen sagstal pr. konsulent og ingen opdeling på konsulent");
        case CaseColumn::target_group:
            return util::tr("no breakdown by target group", "ingen opdeling på målgruppe");
        case CaseColumn::referral_date:
            return util::tr("no referral dates", "ingen henvisningsdatoer");
        case CaseColumn::first_employer_contact:
            return util::tr("no time to the first employer contact",
                            "ingen tid til første arbejdsgiverkontakt");
        case CaseColumn::outcome:
            return util::tr("no outcomes", "ingen resultater");
        case CaseColumn::outcome_date:
            return util::tr("no time from start to job or education",
                            "ingen tid fra start til job eller uddannelse");
        case CaseColumn::end_date:
            return util::tr("every course counts as still active, so none is closed",
                            "alle forløb tælles som stadig aktive, så ingen er afsluttet");
        case CaseColumn::aftercare:
            return util::tr("no courses counted in aftercare", "ingen forløb tælles i efterværn");
        default:
            return util::tr("not read", "ikke læst");
    }
}

}  // namespace

// A closed course must have its outcome (docs/formats.md); with no outcome
// column every closed course would fail on its own, twenty errors saying
// one thing.
void refuse_end_without_outcome(const ExtractPlaces& reader, const CaseColumnIndex& index) {
    const auto end = index[static_cast<std::size_t>(CaseColumn::end_date)];
    if (!end || index[static_cast<std::size_t>(CaseColumn::outcome)]) return;
    std::vector<std::optional<std::size_t>> found(index.begin(), index.end());
    std::string hint;
    for (const auto& miss : csv::find_near_misses(case_columns(), found, reader.header))
        if (case_columns()[miss.spec].canonical == "outcome")
            hint = fmt::format(
                fmt::runtime(util::tr("did you mean \"{}\" (column {})? ", "mente du \"{}\" (kolonne {})? ")),
                quoted_value(miss.header), miss.column + 1);
    throw util::Error(
        reader.header_location(),
        fmt::format(
            fmt::runtime(util::tr("the extract has an end date column (\"{}\") but no outcome column "
                                  "(accepted names: {}), and a closed course needs its outcome",
                                  "udtrækket har en kolonne med slutdato (\"{}\"), men ingen kolonne med "
                                  "resultat (navne, der kan bruges: {}), og et afsluttet forløb skal have "
                                  "sit resultat")),
            quoted_value(reader.header[*end]), accepted_names(CaseColumn::outcome)),
        hint + (hint.empty() ? util::tr("add", "tilføj") : util::tr("Add", "Tilføj")) +
            util::tr(" the outcome column, or map it with --columns (a line outcome: \"Your header\")",
                     " kolonnen med resultat, eller kobl den med --columns (en linje outcome: \"Jeres "
                     "overskrift\")"));
}

const std::string& column_name(CaseColumn column) {
    return case_columns()[static_cast<std::size_t>(column)].canonical;
}

CaseColumnIndex resolve_case_columns(const ExtractPlaces& reader, const std::string& column_map) {
    std::vector<csv::ColumnMapping> mappings;
    if (!column_map.empty()) {
        std::vector<std::string> known;
        for (const auto& spec : case_columns()) known.push_back(spec.canonical);
        mappings = read_column_map(column_map, known);
    }
    const csv::ColumnResolver resolver(case_columns(), reader.header, reader.header_location(), mappings);
    CaseColumnIndex index;
    for (std::size_t i = 0; i < kCaseColumnCount; ++i) index[i] = resolver.index(i);
    refuse_end_without_outcome(reader, index);
    return index;
}

MissingColumns missing_case_columns(const ExtractPlaces& reader, const CaseColumnIndex& index,
                                    bool cluster_from_map) {
    MissingColumns missing;
    std::vector<std::optional<std::size_t>> found(index.begin(), index.end());
    // An extract without referral_source lacks nothing it was made for: only
    // the referral path reads it, and says so when it is there.
    for (std::size_t i = 0; i < kCaseColumnCount; ++i) {
        const auto column = static_cast<CaseColumn>(i);
        if (!index[i] && column != CaseColumn::referral_source &&
            !(cluster_from_map && column == CaseColumn::cluster))
            missing.columns.push_back(column);
    }
    missing.near_misses = csv::find_near_misses(case_columns(), found, reader.header);
    return missing;
}

std::vector<std::string> missing_column_warnings(const ExtractPlaces& reader, const MissingColumns& missing) {
    std::vector<std::string> lines;
    for (const auto& miss : missing.near_misses)
        lines.push_back(fmt::format(
            fmt::runtime(util::tr("{}: warning: the column \"{}\" is not read; did you mean {} ({})? Rename "
                                  "it, or map it with --columns (a line {}: \"{}\")",
                                  "{}: advarsel: kolonnen \"{}\" læses ikke; mente du {} ({})? Omdøb den, "
                                  "eller kobl den med --columns (en linje {}: \"{}\")")),
            ExtractPlaces::text(reader.field(reader.header_line, miss.column)), quoted_value(miss.header),
            miss.accepted, case_columns()[miss.spec].canonical, case_columns()[miss.spec].canonical,
            quoted_value(miss.header)));
    // One line for all: most extracts lack a column or two by design.
    std::vector<std::string> lost;
    for (const CaseColumn column : missing.columns)
        lost.push_back(fmt::format("{} ({})", column_name(column), what_is_lost(column)));
    if (!lost.empty())
        lines.push_back(fmt::format(
            // The manual, not docs/: an installed ipskit has only the man page.
            fmt::runtime(util::tr("{}: warning: not in the extract: {}; 'man ipskit' lists each column's "
                                  "accepted names under CASE EXTRACT",
                                  "{}: advarsel: findes ikke i udtrækket: {}; 'man ipskit' viser under CASE "
                                  "EXTRACT de navne, hver kolonne kan have")),
            ExtractPlaces::text(reader.header_location()), fmt::join(lost, ", ")));
    return lines;
}

}  // namespace ipskit::readers::cases
