#include "readers/cases_reader.hpp"

#include <algorithm>
#include <cstdint>
#include <exception>
#include <memory>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "readers/case_row_reader.hpp"
#include "readers/cases_columns.hpp"
#include "readers/duplicate_ids.hpp"
#include "readers/file_parts.hpp"

namespace ipskit::readers {

namespace {

using outcomes::Case;

// Gathers problems: kept as errors to throw, or shown as warnings.
class Problems {
public:
    Problems(const CasesReadOptions& options, const WarningSink& warn) : options_(options), warn_(warn) {}

    // Problems of the CSV itself (a quote never closed, a wrong encoding)
    // can make the rest of the file unreadable, so they stop the run even
    // under keep_going.
    void add_fatal(const std::vector<Diagnostic>& diagnostics) {
        for (const auto& d : diagnostics) errors_.add(d);
    }
    // The first of `total` fatal problems; the rest are only counted.
    void add_fatal(const std::vector<Diagnostic>& first, std::size_t total) {
        add_fatal(first);
        errors_.add_not_shown(total - first.size());
    }
    // How many more errors will be shown.
    std::size_t room() const { return errors_.room(); }
    void add(const std::vector<Diagnostic>& row) {
        for (const auto& d : row) {
            if (!options_.keep_going)
                errors_.add(d);
            else if (shown_++ < options_.max_warnings)
                warn_(format_warning(d));
        }
    }
    void append(const Problems& later, int line_shift) { errors_.append(later.errors_, line_shift); }
    void finish() {
        if (shown_ > options_.max_warnings)
            warn_(fmt::format("... and {} more warnings not shown", shown_ - options_.max_warnings));
        errors_.throw_if_any();
    }

private:
    static std::string format_warning(const Diagnostic& d) {
        std::string text = format_diagnostic(d);
        const auto at = text.find("error: ");
        if (at != std::string::npos) text.replace(at, 7, "warning: row left out: ");
        return text;
    }

    const CasesReadOptions& options_;
    const WarningSink& warn_;
    ErrorCollector errors_;
    std::size_t shown_ = 0;
};

// One part of the file with everything needed to read it on its own.
struct Part {
    Part(csv::CsvReader reader, CaseColumnIndex columns, const CasesReadOptions& options, std::size_t parts,
         const WarningSink& warn)
        : csv(std::move(reader)),
          // Without keep_going any duplicate rejects the file, so it may be
          // found at the end; with it, the repeat must be left out before it
          // is counted.
          rows(csv, columns,
               options.keep_going
                   ? DuplicateIdFinder(DuplicateIdFinder::Mode::immediate)
                   : DuplicateIdFinder(DuplicateIdFinder::Mode::at_end, id_buffer_entries(parts)),
               options.allow_identifiers),
          problems(options, warn) {}

    // The id buffers of all parts share a fixed budget, so that memory does
    // not grow with the number of threads either: a full buffer each for one
    // or two parts (a file of a million rows then never touches the disk),
    // one in all for more, whose own read buffers take the rest.
    static std::size_t id_buffer_entries(std::size_t parts) {
        return parts <= 2 ? DuplicateIdFinder::kBufferEntries : DuplicateIdFinder::kBufferEntries / parts;
    }

    csv::CsvReader csv;
    CaseRowReader rows;
    Problems problems;
    CasesReadSummary summary;
    std::exception_ptr failure;  // anything but a problem of the input
};

void read_part(Part& part, const CaseSink& sink) {
    csv::CsvRecord record;
    Case c;
    for (;;) {
        try {
            if (!part.csv.next(record)) break;
        } catch (const Error& e) {  // a record the CSV reader could not read
            ++part.summary.rows;
            ++part.summary.rows_with_errors;
            part.problems.add_fatal(e.diagnostics());
            continue;
        }
        ++part.summary.rows;
        if (part.rows.read(record, c)) {
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

// The parts of the file: the first reads from the header on, each other from
// one of `starts`, and each stops where the next begins.
std::vector<std::unique_ptr<Part>> plan_parts(csv::CsvReader head, const CasesReadOptions& options,
                                              const WarningSink& warn) {
    const auto columns = resolve_case_columns(head, options.column_map);
    const auto starts =
        options.keep_going || options.threads < 2
            ? std::vector<std::uint64_t>{}
            : csv::part_starts(head.name(), head.offset(), options.threads, options.min_part_bytes);
    const std::size_t count = starts.size() + 1;
    std::vector<std::unique_ptr<Part>> parts;
    parts.push_back(std::make_unique<Part>(std::move(head), columns, options, count, warn));
    for (const std::uint64_t start : starts) {
        parts.back()->csv.stop_at(start);
        parts.push_back(std::make_unique<Part>(csv::CsvReader::continue_at(parts.front()->csv, start),
                                               columns, options, count, warn));
    }
    return parts;
}

// How many parts count: a part counts when the one before it stopped exactly
// where it begins. One that did not (its cut lay inside a quoted field, or
// it stopped at an unreadable record) read on to the end itself, or stopped
// where a single pass would have.
std::size_t parts_that_count(const std::vector<std::unique_ptr<Part>>& parts) {
    std::size_t used = 1;
    while (used < parts.size() && parts[used - 1]->csv.reached_stop()) ++used;
    return used;
}

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
    }
    first.summary.parts = used;
}

}  // namespace

CasesReadSummary read_cases_in_parts(const std::string& path, const CasesReadOptions& options,
                                     const CasePartSink& sink, const WarningSink& warn) {
    auto parts = plan_parts(csv::CsvReader(path, options.csv), options, warn);
    {
        std::vector<std::jthread> threads;
        for (std::size_t i = 1; i < parts.size(); ++i)
            threads.emplace_back([&parts, &sink, i] {
                read_part_guarded(*parts[i], [&sink, i](const Case& c) { sink(i, c); });
            });
        read_part_guarded(*parts.front(), [&sink](const Case& c) { sink(0, c); });
    }
    const std::size_t used = parts_that_count(parts);
    for (std::size_t i = 0; i < used; ++i)
        if (parts[i]->failure) std::rethrow_exception(parts[i]->failure);
    join_parts(parts, used);
    Part& first = *parts.front();
    const auto [duplicates, total] = first.rows.late_duplicates(first.problems.room(), used);
    first.problems.add_fatal(duplicates, total);
    first.problems.finish();
    return first.summary;
}

CasesReadSummary read_cases(const std::string& path, const CasesReadOptions& options, const CaseSink& sink,
                            const WarningSink& warn) {
    CasesReadOptions one_pass = options;
    one_pass.threads = 1;
    return read_cases_in_parts(
        path, one_pass, [&sink](std::size_t, const Case& c) { sink(c); }, warn);
}

}  // namespace ipskit::readers
