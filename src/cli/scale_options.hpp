#pragma once
// --scales-dir, shared by every command that reads a scale, and the check of
// a scale id typed on the command line.

#include <string>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

// --scales-dir DIR; a DIR that is not a directory is refused when parsed.
void add_scales_dir_option(CLI::App& command, std::string& scales_dir);

// Refuses, as a usage error (exit 2), a scale id given on the command line
// that no scale directory holds, naming the ids there are. A scale named
// inside an input file stays an input error (exit 1), reported by the reader.
// `option` names where the id was given ("--scale"); empty for an argument.
void refuse_unknown_scale(const std::string& id, const std::string& scales_dir,
                          const std::string& option = {});

}  // namespace ipskit::cli
