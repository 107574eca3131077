#pragma once
// The options that say how to read an input, defined once for every command
// that takes them: the encoding, the delimiter and dates. Each value is
// checked when the command line is parsed, by the readers' own parse
// functions, so that a bad value is a usage error (CLI::ValidationError, exit
// 2) with the same words whichever command it was given to.

#include <optional>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "readers/text/encoding.hpp"

namespace ipskit::cli {

// A check that an option's value is one of `values`, refused with the choices
// and the nearest of them: unknown value "VALUE"; use A, B or C (did you mean B?).
CLI::Validator one_of(const std::vector<std::string>& values);

// --encoding: utf-8 (the default) or windows-1252, with the aliases that
// readers::text::parse_encoding accepts. `what` names the input, e.g. "the extract".
CLI::Option* add_encoding_option(CLI::App& command, readers::text::Encoding& encoding,
                                 const std::string& what);

// --delimiter: ',', ';', tab or another punctuation mark, as
// readers::csv::parse_delimiter accepts; unset, the reader detects it.
CLI::Option* add_delimiter_option(CLI::App& command, std::optional<char>& delimiter, const std::string& what);

// A date option such as --date or --from: any date the readers accept
// (YYYY-MM-DD or day first), stored as YYYY-MM-DD; empty when not given.
CLI::Option* add_date_option(CLI::App& command, const std::string& name, std::string& date,
                             const std::string& help);

// Refuses, when the command line is parsed, a --from date after the --to
// date. Both must be bound by add_date_option, so they compare as YYYY-MM-DD.
void refuse_backwards_period(CLI::App& command, const std::string& from, const std::string& to);

}  // namespace ipskit::cli
