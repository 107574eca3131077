#pragma once
// What the commands that read several reviews share: the files, the scale
// directory, --allow-mixed, and reading them all with one scale loader.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/common_options.hpp"
#include "readers/review/review_set.hpp"

namespace ipskit::cli {

struct ReviewSetOptions {
    std::vector<std::string> files;
    readers::review::ReviewDefaults defaults;
    std::string scales_dir;
    bool allow_mixed = false;
};

// Adds --allow-mixed with the help text `what` (what it lets through).
void add_allow_mixed_option(CLI::App& command, bool& allow_mixed, const std::string& what);

// Reads every file of the set, reporting the errors of all files together.
std::vector<readers::review::ReviewFile> read_review_set(const ReviewSetOptions& options);

// ipskit score A.yaml B.yaml ...: the reviewers side by side, with agreement.
int run_score_reviewers(const ReviewSetOptions& options, const OutputOptions& output);

}  // namespace ipskit::cli
