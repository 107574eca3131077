#pragma once
// Reads cases.csv (docs/formats.md) row by row and hands each valid course to
// a sink as an outcomes::Case; the rows themselves are never kept. Every rule
// of the format is checked with FILE:LINE:COLUMN. Without keep_going, up to
// 20 problems are gathered and then thrown as one Error; with keep_going, a
// bad row is reported as a warning, left out and counted.

#include <cstddef>
#include <functional>
#include <map>
#include <string>

#include "domain/outcomes/case.hpp"
#include "readers/csv_reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers {

struct CasesReadOptions {
    csv::CsvOptions csv;
    std::string column_map;  // --columns file; empty: none
    bool keep_going = false;
    std::size_t max_warnings = 20;  // warnings shown under keep_going; the rest are counted
    // A value that looks like a CPR number in a column a report shows is
    // counted instead of refused: the user has said it is not one.
    bool allow_identifiers = false;
};

struct CasesReadSummary {
    long rows = 0;              // data rows read
    long rows_with_errors = 0;  // left out under keep_going
    // Under allow_identifiers: CPR-like values in the rows kept, by column name.
    std::map<std::string, long> identifiers_allowed;
};

using CaseSink = std::function<void(const outcomes::Case&)>;
using WarningSink = std::function<void(const std::string&)>;

CasesReadSummary read_cases(const std::string& path, const CasesReadOptions& options, const CaseSink& sink,
                            const WarningSink& warn);

}  // namespace ipskit::readers
