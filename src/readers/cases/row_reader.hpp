#pragma once
// Turns one record of a case extract into an outcomes::Case, checking every
// field of the row by the rules of docs/formats.md (for the case reader,
// which reads a file or a part of one with it). The per-row work of reading
// an extract is here, so the hot functions are inline within one file.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <climits>

#include "domain/outcomes/case.hpp"
#include "readers/cases/columns.hpp"
#include "readers/cases/date_memo.hpp"
#include "readers/cases/extract_places.hpp"
#include "readers/cases/outcome_label.hpp"
#include "readers/cases/parts/duplicate_ids.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers::cases {

// Turns one record (a CSV record, or a workbook row as one) into a Case,
// noting every problem of the row.
class CaseRowReader {
public:
    // Dates before `earliest` or after `latest` (day numbers) are refused.
    CaseRowReader(ExtractPlaces places, CaseColumnIndex columns, parts::DuplicateIdFinder ids,
                  bool allow_identifiers, outcomes::DayNumber earliest = INT32_MIN,
                  outcomes::DayNumber latest = INT32_MAX)
        : places_(std::move(places)),
          columns_(columns),
          ids_(std::move(ids)),
          allow_identifiers_(allow_identifiers),
          earliest_(earliest),
          latest_(latest) {
        for (std::size_t i = 0; i < cells_.size(); ++i) cells_[i] = columns_[i].value_or(kNoCell);
    }

    // Fills `c` from `record`; returns false (with problems()) for a bad row.
    bool read(const csv::CsvRecord& record, outcomes::Case& c);
    const std::vector<util::Diagnostic>& problems() const { return problems_; }
    // The columns of the row holding a CPR-like value let through.
    const std::vector<CaseColumn>& identifiers() const { return identifiers_; }
    // Ids repeated in the file, when they are found only at the end: the
    // first `keep` by line, and how many there are in all; looked for on up
    // to `threads` threads.
    std::pair<std::vector<util::Diagnostic>, std::size_t> late_duplicates(std::size_t keep,
                                                                          std::size_t threads);
    // Takes over the ids of a later part whose lines start after line_shift.
    void absorb_ids(CaseRowReader& later, int line_shift) { ids_.absorb(std::move(later.ids_), line_shift); }

private:
    std::string_view field(CaseColumn column) const;
    util::Location where(CaseColumn column) const;
    void problem(CaseColumn column, std::string what, std::string fix);
    void date(CaseColumn column, std::optional<outcomes::DayNumber>& day);
    [[gnu::noinline]] std::optional<outcomes::DayNumber> unusual_date(CaseColumn column,
                                                                      std::string_view text);
    void field_problem(CaseColumn column, const csv::FieldProblem& p);
    std::string_view shown_text(CaseColumn column);
    [[gnu::noinline]] void identifier_found(CaseColumn column);
    void read_case_id();
    void read_outcome(outcomes::Case& c);
    void check_not_before_start(const outcomes::Case& c, CaseColumn column,
                                std::optional<outcomes::DayNumber> day);
    [[gnu::noinline]] void date_before_start(CaseColumn column);
    [[gnu::noinline]] void implausible_date(CaseColumn column);

    ExtractPlaces places_;
    CaseColumnIndex columns_;
    // The field of each column, kNoCell where the extract lacks it: one
    // comparison per cell instead of two.
    static constexpr std::size_t kNoCell = SIZE_MAX;
    std::array<std::size_t, kCaseColumnCount> cells_{};
    parts::DuplicateIdFinder ids_;
    bool allow_identifiers_;
    outcomes::DayNumber earliest_;
    outcomes::DayNumber latest_;
    std::vector<CaseColumn> identifiers_;  // cleared per row
    DateMemo dates_;                       // dates in the less common forms
    OutcomeLabels outcome_labels_;
    const csv::CsvRecord* record_ = nullptr;
    std::vector<util::Diagnostic> problems_;  // cleared per row; keeps its capacity
    int year_ = 0;                            // year of the last date read
};

}  // namespace ipskit::readers::cases
