#include "cli/review_set_options.hpp"

#include "readers/scale_locator.hpp"

namespace ipskit::cli {

void add_allow_mixed_option(CLI::App& command, bool& allow_mixed, const std::string& what) {
    command.add_flag("--allow-mixed", allow_mixed, what);
}

std::vector<ReviewFile> read_review_set(const ReviewSetOptions& options) {
    const auto dirs = scale_dirs(options.scales_dir);
    auto files =
        read_reviews(options.files, options.defaults,
                     [&](const std::string& id, const Location& at) { return load_scale(id, dirs, at); });
    long allowed = 0;
    for (const auto& file : files) allowed += file.loaded.identifiers_allowed;
    warn_identifiers_allowed({{"note", allowed}});
    return files;
}

}  // namespace ipskit::cli
