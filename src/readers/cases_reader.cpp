#include "readers/cases_reader.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <exception>
#include <memory>
#include <thread>
#include <utility>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "readers/cases_columns.hpp"
#include "readers/date_memo.hpp"
#include "readers/duplicate_ids.hpp"
#include "readers/field_parsers.hpp"
#include "readers/file_parts.hpp"
#include "readers/outcome_label.hpp"

namespace ipskit::readers {

namespace {

using outcomes::Case;
using outcomes::DayNumber;

constexpr const char* kDuplicateFix =
    "each course must have its own case_id; remove or renumber one of the two rows";

// Names both lines, but not the id: reports and messages never show ids.
std::string duplicate_message(int line, int first_line) {
    return fmt::format("case_id on line {} was already given on line {}", line, first_line);
}

// Turns one CSV record into a Case, noting every problem of the row.
class RowReader {
public:
    RowReader(const csv::CsvReader& csv, CaseColumnIndex columns, DuplicateIdFinder ids,
              bool allow_identifiers)
        : csv_(csv), columns_(columns), ids_(std::move(ids)), allow_identifiers_(allow_identifiers) {
        for (std::size_t i = 0; i < cells_.size(); ++i) cells_[i] = columns_[i].value_or(kNoCell);
    }

    // Fills `c` from `record`; returns false (with problems()) for a bad row.
    bool read(const csv::CsvRecord& record, Case& c);
    const std::vector<Diagnostic>& problems() const { return problems_; }
    // The columns of the row holding a CPR-like value let through.
    const std::vector<CaseColumn>& identifiers() const { return identifiers_; }
    // Ids repeated in the file, when they are found only at the end: the
    // first `keep` by line, and how many there are in all; looked for on up
    // to `threads` threads.
    std::pair<std::vector<Diagnostic>, std::size_t> late_duplicates(std::size_t keep, std::size_t threads);
    // Takes over the ids of a later part whose lines start after line_shift.
    void absorb_ids(RowReader& later, int line_shift) { ids_.absorb(std::move(later.ids_), line_shift); }

private:
    std::string_view field(CaseColumn column) const;
    Location where(CaseColumn column) const;
    void problem(CaseColumn column, std::string what, std::string fix);
    void date(CaseColumn column, std::optional<DayNumber>& day);
    [[gnu::noinline]] std::optional<DayNumber> unusual_date(CaseColumn column, std::string_view text);
    void field_problem(CaseColumn column, const csv::FieldProblem& p);
    std::string_view shown_text(CaseColumn column);
    [[gnu::noinline]] void identifier_found(CaseColumn column);
    void read_case_id();
    void read_outcome(Case& c);
    void check_not_before_start(const Case& c, CaseColumn column, std::optional<DayNumber> day);

    const csv::CsvReader& csv_;
    CaseColumnIndex columns_;
    // The field of each column, kNoCell where the extract lacks it: one
    // comparison per cell instead of two.
    static constexpr std::size_t kNoCell = SIZE_MAX;
    std::array<std::size_t, kCaseColumnCount> cells_{};
    DuplicateIdFinder ids_;
    bool allow_identifiers_;
    std::vector<CaseColumn> identifiers_;  // cleared per row
    DateMemo dates_;                       // dates in the less common forms
    OutcomeLabels outcome_labels_;
    const csv::CsvRecord* record_ = nullptr;
    std::vector<Diagnostic> problems_;  // cleared per row; keeps its capacity
    int year_ = 0;                      // year of the last date read
};

// Inline: it runs for about ten cells of every row, and the call cost as
// much as the work.
inline std::string_view RowReader::field(CaseColumn column) const {
    const std::size_t index = cells_[static_cast<std::size_t>(column)];
    if (index >= record_->fields.size()) return {};  // also a column the extract lacks
    return csv::trim(record_->fields[index]);
}

Location RowReader::where(CaseColumn column) const {
    const auto& index = columns_[static_cast<std::size_t>(column)];
    return index ? csv_.location(*record_, *index) : Location{csv_.name(), record_->line, 0};
}

void RowReader::problem(CaseColumn column, std::string what, std::string fix) {
    problems_.push_back({where(column), std::move(what), std::move(fix)});
}

// Nearly every date cell holds one of the common forms, read here inline;
// the rest go to unusual_date, out of line, so that this path needs no room
// on the stack for a parse result and its problem. The day is written where
// it is kept: an optional built here and copied would be written in two
// stores and read back in one, which the CPU cannot forward, and that stall
// cost more than reading the date.
inline void RowReader::date(CaseColumn column, std::optional<DayNumber>& day) {
    day.reset();
    const std::string_view text = field(column);
    if (text.empty()) return;
    if (const auto common = csv::read_common_date(text)) {
        year_ = common->date.year;
        day = common->day_number;
        return;
    }
    if (const auto unusual = unusual_date(column, text)) day = *unusual;
}

std::optional<DayNumber> RowReader::unusual_date(CaseColumn column, std::string_view text) {
    if (const auto known = dates_.find(text)) {
        year_ = known->year;
        return known->day_number;
    }
    const auto parsed = csv::parse_date(text);
    if (parsed.problem) {
        field_problem(column, *parsed.problem);
        return std::nullopt;
    }
    if (!parsed.value) return std::nullopt;
    year_ = parsed.value->year;
    const DayNumber day = parsed.value->days_since_epoch();
    dates_.keep(text, {day, year_});
    return day;
}

void RowReader::field_problem(CaseColumn column, const csv::FieldProblem& p) {
    const auto& index = columns_[static_cast<std::size_t>(column)];
    problems_.push_back(
        csv::to_diagnostic(p, where(column), index ? csv_.header()[*index] : column_name(column)));
}

// A text that reports may print: it must not hold a CPR number. Inline, as
// it runs for four cells of every row; the rare finding is out of line.
inline std::string_view RowReader::shown_text(CaseColumn column) {
    const std::string_view text = field(column);
    if (looks_like_cpr(text)) [[unlikely]]
        identifier_found(column);
    return text;
}

void RowReader::identifier_found(CaseColumn column) {
    if (allow_identifiers_)
        identifiers_.push_back(column);
    else
        problem(column, fmt::format("{} looks like a CPR number", column_name(column)),
                "remove person identifiers from the extract: reports must never show them; to keep "
                "the value deliberately, run again with --allow-identifiers");
}

void RowReader::read_case_id() {
    const std::string_view id = field(CaseColumn::case_id);
    if (id.empty()) {
        problem(CaseColumn::case_id, "case_id is empty", "give every course a unique pseudonymous id");
        return;
    }
    if (const int first = ids_.add(id, record_->line))
        problem(CaseColumn::case_id, duplicate_message(record_->line, first), kDuplicateFix);
}

std::pair<std::vector<Diagnostic>, std::size_t> RowReader::late_duplicates(std::size_t keep,
                                                                           std::size_t threads) {
    std::vector<Diagnostic> found;
    const auto& index = columns_[static_cast<std::size_t>(CaseColumn::case_id)];
    const int column = index ? static_cast<int>(*index) + 1 : 0;
    const auto duplicates = ids_.finish(keep, threads);
    for (const auto& d : duplicates.first)
        found.push_back(
            {Location{csv_.name(), d.line, column}, duplicate_message(d.line, d.first_line), kDuplicateFix});
    return {std::move(found), duplicates.total};
}

void RowReader::read_outcome(Case& c) {
    c.outcome.reset();
    const std::string_view text = field(CaseColumn::outcome);
    if (text.empty()) {
        if (c.end)
            problem(CaseColumn::outcome,
                    "closed course without an outcome (end_date is set, outcome is empty)",
                    fmt::format("give the outcome: {}", kAcceptedOutcomes));
        return;
    }
    c.outcome = outcome_labels_.read(text);
    if (!c.outcome)
        problem(CaseColumn::outcome, fmt::format("unknown outcome \"{}\"", text),
                fmt::format("use one of: {}", kAcceptedOutcomes));
}

void RowReader::check_not_before_start(const Case& c, CaseColumn column, std::optional<DayNumber> day) {
    if (!day || *day >= c.start) return;
    problem(column,
            fmt::format("{} {} is before start_date {}", column_name(column), field(column),
                        field(CaseColumn::start_date)),
            fmt::format("correct the dates: {} may not lie before start_date", column_name(column)));
}

// Sets every member of `c`: clearing it first would cost more than a field.
bool RowReader::read(const csv::CsvRecord& record, Case& c) {
    record_ = &record;
    problems_.clear();
    identifiers_.clear();
    read_case_id();
    c.site = shown_text(CaseColumn::site);
    c.cluster = shown_text(CaseColumn::cluster);
    c.consultant = shown_text(CaseColumn::consultant);
    c.target_group = shown_text(CaseColumn::target_group);
    date(CaseColumn::referral_date, c.referral);
    std::optional<DayNumber> start;
    date(CaseColumn::start_date, start);
    if (!start && field(CaseColumn::start_date).empty())
        problem(CaseColumn::start_date, "start_date is empty", "give the date the course began");
    c.start = start ? *start : 0;
    date(CaseColumn::first_employer_contact, c.first_employer_contact);
    date(CaseColumn::outcome_date, c.outcome_date);
    date(CaseColumn::end_date, c.end);
    c.end_year = c.end ? year_ : 0;
    read_outcome(c);
    const auto aftercare = csv::parse_yes_no(field(CaseColumn::aftercare));
    if (aftercare.problem) field_problem(CaseColumn::aftercare, *aftercare.problem);
    c.aftercare = aftercare.value.value_or(false);
    if (start) {
        check_not_before_start(c, CaseColumn::first_employer_contact, c.first_employer_contact);
        check_not_before_start(c, CaseColumn::outcome_date, c.outcome_date);
        check_not_before_start(c, CaseColumn::end_date, c.end);
    }
    return problems_.empty();
}

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
    RowReader rows;
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
