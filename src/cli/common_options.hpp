#pragma once
// Options that several commands share, defined once: the report format, the
// output file, the spreadsheet, the language.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "domain/text.hpp"
#include "writers/document.hpp"

namespace ipskit::cli {

struct OutputOptions {
    std::string format;  // table, md, json or csv; empty = from -o's extension, else table
    std::string output = "-";
    std::string xlsx;
    Lang lang = Lang::en;
};

// Adds --format, -o/--output, --xlsx and --lang to a command.
void add_output_options(CLI::App& command, OutputOptions& options);

// Renders the document in the chosen format to -o (or stdout) and, with
// --xlsx, as a workbook. Everything is rendered before anything is written,
// and no output may replace one of the `inputs`.
void write_outputs(const doc::Document& document, const OutputOptions& options,
                   const std::vector<std::string>& inputs);

// Adds --lang alone, for commands that print texts but no report.
void add_lang_option(CLI::App& command, Lang& lang);

}  // namespace ipskit::cli
