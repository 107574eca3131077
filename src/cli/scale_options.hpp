#pragma once
// --scales-dir, shared by every command that reads a scale.

#include <string>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

void add_scales_dir_option(CLI::App& command, std::string& scales_dir);

}  // namespace ipskit::cli
