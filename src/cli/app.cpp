#include "cli/app.hpp"

#include <iostream>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/parse_errors.hpp"
#include "util/message_language.hpp"
#include "version.hpp"

namespace ipskit::cli {

namespace {

constexpr const char* kDescription =
    "ipskit scores IPS (Individual Placement and Support) fidelity reviews and reports\n"
    "employment and education outcomes from case extracts.";

constexpr const char* kFooter =
    "Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 a threshold such as --fail-under not met.\n"
    "Run 'ipskit COMMAND --help' for a command's options; 'man ipskit' for the whole manual.";

}  // namespace

std::string command_footer(std::string_view examples) {
    std::string footer =
        "Exit codes: 0 ok, 1 input rejected, 2 usage error, 3 threshold not met.\n\nExamples:";
    std::size_t start = 0;
    while (start < examples.size()) {
        const std::size_t end = std::min(examples.find('\n', start), examples.size());
        footer += fmt::format("\n  {}", examples.substr(start, end - start));
        start = end + 1;
    }
    return footer;
}

void setup_app(CLI::App& app, CommandResult& result) {
    app.description(kDescription);
    app.footer(kFooter);
    app.set_version_flag("--version", fmt::format("ipskit {}", kIpskitVersion), "Print the version and exit");
    app.require_subcommand(1);
    for (const auto& command : commands()) {
        CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.summary));
        sub->footer(command_footer(command.examples));
        command.setup(*sub, result);
    }
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
