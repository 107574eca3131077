// ipskit scales [show ID [--item N|ID]]: lists the scales ipskit finds, or
// prints one scale in full so a reviewer can read its anchors and bands.

#include <fmt/format.h>

#include "cli/app.hpp"
#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_commands.hpp"
#include "cli/scale_options.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/message_language.hpp"
#include "writers/reports/scale_report.hpp"

namespace ipskit::cli {

namespace {

struct ScalesOptions {
    std::string scales_dir;
    OutputOptions output;
};

struct ShowOptions {
    std::string id;
    std::string item;
    std::string scales_dir;
    OutputOptions output;
};

int run_scales(const ScalesOptions& options) {
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    std::vector<Scale> scales;
    for (const auto& id : readers::review::available_scale_ids(dirs))
        scales.push_back(readers::review::load_scale(id, dirs, {}));
    write_outputs(writers::reports::scale_list(scales, options.output.lang), options.output, {});
    return kOk;
}

int run_show(const ShowOptions& options) {
    refuse_unknown_scale(options.id, options.scales_dir);
    const Scale scale =
        readers::review::load_scale(options.id, readers::review::scale_dirs(options.scales_dir), {});
    const Item* item = options.item.empty() ? nullptr : scale.find_item(options.item);
    if (!options.item.empty() && !item)
        refuse_usage(fmt::format(fmt::runtime(util::tr("--item: scale {} has no item \"{}\"",
                                                       "--item: skalaen {} har ikke punktet \"{}\"")),
                                 scale.id, quoted_value(options.item)),
                     fmt::format(fmt::runtime(util::tr("give an item number 1–{} or an item id such as {}",
                                                       "angiv et punktnummer 1–{} eller et punkt-id som {}")),
                                 scale.items.size(), scale.items.front().id));
    write_outputs(writers::reports::scale_sheet(scale, item, options.output.lang), options.output, {});
    return kOk;
}

}  // namespace

void setup_scales(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<ScalesOptions>();
    add_scales_dir_option(command, options->scales_dir);
    add_output_options(command, options->output);
    command.require_subcommand(0, 1);

    auto show = std::make_shared<ShowOptions>();
    CLI::App* sub =
        command.add_subcommand("show", "Print one scale: sections, items, anchors, data sources, bands");
    sub->footer(
        command_footer("ipskit scales show ips-25\n"
                       "ipskit scales show ips-25 --item caseload_size --lang da\n"
                       "ipskit scales show ips-15 --format md -o ips-15.md"));
    sub->add_option("id", show->id, "Scale id, e.g. ips-25")->required()->type_name("ID");
    sub->add_option("--item", show->item, "Print only this item (number or id)")->type_name("N|ID");
    add_scales_dir_option(*sub, show->scales_dir);
    add_output_options(*sub, show->output);
    sub->callback([show, &result] { run_guarded([&] { return run_show(*show); }, result); });

    // The parent's callback runs after show's too; it lists only when no subcommand was given.
    command.callback([options, &command, &result] {
        if (command.get_subcommands().empty()) run_guarded([&] { return run_scales(*options); }, result);
    });
}

}  // namespace ipskit::cli
