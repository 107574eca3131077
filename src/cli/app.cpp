#include "cli/app.hpp"

#include <iostream>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/help_language.hpp"
#include "cli/parse_errors.hpp"
#include "util/message_language.hpp"
#include "version.hpp"

namespace ipskit::cli {

namespace {

std::string description() {
    return util::tr(
        "ipskit scores IPS (Individual Placement and Support) fidelity reviews and reports\n"
        "employment and education outcomes from case extracts.",
        "ipskit beregner scorer for IPS-fidelitetsvurderinger (Individual Placement and Support)\n"
        "og opgør resultater i job og uddannelse ud fra udtræk af forløb.");
}

std::string footer() {
    return util::tr(
        "Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 a threshold such as --fail-under not met.\n"
        "Run 'ipskit COMMAND --help' for a command's options; 'man ipskit' for the whole manual.",
        "Afslutningskoder: 0 ok, 1 input afvist, 2 forkert brug, 3 en grænse som --fail-under ikke nået.\n"
        "Kør 'ipskit KOMMANDO --help' for en kommandos tilvalg; 'man ipskit' for hele manualen.");
}

}  // namespace

std::string command_footer(std::string_view examples) {
    std::string footer =
        util::tr("Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 threshold not met.\n\nExamples:",
                 "Afslutningskoder: 0 ok, 1 input afvist, 2 forkert brug, 3 grænse ikke nået.\n\n"
                 "Eksempler:");
    std::size_t start = 0;
    while (start < examples.size()) {
        const std::size_t end = std::min(examples.find('\n', start), examples.size());
        footer += fmt::format("\n  {}", examples.substr(start, end - start));
        start = end + 1;
    }
    return footer;
}

void setup_app(CLI::App& app, CommandResult& result) {
    app.description(description());
    app.footer(footer());
    app.set_version_flag("--version", fmt::format("ipskit {}", kIpskitVersion), "Print the version and exit");
    app.require_subcommand(1);
    for (const auto& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
        sub->footer(command_footer(command.examples));
        command.setup(*sub, result);
    }
    translate_help(app);
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& error) {
    if (error.get_exit_code() == static_cast<int>(CLI::ExitCodes::Success)) {
        app.exit(error);  // help or version text, to stdout
        return kOk;
    }
    std::cerr << "ipskit: " << util::tr("error: ", "fejl: ") << describe_parse_error(app, error) << '\n';
    return kUsageError;
}

}  // namespace ipskit::cli
