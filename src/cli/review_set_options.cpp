#include "cli/review_set_options.hpp"

#include <map>

#include "readers/review/scale_locator.hpp"

namespace ipskit::cli {

void add_allow_mixed_option(CLI::App& command, bool& allow_mixed, const std::string& what) {
    command.add_flag("--allow-mixed", allow_mixed, what);
}

std::vector<readers::review::ReviewFile> read_review_set(const ReviewSetOptions& options) {
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    auto files = readers::review::read_reviews(options.files, options.defaults,
                                               [&](const std::string& id, const util::Location& at) {
                                                   return readers::review::load_scale(id, dirs, at);
                                               });
    std::map<std::string, long> allowed;
    for (const auto& file : files)
        for (const auto& [field, count] : file.loaded.identifiers_allowed) allowed[field] += count;
    warn_identifiers_allowed(allowed);
    return files;
}

}  // namespace ipskit::cli
