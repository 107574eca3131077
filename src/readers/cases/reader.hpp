#pragma once
// Reads cases.csv (docs/formats.md) row by row and hands each valid course to
// a sink as an outcomes::Case; the rows themselves are never kept. Every rule
// of the format is checked with FILE:LINE:COLUMN. Without keep_going, up to
// 20 problems are gathered and then thrown as one util::Error; with keep_going, a
// bad row is reported as a warning, left out and counted.
//
// A large file may be read in parts by several threads. The problems
// reported, their order and the lines they name are the same as for one
// pass over the file: each part's are gathered apart and joined in file
// order at the end.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <climits>

#include "domain/outcomes/case.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers::cases {

struct CasesReadOptions {
    csv::CsvOptions csv;
    std::string column_map;  // --columns file; empty: none
    bool keep_going = false;
    std::size_t max_warnings = 20;  // warnings shown under keep_going; the rest are counted
    // Threads that read parts side by side, at most; keep_going always reads
    // in one pass, because a repeated case_id must be left out when it is met.
    std::size_t threads = 1;
    // The file is cut into this many parts a thread, which the threads take
    // one after another as they finish: a thread slowed down by the machine
    // then reads fewer of them, where with one part each the others would
    // wait for it.
    std::size_t parts_per_thread = 4;
    // Each part is at least this large (so a file under twice this is read in
    // one pass): a smaller part saves less time than its thread and buffers cost.
    std::uint64_t min_part_bytes = 4u << 20;
    // A value that looks like a CPR number in a column a report shows is
    // counted instead of refused: the user has said it is not one.
    bool allow_identifiers = false;
    // Dates outside these days (since 1970-01-01) are refused as typing
    // errors: 31-12-2203 would move the as-of date two centuries.
    outcomes::DayNumber earliest_day = INT32_MIN;
    outcomes::DayNumber latest_day = INT32_MAX;
    // A workbook (.xlsx): the sheet to read, by name or number from 1 (empty:
    // the first), and the header's row (0: the first row that looks like a
    // header, so that a title above it is passed over). A workbook is read in
    // one pass, as a zip entry cannot be cut into parts.
    std::string sheet;
    int header_row = 0;
    // A cluster map (--clusters) gives each site's cluster: an extract
    // without a cluster column is then not warned about.
    bool cluster_from_map = false;
};

// The latest date of the rows kept, and how far it stands from the rest:
// an as-of date taken from the data may rest on one mistyped row.
struct LatestDates {
    std::optional<outcomes::DayNumber> latest;     // the latest date of any row
    int line = 0;                                  // the row it is on
    std::optional<outcomes::DayNumber> runner_up;  // the latest date of every other row

    void add(outcomes::DayNumber day, int at_line);
    void merge(const LatestDates& later, int line_shift);
    // The latest date stands more than a quarter of a year (91 days) after
    // every other row's: one row then decides the as-of date alone.
    bool stands_alone() const { return latest && runner_up && *latest - *runner_up > 91; }
};

struct CasesReadSummary {
    long rows = 0;              // data rows read
    long rows_with_errors = 0;  // left out under keep_going
    std::size_t parts = 1;      // parts the file was cut into (read_cases_in_parts)
    std::size_t workers = 1;    // threads that read them
    bool read_again = false;    // a cut fell inside a record: read again in one pass
    // Under allow_identifiers: CPR-like values in the rows kept, by column name.
    std::map<std::string, long> identifiers_allowed;
    // The known columns the extract has no header for (canonical names, in
    // the order of docs/formats.md), and a warning line for each of them and
    // for each header that looks like one: for the caller to show.
    std::vector<std::string> missing_columns;
    std::vector<std::string> column_warnings;
    LatestDates latest;
    std::string sheet;  // the workbook's sheet that was read; empty for a CSV file
};

using CaseSink = std::function<void(const outcomes::Case&)>;
using WarningSink = std::function<void(const std::string&)>;

// Reads the file in one pass.
CasesReadSummary read_cases(const std::string& path, const CasesReadOptions& options, const CaseSink& sink,
                            const WarningSink& warn);

// What read_cases_summed hands back: the joined sum of every valid course,
// and what the read met.
template <typename Sum>
struct SummedCases {
    Sum sum;
    CasesReadSummary summary;
};

// Reads the file in parts on up to options.threads threads and hands back
// the sum of its courses, as one pass would give it. `Sum` is copyable and
// has `add(const outcomes::Case&)` and `merge(const Sum&)`; the sum must not
// depend on the order of the courses, since each thread adds the parts it
// takes into a copy of `empty` of its own. A Sum that also has
// `start_part(std::size_t part)` is told, before the first course of each
// part it is given, which part of the file (in file order) that is.
template <typename Sum>
SummedCases<Sum> read_cases_summed(const std::string& path, const CasesReadOptions& options, const Sum& empty,
                                   const WarningSink& warn);

namespace detail {

// Where read_cases_in_parts hands the courses.
struct CasePartSinks {
    // Called for each valid course on the thread that read it: `worker` (0
    // to summary.workers - 1) numbers that thread, `part` the part of the
    // file, in file order.
    std::function<void(std::size_t worker, std::size_t part, const outcomes::Case&)> add;
    // Forget every course given so far: they all come again, read in one
    // pass as worker 0 and part 0. Called when a cut turned out to lie
    // inside a quoted field, where a part cannot know where its first
    // record begins.
    std::function<void()> restart;
};

// The parts machinery under read_cases_summed; call that instead.
CasesReadSummary read_cases_in_parts(const std::string& path, const CasesReadOptions& options,
                                     const CasePartSinks& sinks, const WarningSink& warn);

// Sums that threads fill at the same time must not share a cache line:
// writes to one would stall the other thread on every row.
template <typename Sum>
struct alignas(64) WorkerSum {
    Sum sum;
    std::size_t part = static_cast<std::size_t>(-1);  // the part last given, for start_part
};

}  // namespace detail

template <typename Sum>
SummedCases<Sum> read_cases_summed(const std::string& path, const CasesReadOptions& options, const Sum& empty,
                                   const WarningSink& warn) {
    const detail::WorkerSum<Sum> fresh{empty};
    std::vector<detail::WorkerSum<Sum>> workers(std::max<std::size_t>(options.threads, 1), fresh);
    const detail::CasePartSinks sinks{[&](std::size_t worker, std::size_t part, const outcomes::Case& c) {
                                          auto& w = workers[worker];
                                          if constexpr (requires { w.sum.start_part(part); }) {
                                              if (w.part != part) w.sum.start_part(part);
                                          }
                                          w.part = part;
                                          w.sum.add(c);
                                      },
                                      [&] { std::fill(workers.begin(), workers.end(), fresh); }};
    const CasesReadSummary summary = detail::read_cases_in_parts(path, options, sinks, warn);
    for (std::size_t i = 1; i < summary.workers; ++i) workers.front().sum.merge(workers[i].sum);
    return {std::move(workers.front().sum), summary};
}

}  // namespace ipskit::readers::cases
