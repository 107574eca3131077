#include "cli/scale_options.hpp"

namespace ipskit::cli {

void add_scales_dir_option(CLI::App& command, std::string& scales_dir) {
    command
        .add_option("--scales-dir", scales_dir,
                    "Look for scale files (ID.yaml) in DIR first, before the installed and bundled scales")
        ->type_name("DIR");
}

}  // namespace ipskit::cli
