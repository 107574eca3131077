#pragma once
// The columns of cases.csv with their Danish aliases (docs/formats.md), and
// where each is in a given header.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "readers/cases/extract_places.hpp"
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
    referral_source,
};
inline constexpr std::size_t kCaseColumnCount = 13;

// The table of formats.md, in CaseColumn order.
const std::vector<csv::ColumnSpec>& case_columns();
const std::string& column_name(CaseColumn column);

// Field index of each column in the reader's header, or nullopt when the
// extract does not have it; `column_map` is the --columns file (empty: none).
// Throws ipskit::util::Error naming a missing required column and the headers found.
// An end_date column without an outcome column is refused here, as one
// error: its closed courses would each fail for want of an outcome.
using CaseColumnIndex = std::array<std::optional<std::size_t>, kCaseColumnCount>;
CaseColumnIndex resolve_case_columns(const ExtractPlaces& reader, const std::string& column_map);

// What the extract lacks: the optional columns it has no header for (but
// referral_source, which only the referral path needs), and
// its headers that look like one of them (a typo, "Start dato"). With
// `cluster_from_map`, a cluster map gives each site's cluster, so an extract
// without the column lacks nothing.
struct MissingColumns {
    std::vector<CaseColumn> columns;
    std::vector<csv::NearMiss> near_misses;
};
MissingColumns missing_case_columns(const ExtractPlaces& reader, const CaseColumnIndex& index,
                                    bool cluster_from_map);

// One warning line per missing column and near miss, FILE:LINE: warning: ...
std::vector<std::string> missing_column_warnings(const ExtractPlaces& reader, const MissingColumns& missing);

}  // namespace ipskit::readers::cases
