#include "cli/app.hpp"

#include <algorithm>
#include <iostream>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "util/edit_distance.hpp"
#include "version.hpp"

namespace ipskit::cli {

namespace {

constexpr const char* kDescription =
    "ipskit scores IPS (Individual Placement and Support) fidelity reviews and reports\n"
    "employment and education outcomes from case extracts.";

constexpr const char* kFooter =
    "Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 a threshold such as --fail-under not met.\n"
    "Run 'ipskit COMMAND --help' for a command's options; 'man ipskit' for the whole manual.";

// For "ipskit scroe": the command a typo most likely meant, if any is close.
std::string closest_command(const std::string& word) {
    std::string best;
    std::size_t best_distance = 3;
    for (const auto& command : commands()) {
        const std::size_t d = util::edit_distance(word, command.name);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(command.name);
        }
    }
    return best;
}

std::string hint_for(const CLI::App& app, const CLI::ParseError& error) {
    if (const auto* extras = dynamic_cast<const CLI::ExtrasError*>(&error)) {
        (void)extras;
        const auto remaining = app.remaining();
        if (!remaining.empty() && app.get_subcommands().empty()) {
            const std::string guess = closest_command(remaining.front());
            if (!guess.empty()) return fmt::format("did you mean 'ipskit {}'?", guess);
        }
    }
    return "run 'ipskit --help' for usage";
}

}  // namespace

void setup_app(CLI::App& app, CommandResult& result) {
    app.description(kDescription);
    app.footer(kFooter);
    app.set_version_flag("--version", fmt::format("ipskit {}", kIpskitVersion), "Print the version and exit");
    app.require_subcommand(1);
    for (const auto& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
        sub->footer("Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 threshold not met.");
        command.setup(*sub, result);
    }
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& error) {
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
        app.exit(error);  // help or version text, to stdout
        return kOk;
    }
    std::cerr << "ipskit: error: " << error.what() << " — " << hint_for(app, error) << '\n';
    return kUsageError;
}

}  // namespace ipskit::cli
