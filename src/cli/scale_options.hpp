#pragma once
// --scales-dir, shared by every command that reads a scale.

#include <CLI/CLI.hpp>

#include <string>

namespace ipskit::cli {

void add_scales_dir_option(CLI::App& command, std::string& scales_dir);

}  // namespace ipskit::cli
