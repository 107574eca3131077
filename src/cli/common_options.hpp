#pragma once
// Options that several commands share, defined once: the report format, the
// output file, the spreadsheet, the language.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "domain/text.hpp"
#include "writers/doc/csv_dialect.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::cli {

struct OutputOptions {
    std::string format;  // table, md, json or csv; empty = from -o's extension, else table
    std::string output = "-";
    std::string xlsx;
    std::string html;  // a self-contained HTML page beside the report, if given
    Lang lang = Lang::en;
    std::optional<writers::doc::CsvDialect> csv_dialect;  // unset: the language's default
    bool quiet = false;                                   // -q: no line saying what was written
};

// Adds --format, -o/--output, --xlsx, --html, --csv-dialect, --lang and -q/--quiet to a command.
void add_output_options(CLI::App& command, OutputOptions& options);

// Renders the document in the chosen format to -o (or stdout) and, with
// --xlsx, as a workbook, with --html as an HTML page. Everything is rendered before anything is written,
// and no output may replace one of the `inputs`.
void write_outputs(const writers::doc::Document& document, const OutputOptions& options,
                   const std::vector<std::string>& inputs);

// Adds -o/--output alone, for commands that write one file of their own
// kind; `what` names it, e.g. "the questionnaire".
void add_output_file_option(CLI::App& command, std::string& output, const std::string& what);

// Adds --csv-dialect, for commands that write CSV: excel-da, excel-en or
// rfc4180; unset, writers::doc::default_csv_dialect of the language.
void add_csv_dialect_option(CLI::App& command, std::optional<writers::doc::CsvDialect>& dialect);
// Adds -q/--quiet: no line on stderr saying which files were written.
void add_quiet_option(CLI::App& command, bool& quiet);

// One line on stderr naming the files written ("-", standard output, is not
// named), unless `quiet`; errors and warnings are never quieted.
void say_written(const std::vector<std::string>& files, bool quiet);

// Adds --lang alone, for commands that print texts but no report.
void add_lang_option(CLI::App& command, Lang& lang);

// Adds --allow-identifiers, for commands whose reports show text from the inputs.
void add_allow_identifiers_option(CLI::App& command, bool& allow);

// After a run with --allow-identifiers: one warning on stderr saying how many
// CPR-like values were let through in which columns (never the values);
// nothing when there were none.
void warn_identifiers_allowed(const std::map<std::string, long>& by_column);

}  // namespace ipskit::cli
