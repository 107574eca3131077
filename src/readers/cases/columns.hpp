#pragma once
// The columns of cases.csv with their Danish aliases (docs/formats.md), and
// where each is in a given header.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/csv/header_names.hpp"
#include "readers/csv/reader.hpp"

namespace ipskit::readers::cases {

enum class CaseColumn {
    case_id,
    site,
    cluster,
    consultant,
    target_group,
    referral_date,
    start_date,
    first_employer_contact,
    outcome,
    outcome_date,
    end_date,
    aftercare,
};
inline constexpr std::size_t kCaseColumnCount = 12;

// The table of formats.md, in CaseColumn order.
const std::vector<csv::ColumnSpec>& case_columns();
const std::string& column_name(CaseColumn column);

// Field index of each column in the reader's header, or nullopt when the
// extract does not have it; `column_map` is the --columns file (empty: none).
// Throws ipskit::util::Error naming a missing required column and the headers found.
using CaseColumnIndex = std::array<std::optional<std::size_t>, kCaseColumnCount>;
CaseColumnIndex resolve_case_columns(const csv::CsvReader& reader, const std::string& column_map);

}  // namespace ipskit::readers::cases
