#pragma once
// Where scale files are found: --scales-dir first, then the installed data
// directory, the source tree, and ../share/ipskit/scales beside the binary.
// A scale id selects the file ID.yaml in the first directory that has it.

#include <string>
#include <vector>

#include "domain/scale.hpp"
#include "util/error.hpp"

namespace ipskit::readers::review {

// The directories searched, in order; `scales_dir` (from --scales-dir) may be empty.
std::vector<std::string> scale_dirs(const std::string& scales_dir);

// Ids of every scale file found, sorted, each once (the first directory wins).
std::vector<std::string> available_scale_ids(const std::vector<std::string>& dirs);

// The file that holds scale `id` (ID.yaml in the first directory that has
// it), or an empty string when there is none.
std::string find_scale_file(const std::string& id, const std::vector<std::string>& dirs);

// Reads the one scale asked for; an unknown id is an error at `asked_at`
// listing the ids available.
Scale load_scale(const std::string& id, const std::vector<std::string>& dirs, const util::Location& asked_at);

}  // namespace ipskit::readers::review
