#pragma once
// ipskit derive: the fidelity items a site's own records can score.

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace ipskit::cli {

// Registers `derive` in the command table (commands.cpp).
void setup_derive(CLI::App& command, CommandResult& result);

}  // namespace ipskit::cli
