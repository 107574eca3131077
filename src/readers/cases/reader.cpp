#include "readers/cases/reader.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <exception>
#include <memory>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "readers/cases/columns.hpp"
#include "readers/cases/parts/duplicate_ids.hpp"
#include "readers/cases/parts/file_parts.hpp"
#include "readers/cases/problems.hpp"
#include "readers/cases/row_reader.hpp"
#include "readers/cases/workbook_cases.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"

namespace ipskit::readers::cases {

using detail::CasePartSinks;

namespace {

using outcomes::Case;

// One part of the file with everything needed to read it on its own.
struct Part {
    Part(csv::CsvReader reader, CaseColumnIndex columns, const CasesReadOptions& options, std::size_t parts,
         const WarningSink& warn)
        : csv(std::move(reader)),
          // Without keep_going any duplicate rejects the file, so it may be
          // found at the end; with it, the repeat must be left out before it
          // is counted.
          rows(ExtractPlaces::of(csv), columns,
               options.keep_going ? parts::DuplicateIdFinder(parts::DuplicateIdFinder::Mode::immediate)
                                  : parts::DuplicateIdFinder(parts::DuplicateIdFinder::Mode::at_end,
                                                             id_buffer_entries(options, parts)),
               options.allow_identifiers, options.earliest_day, options.latest_day),
          problems(options, warn) {}

    // The id buffers of all parts share a fixed budget, split evenly, so
    // that memory does not grow with the number of parts: two full buffers
    // on two threads (a file of a million rows then never touches the
    // disk), one on more, whose own read buffers and sums take the rest.
    static std::size_t id_buffer_entries(const CasesReadOptions& options, std::size_t parts) {
        const std::size_t budget = (options.threads == 2 ? 2 : 1) * parts::DuplicateIdFinder::kBufferEntries;
        return budget / std::max<std::size_t>(parts, 1);
    }

    csv::CsvReader csv;
    CaseRowReader rows;
    Problems problems;
    CasesReadSummary summary;
    std::exception_ptr failure;  // anything but a problem of the input
};

std::string utf8_read_as_windows1252() {
    return fmt::format(
        "the file reads as UTF-8, but --encoding windows-1252 was given, so its Danish letters "
        "come out as \"Ã¦\", \"Ã¸\", \"Ã¥\"");
}

// A header that fails because --encoding windows-1252 garbled a UTF-8 file
// ("ForlÃ¸b ID") says so first: the header is not what needs fixing.
CaseColumnIndex resolve_columns(const csv::CsvReader& head, const std::string& column_map) {
    try {
        return resolve_case_columns(ExtractPlaces::of(head), column_map);
    } catch (const util::Error& e) {
        if (!head.looks_like_utf8()) throw;
        std::vector<util::Diagnostic> all{{util::Location{head.name()}, utf8_read_as_windows1252(),
                                           "leave --encoding out for a UTF-8 file"}};
        all.insert(all.end(), e.diagnostics().begin(), e.diagnostics().end());
        throw util::Error(std::move(all));
    }
}

void read_part(Part& part, const CaseSink& sink) {
    csv::CsvRecord record;
    Case c;
    for (;;) {
        try {
            if (!part.csv.next(record)) break;
        } catch (const util::Error& e) {  // a record the CSV reader could not read
            ++part.summary.rows;
            ++part.summary.rows_with_errors;
            part.problems.add_fatal(e.diagnostics());
            continue;
        }
        ++part.summary.rows;
        if (part.rows.read(record, c)) {
            part.summary.latest.add(latest_day(c), record.line);
            sink(c);
            for (const CaseColumn column : part.rows.identifiers())
                ++part.summary.identifiers_allowed[column_name(column)];
        } else {
            ++part.summary.rows_with_errors;
            part.problems.add(part.rows.problems());
        }
    }
}

void read_part_guarded(Part& part, const CaseSink& sink) {
    try {
        read_part(part, sink);
    } catch (...) {
        part.failure = std::current_exception();
    }
}

// The offsets where parts other than the first begin: none when the file
// is read in one pass.
std::vector<std::uint64_t> plan_starts(const csv::CsvReader& head, const CasesReadOptions& options) {
    if (options.keep_going || options.threads < 2) return {};
    const std::size_t parts = options.threads * std::max<std::size_t>(options.parts_per_thread, 1);
    return parts::part_starts(head.name(), head.offset(), parts, options.min_part_bytes);
}

// The parts of the file: the first reads from the header on, each other from
// one of `starts`, and each stops where the next begins. A part is opened
// by the thread that takes it, and closed when read, so that only the parts
// being read hold a read buffer.
class PartQueue {
public:
    PartQueue(csv::CsvReader head, const CasesReadOptions& options, const WarningSink& warn)
        : options_(options),
          warn_(warn),
          starts_(plan_starts(head, options)),
          columns_(resolve_columns(head, options.column_map)),
          parts_(starts_.size() + 1),
          failures_(parts_.size()) {
        parts_[0] = std::make_unique<Part>(std::move(head), columns_, options, parts_.size(), warn);
        if (!starts_.empty()) parts_[0]->csv.stop_at(starts_[0]);
    }

    std::size_t size() const { return parts_.size(); }

    void describe_missing(CasesReadSummary& summary) const {
        const ExtractPlaces places = ExtractPlaces::of(parts_[0]->csv);
        const MissingColumns missing = missing_case_columns(places, columns_, options_.cluster_from_map);
        for (const CaseColumn column : missing.columns)
            summary.missing_columns.push_back(column_name(column));
        summary.column_warnings = missing_column_warnings(places, missing);
        if (parts_[0]->csv.looks_like_utf8())
            summary.column_warnings.push_back(
                fmt::format(fmt::runtime(util::tr("{}: warning: {}; leave --encoding out for a UTF-8 file",
                                                  "{}: advarsel: {}; udelad --encoding for en UTF-8-fil")),
                            parts_[0]->csv.name(), utf8_read_as_windows1252()));
    }

    // Reads the parts on `workers` threads, each taking the next part not
    // yet taken.
    void read(std::size_t workers, const CasePartSinks& sinks) {
        std::vector<std::jthread> threads;
        for (std::size_t w = 1; w < workers; ++w) threads.emplace_back([this, w, &sinks] { work(w, sinks); });
        work(0, sinks);
    }

    // How many parts count: a part counts when the one before it stopped
    // exactly where it begins. One that did not (its cut lay inside a quoted
    // field, or it stopped at an unreadable record) read on to the end
    // itself, or stopped where a single pass would have.
    std::size_t counted() const {
        std::size_t used = 1;
        while (used < parts_.size() && parts_[used - 1] && parts_[used - 1]->csv.reached_stop()) ++used;
        return used;
    }

    // Rethrows the first failure other than a problem of the input among
    // the first `used` parts.
    void rethrow_failures(std::size_t used) const {
        for (std::size_t i = 0; i < used; ++i) {
            if (failures_[i]) std::rethrow_exception(failures_[i]);
            if (parts_[i]->failure) std::rethrow_exception(parts_[i]->failure);
        }
    }

    std::vector<std::unique_ptr<Part>>& parts() { return parts_; }

private:
    // A worker's parts take turns with one read buffer: allocated and freed
    // part by part, buffers would leave the heap fragmented.
    void work(std::size_t worker, const CasePartSinks& sinks) {
        std::vector<char> buffer;
        for (std::size_t i; (i = next_.fetch_add(1)) < parts_.size();) {
            try {
                if (!parts_[i]) parts_[i] = open(i, std::move(buffer));
            } catch (...) {
                failures_[i] = std::current_exception();
                continue;
            }
            Part& part = *parts_[i];
            read_part_guarded(part, [&sinks, worker, i](const Case& c) { sinks.add(worker, i, c); });
            buffer = part.csv.close();
        }
    }

    std::unique_ptr<Part> open(std::size_t i, std::vector<char> buffer) const {
        auto part = std::make_unique<Part>(
            csv::CsvReader::continue_at(parts_[0]->csv, starts_[i - 1], std::move(buffer)), columns_,
            options_, parts_.size(), warn_);
        if (i < starts_.size()) part->csv.stop_at(starts_[i]);
        return part;
    }

    const CasesReadOptions& options_;
    const WarningSink& warn_;
    std::vector<std::uint64_t> starts_;
    CaseColumnIndex columns_;
    std::vector<std::unique_ptr<Part>> parts_;
    std::vector<std::exception_ptr> failures_;  // a part that could not be opened
    std::atomic<std::size_t> next_{0};
};

// Joins the parts that count into the first, in file order, with their lines
// moved on to where they lie in the whole file.
void join_parts(std::vector<std::unique_ptr<Part>>& parts, std::size_t used) {
    Part& first = *parts.front();
    int shift = 0;
    for (std::size_t i = 1; i < used; ++i) {
        shift += parts[i - 1]->csv.line() - 1;
        Part& part = *parts[i];
        first.summary.rows += part.summary.rows;
        first.summary.rows_with_errors += part.summary.rows_with_errors;
        for (const auto& [column, count] : part.summary.identifiers_allowed)
            first.summary.identifiers_allowed[column] += count;
        first.problems.append(part.problems, shift);
        first.rows.absorb_ids(part.rows, shift);
        first.summary.latest.merge(part.summary.latest, shift);
    }
    first.summary.parts = used;
}

}  // namespace

void LatestDates::add(outcomes::DayNumber day, int at_line) {
    if (!latest || day > *latest) {
        if (latest) runner_up = *latest;
        latest = day;
        line = at_line;
    } else if (!runner_up || day > *runner_up) {
        runner_up = day;
    }
}

void LatestDates::merge(const LatestDates& later, int line_shift) {
    if (later.runner_up) add(*later.runner_up, 0);
    if (later.latest) add(*later.latest, later.line + line_shift);
}

CasesReadSummary detail::read_cases_in_parts(const std::string& path, const CasesReadOptions& options,
                                             const CasePartSinks& sinks, const WarningSink& warn) {
    if (is_workbook_file(path))
        return read_workbook_cases(
            path, options, [&sinks](const Case& c) { sinks.add(0, 0, c); }, warn);
    if (!options.sheet.empty() || options.header_row > 0)
        throw util::Error(
            util::Location{path},
            util::tr("--sheet and --header-row are for a workbook (.xlsx), and this is a CSV file",
                     "--sheet og --header-row er til en projektmappe (.xlsx), og dette er en CSV-fil"),
            util::tr("leave them out", "udelad dem"));
    auto queue = std::make_unique<PartQueue>(csv::CsvReader(path, options.csv), options, warn);
    const std::size_t workers = std::min(queue->size(), std::max<std::size_t>(options.threads, 1));
    queue->read(workers, sinks);
    const std::size_t used = queue->counted();
    queue->rethrow_failures(used);
    if (used < queue->size()) {
        // The later parts do not count: the part before them read on over
        // them (a cut inside a quoted field), or stopped at an unreadable
        // record. Their courses are already in the workers' sums, which
        // cannot tell them apart, so the file is read once more, whole; a
        // file with an unreadable record then fails as one pass fails.
        queue.reset();
        sinks.restart();
        CasesReadOptions one_pass = options;
        one_pass.threads = 1;
        CasesReadSummary summary = read_cases_in_parts(path, one_pass, sinks, warn);
        summary.read_again = true;
        return summary;
    }
    auto& parts = queue->parts();
    join_parts(parts, used);
    Part& first = *parts.front();
    const auto [duplicates, total] = first.rows.late_duplicates(first.problems.room(), workers);
    first.problems.add_fatal(duplicates, total);
    first.problems.finish();
    first.summary.workers = workers;
    queue->describe_missing(first.summary);
    return first.summary;
}

CasesReadSummary read_cases(const std::string& path, const CasesReadOptions& options, const CaseSink& sink,
                            const WarningSink& warn) {
    CasesReadOptions one_pass = options;
    one_pass.threads = 1;
    const CasePartSinks sinks{[&sink](std::size_t, std::size_t, const Case& c) { sink(c); }, [] {}};
    return detail::read_cases_in_parts(path, one_pass, sinks, warn);
}

}  // namespace ipskit::readers::cases
