#pragma once
// What the readers of jobs.csv and employer_contacts.csv share: the CSV file
// with its columns found by name or alias, and each cell read as a date,
// yes/no, text or a number, with every problem gathered under the cell's
// file:line:column (docs/formats.md, common rules for every CSV input).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/outcomes/case.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers::records {

class RecordFile {
public:
    // Opens `path` and finds the columns of `specs` in its header (a
    // required one missing is an error listing the headers found).
    RecordFile(const std::string& path, const csv::CsvOptions& options, std::vector<csv::ColumnSpec> specs);

    // The next record; false at the end of the file or when problems() is
    // full (then finish() throws).
    bool next();
    int line() const { return record_.line; }
    const std::string& name() const { return reader_.name(); }
    bool has(std::size_t spec) const { return columns_.index(spec).has_value(); }

    // The cell of column `spec`, trimmed; empty when the file has no such
    // column.
    std::string_view text(std::size_t spec) const;
    // Cells read by the format's rules; a problem is noted, and nullopt returned.
    std::optional<outcomes::DayNumber> date(std::size_t spec);
    std::optional<bool> yes_no(std::size_t spec);
    std::optional<double> number(std::size_t spec);
    // An empty cell in a column the row needs.
    void require(std::size_t spec, std::string_view en_fix, std::string_view da_fix);

    util::Location where(std::size_t spec) const;
    void problem(util::Diagnostic d) { errors_.add(std::move(d)); }
    bool row_ok() const { return errors_.count() == row_start_; }
    // Throws every problem gathered, if any.
    void finish() const;

private:
    std::string header_of(std::size_t spec) const;

    csv::CsvReader reader_;
    csv::ColumnResolver columns_;
    csv::CsvRecord record_;
    util::ErrorCollector errors_;
    std::size_t row_start_ = 0;
};

}  // namespace ipskit::readers::records
