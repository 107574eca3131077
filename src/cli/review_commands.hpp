#pragma once
// The commands for fidelity reviews: scales, template, score and convert.

#include <CLI/CLI.hpp>

#include "cli/commands.hpp"

namespace ipskit::cli {

void setup_scales(CLI::App& command, CommandResult& result);
void setup_template(CLI::App& command, CommandResult& result);
void setup_score(CLI::App& command, CommandResult& result);
void setup_convert(CLI::App& command, CommandResult& result);
// `report` (report.cpp): the fidelity review report and the evaluation report.
void setup_report(CLI::App& command, CommandResult& result);

}  // namespace ipskit::cli
