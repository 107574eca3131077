#pragma once
// The commands that put several reviews side by side: consensus of two
// reviewers, trend of one site over time, and comparison of many sites.

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace ipskit::cli {

void setup_consensus(CLI::App& command, CommandResult& result);
void setup_trend(CLI::App& command, CommandResult& result);
void setup_compare(CLI::App& command, CommandResult& result);

}  // namespace ipskit::cli
