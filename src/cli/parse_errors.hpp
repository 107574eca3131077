#pragma once
// Turns CLI11's parse errors into ipskit's words: what was wrong on the
// command line, in plain English or Danish, with the valid choices or the
// nearest option or command, never CLI11's own texts.

#include <string>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

// The message main prints after "ipskit: error: ": WHAT — WHAT TO DO.
std::string describe_parse_error(const CLI::App& app, const CLI::ParseError& error);

}  // namespace ipskit::cli
