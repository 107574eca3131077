#pragma once
// Reads cases.csv (docs/formats.md) row by row and hands each valid course to
// a sink as an outcomes::Case; the rows themselves are never kept. Every rule
// of the format is checked with FILE:LINE:COLUMN. Without keep_going, up to
// 20 problems are gathered and then thrown as one Error; with keep_going, a
// bad row is reported as a warning, left out and counted.
//
// A large file may be read in parts side by side, one thread each. The
// problems reported, their order and the lines they name are the same as for
// one pass over the file: each part's are gathered apart and joined in file
// order at the end.

#include <cstddef>
#include <cstdint>
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
    // Parts read side by side, at most; keep_going always reads in one pass,
    // because a repeated case_id must be left out when it is met.
    std::size_t threads = 1;
    // Each part is at least this large (so a file under twice this is read in
    // one pass): a smaller part saves less time than its thread and buffers cost.
    std::uint64_t min_part_bytes = 4u << 20;
    // A value that looks like a CPR number in a column a report shows is
    // counted instead of refused: the user has said it is not one.
    bool allow_identifiers = false;
};

struct CasesReadSummary {
    long rows = 0;              // data rows read
    long rows_with_errors = 0;  // left out under keep_going
    std::size_t parts = 1;      // parts whose cases count (read_cases_in_parts)
    // Under allow_identifiers: CPR-like values in the rows kept, by column name.
    std::map<std::string, long> identifiers_allowed;
};

using CaseSink = std::function<void(const outcomes::Case&)>;
using CasePartSink = std::function<void(std::size_t part, const outcomes::Case&)>;
using WarningSink = std::function<void(const std::string&)>;

// Reads the file in one pass.
CasesReadSummary read_cases(const std::string& path, const CasesReadOptions& options, const CaseSink& sink,
                            const WarningSink& warn);

// Reads the file in up to options.threads parts, numbered from 0 in file
// order; sink(part, c) is called on the part's own thread. The caller keeps
// one accumulator per part and, when this returns, joins the first
// summary.parts of them in order: the cases given to later parts must be
// ignored (they were read again by an earlier part, whose cut turned out to
// lie inside a quoted field).
CasesReadSummary read_cases_in_parts(const std::string& path, const CasesReadOptions& options,
                                     const CasePartSink& sink, const WarningSink& warn);

}  // namespace ipskit::readers
