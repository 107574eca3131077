#include "cli/scale_options.hpp"

#include <filesystem>

#include <fmt/format.h>

#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

using util::tr;

void add_scales_dir_option(CLI::App& command, std::string& scales_dir) {
    const CLI::Validator is_directory(
        [](std::string& dir) -> std::string {
            std::error_code ec;
            if (std::filesystem::is_directory(dir, ec)) return {};
            return fmt::format(fmt::runtime(tr("\"{}\" is not a directory; give a directory that holds scale "
                                               "files such as ips-25.yaml",
                                               "\"{}\" er ikke en mappe; angiv en mappe med skalafiler som "
                                               "ips-25.yaml")),
                               quoted_value(dir));
        },
        "");
    command
        .add_option("--scales-dir", scales_dir,
                    "Look for scale files (ID.yaml) in DIR first, before the installed and bundled scales")
        ->check(is_directory)
        ->type_name("DIR");
}

void refuse_unknown_scale(const std::string& id, const std::string& scales_dir, const std::string& option) {
    const auto dirs = readers::review::scale_dirs(scales_dir);
    if (!readers::review::find_scale_file(id, dirs).empty()) return;
    const auto ids = readers::review::available_scale_ids(dirs);
    const std::string what = (option.empty() ? "" : option + ": ") +
                             fmt::format(fmt::runtime(tr("unknown scale \"{}\"{}", "ukendt skala \"{}\"{}")),
                                         quoted_value(id), did_you_mean(id, ids));
    if (ids.empty())
        refuse_usage(what, tr("no scale files were found; point --scales-dir at a directory of scale files",
                              "der blev ikke fundet nogen skalafiler; angiv en mappe med skalafiler med "
                              "--scales-dir"));
    refuse_usage(what, fmt::format(fmt::runtime(tr("use {}", "brug {}")), or_list(ids)));
}

}  // namespace ipskit::cli
