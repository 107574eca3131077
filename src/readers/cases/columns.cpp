#include "readers/cases/columns.hpp"

#include "readers/cases/column_map.hpp"
#include "readers/csv/header_names.hpp"

namespace ipskit::readers::cases {

const std::vector<csv::ColumnSpec>& case_columns() {
    // Aliases are compared as csv::normalize_header spells them (ø = oe, ...).
    static const std::vector<csv::ColumnSpec> table = {
        {"case_id", {"forloeb_id", "sags_id", "id"}, true},
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
    };
    return table;
}

const std::string& column_name(CaseColumn column) {
    return case_columns()[static_cast<std::size_t>(column)].canonical;
}

CaseColumnIndex resolve_case_columns(const csv::CsvReader& reader, const std::string& column_map) {
    std::vector<csv::ColumnMapping> mappings;
    if (!column_map.empty()) {
        std::vector<std::string> known;
        for (const auto& spec : case_columns()) known.push_back(spec.canonical);
        mappings = read_column_map(column_map, known);
    }
    const csv::ColumnResolver resolver(case_columns(), reader.header(),
                                       util::Location{reader.name(), reader.header_line(), 0}, mappings);
    CaseColumnIndex index;
    for (std::size_t i = 0; i < kCaseColumnCount; ++i) index[i] = resolver.index(i);
    return index;
}

}  // namespace ipskit::readers::cases
