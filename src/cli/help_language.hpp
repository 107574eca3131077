#pragma once
// --help in the language of messages: under --lang da (or IPSKIT_LANG=da, or
// a Danish locale) every command's and option's description, and the words
// CLI11 prints around them, are Danish. Called once the command line is built.

#include <CLI/CLI.hpp>

namespace ipskit::cli {

void translate_help(CLI::App& app);

}  // namespace ipskit::cli
