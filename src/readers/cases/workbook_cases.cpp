#include "readers/cases/workbook_cases.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "domain/date.hpp"
#include "readers/cases/column_map.hpp"
#include "readers/cases/columns.hpp"
#include "readers/cases/problems.hpp"
#include "readers/cases/row_reader.hpp"
#include "readers/xlsx/workbook.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases {

namespace {

using outcomes::Case;

// A title or a note may stand above the header; it is looked for this far.
constexpr int kHeaderSearchRows = 10;

// A number as a CSV file saved from the sheet holds it: 12, 37.5.
std::string number_text(double value) {
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return fmt::format("{}", static_cast<long long>(value));
    return fmt::format("{}", value);
}

// The ISO text of each day met: an extract's date cells hold a few
// thousand days, so each is written once, not once a cell.
class DayTexts {
public:
    const std::string& of(int day) {
        if (slots_.empty()) slots_.resize(kSlots);
        Slot& slot = slots_[static_cast<unsigned>(day) % kSlots];
        if (!slot.filled || slot.day != day) slot = {day, true, civil_from_days(day).to_iso()};
        return slot.text;
    }

private:
    struct Slot {
        int day = 0;
        bool filled = false;
        std::string text;
    };
    static constexpr unsigned kSlots = 4096;  // 11 years of days without a clash
    std::vector<Slot> slots_;
};

// A cell as the text the row checks read. A date cell is its day in ISO
// form, whatever its format shows; the time of day does not count.
void cell_text(const xlsx::Cell& cell, DayTexts& days, std::string& text) {
    switch (cell.kind) {
        case xlsx::CellKind::empty:
            text.clear();
            return;
        case xlsx::CellKind::text:
        case xlsx::CellKind::error:
            text = cell.text;
            return;
        case xlsx::CellKind::number:
            text = number_text(cell.number);
            return;
        case xlsx::CellKind::boolean:
            text = cell.number != 0 ? "true" : "false";
            return;
        case xlsx::CellKind::date:
            text = days.of(static_cast<int>(std::floor(cell.number)));
            return;
    }
}

// A workbook row as a record: one text per column from A, views into texts.
struct RowRecord {
    std::vector<std::string> texts;
    csv::CsvRecord record;
    DayTexts days;

    // Fills the record with the first `width` columns of `row`; returns the
    // column (1-based) of a value right of them, or 0.
    int fill(const xlsx::Row& row, std::size_t width) {
        texts.resize(width);
        record.fields.resize(width);
        record.line = row.number;
        for (std::size_t i = 0; i < width; ++i) {
            if (i < row.cells.size())
                cell_text(row.cells[i], days, texts[i]);
            else
                texts[i].clear();
            record.fields[i] = texts[i];
        }
        for (std::size_t i = width; i < row.cells.size(); ++i)
            if (row.cells[i].kind != xlsx::CellKind::empty) return static_cast<int>(i) + 1;
        return 0;
    }
    // A row of cells that hold only empty text, which a CSV file would show
    // as ";;;;" and its reader pass over.
    bool blank() const {
        return std::all_of(texts.begin(), texts.end(), [](const std::string& t) { return t.empty(); });
    }
};

std::vector<std::string> row_names(const xlsx::Row& row) {
    RowRecord names;
    names.fill(row, row.cells.size());
    return std::move(names.texts);
}

// The names a header may hold: every column's accepted names, and the
// headers a column map names.
std::vector<std::string> header_names(const std::string& column_map) {
    std::vector<std::string> names;
    std::vector<std::string> canonical;
    for (const auto& spec : case_columns()) {
        canonical.push_back(spec.canonical);
        names.push_back(csv::normalize_header(spec.canonical));
        for (const auto& alias : spec.aliases) names.push_back(csv::normalize_header(alias));
    }
    if (!column_map.empty())
        for (const auto& mapping : read_column_map(column_map, canonical))
            names.push_back(csv::normalize_header(mapping.header));
    return names;
}

// A header names two columns ipskit reads (one, when the row has one cell);
// a title row ("Udtræk fra Fasit, 2024") names none.
bool looks_like_header(const std::vector<std::string>& cells, const std::vector<std::string>& names) {
    std::size_t known = 0;
    std::size_t filled = 0;
    for (const auto& cell : cells) {
        if (cell.empty()) continue;
        ++filled;
        if (std::find(names.begin(), names.end(), csv::normalize_header(cell)) != names.end()) ++known;
    }
    return known >= std::min<std::size_t>(2, filled) && known > 0;
}

class WorkbookExtract {
public:
    WorkbookExtract(const std::string& path, const CasesReadOptions& options)
        : book_(path, limits(options)),
          sheet_(book_.sheet(options.sheet.empty() ? 0 : book_.find_sheet(options.sheet))) {}

    // Reads rows up to the header and returns it; the rows read past it
    // wait in `ahead_`.
    std::vector<std::string> header(const CasesReadOptions& options) {
        if (options.header_row > 0) return named_header(options.header_row);
        const auto names = header_names(options.column_map);
        for (xlsx::Row row; ahead_.size() < kHeaderSearchRows && sheet_.next(row);) ahead_.push_back(row);
        if (ahead_.empty()) fail_empty();
        auto at = std::find_if(ahead_.begin(), ahead_.end(),
                               [&](const xlsx::Row& r) { return looks_like_header(row_names(r), names); });
        if (at == ahead_.end()) at = ahead_.begin();  // the column lookup says what is missing
        header_line_ = at->number;
        auto found = row_names(*at);
        ahead_.erase(ahead_.begin(), at + 1);
        return found;
    }

    bool next(xlsx::Row& row) {
        if (ahead_.empty()) return sheet_.next(row);
        row = std::move(ahead_.front());
        ahead_.pop_front();
        return true;
    }

    ExtractPlaces places(std::vector<std::string> names) const {
        return {book_.name(), sheet_.name(), std::move(names), header_line_};
    }

private:
    // A large sheet is parsed on the threads the CSV reader would use.
    static xlsx::WorkbookLimits limits(const CasesReadOptions& options) {
        xlsx::WorkbookLimits limits;
        limits.parse_threads = options.threads;
        return limits;
    }

    std::vector<std::string> named_header(int number) {
        xlsx::Row row;
        while (sheet_.next(row) && row.number < number) {
        }
        if (row.number != number)
            throw util::Error(
                sheet_.location(1, number),
                fmt::format(fmt::runtime(util::tr("row {} of the sheet, named by --header-row, is empty",
                                                  "række {} i arket, som --header-row angiver, er tom")),
                            number),
                util::tr("give --header-row the row that holds the column names, or leave it out",
                         "giv --header-row den række, der rummer kolonnenavnene, eller udelad den"));
        header_line_ = number;
        return row_names(row);
    }

    [[noreturn]] void fail_empty() const {
        throw util::Error(
            util::Location{book_.name() + ":" + sheet_.name()},
            util::tr("the sheet is empty", "arket er tomt"),
            util::tr("expected a header row with the column names; choose the sheet with --sheet",
                     "der skal være en overskriftsrække med kolonnenavnene; vælg arket med --sheet"));
    }

    xlsx::Workbook book_;
    xlsx::SheetReader sheet_;
    std::deque<xlsx::Row> ahead_;
    int header_line_ = 1;
};

util::Diagnostic value_without_header(const ExtractPlaces& places, int column, int row) {
    return {places.field(row, static_cast<std::size_t>(column - 1)),
            util::tr("the cell holds a value, but its column has no header",
                     "cellen rummer en værdi, men dens kolonne har ingen overskrift"),
            util::tr("give the column a header, or delete the value",
                     "giv kolonnen en overskrift, eller slet værdien")};
}

// A cell that holds an error value (#VALUE!, #N/A, #DIV/0!) in a column the
// reader uses: a CSV file saved from the sheet would show the error's text,
// and the row checks would say it is not a date or a known outcome, when what
// needs fixing is the formula.
std::optional<util::Diagnostic> error_cell(const ExtractPlaces& places, const CaseColumnIndex& columns,
                                           const xlsx::Row& row) {
    for (const auto& index : columns) {
        if (!index || *index >= row.cells.size()) continue;
        const xlsx::Cell& cell = row.cells[*index];
        if (cell.kind != xlsx::CellKind::error) continue;
        return util::Diagnostic{
            places.field(row.number, *index),
            fmt::format(
                fmt::runtime(util::tr("column \"{}\": the cell holds the error value {}, not a value",
                                      "kolonnen \"{}\": cellen rummer fejlværdien {}, ikke en værdi")),
                places.header[*index], cell.text),
            util::tr("correct the cell's formula (or type its value) in Excel or LibreOffice, and save the "
                     "workbook again",
                     "ret cellens formel (eller skriv værdien) i Excel eller LibreOffice, og gem "
                     "projektmappen igen")};
    }
    return std::nullopt;
}

}  // namespace

bool is_workbook_file(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return false;  // the CSV reader says why
    char start[4] = {};
    const std::size_t got = std::fread(start, 1, sizeof start, file);
    std::fclose(file);
    const std::string_view bytes(start, got);
    return bytes == std::string_view("PK\x03\x04", 4) || bytes == std::string_view("\xD0\xCF\x11\xE0", 4);
}

CasesReadSummary read_workbook_cases(const std::string& path, const CasesReadOptions& options,
                                     const CaseSink& sink, const WarningSink& warn) {
    WorkbookExtract extract(path, options);
    const ExtractPlaces places = extract.places(extract.header(options));
    const CaseColumnIndex columns = resolve_case_columns(places, options.column_map);
    CaseRowReader rows(places, columns,
                       options.keep_going
                           ? parts::DuplicateIdFinder(parts::DuplicateIdFinder::Mode::immediate)
                           : parts::DuplicateIdFinder(parts::DuplicateIdFinder::Mode::at_end),
                       options.allow_identifiers, options.earliest_day, options.latest_day);
    Problems problems(options, warn);
    CasesReadSummary summary;
    summary.sheet = places.sheet;
    RowRecord record;
    Case c;
    try {
        for (xlsx::Row row; extract.next(row);) {
            const int beyond = record.fill(row, places.header.size());
            if (record.blank() && beyond == 0) continue;
            ++summary.rows;
            if (beyond != 0) {
                ++summary.rows_with_errors;
                problems.add_fatal({value_without_header(places, beyond, row.number)});
            } else if (const auto error = error_cell(places, columns, row)) {
                ++summary.rows_with_errors;
                problems.add({*error});
            } else if (rows.read(record.record, c)) {
                summary.latest.add(latest_day(c), row.number);
                sink(c);
                for (const CaseColumn column : rows.identifiers())
                    ++summary.identifiers_allowed[column_name(column)];
            } else {
                ++summary.rows_with_errors;
                problems.add(rows.problems());
            }
        }
    } catch (const util::Error& e) {  // the workbook itself is damaged: the rest cannot be read
        problems.add_fatal(e.diagnostics());
    }
    const auto [duplicates, total] = rows.late_duplicates(problems.room(), 1);
    problems.add_fatal(duplicates, total);
    problems.finish();
    const MissingColumns missing = missing_case_columns(places, columns, options.cluster_from_map);
    for (const CaseColumn column : missing.columns) summary.missing_columns.push_back(column_name(column));
    summary.column_warnings = missing_column_warnings(places, missing);
    return summary;
}

}  // namespace ipskit::readers::cases
