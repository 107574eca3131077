#pragma once

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace ipskit::cli {

// Builds the top-level command line: description, --version and every
// subcommand from the command table.
void setup_app(CLI::App& app, CommandResult& result);

// A command's --help footer: the exit codes, then its examples, one a line.
std::string command_footer(std::string_view examples);

// Prints a parse error (or the help / version text CLI11 asked for) and
// returns the exit code: 0 for help and version, 2 for a usage error.
int report_parse_error(const CLI::App& app, const CLI::ParseError& error);

}  // namespace ipskit::cli
