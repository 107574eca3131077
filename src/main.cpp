// ipskit's entry point: build the command line from the command table, parse
// it (CLI11 runs the chosen command's callback inside parse), and turn the two
// kinds of failure into exit codes.

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/exit_codes.hpp"
#include "cli/flag_values.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

int main(int argc, char** argv) {
    // Before the command line is built, so that --help and every usage error are in this language.
    ipskit::util::set_message_language(
        ipskit::util::message_language_from_arguments(argc, argv)
            .value_or(ipskit::util::message_language_from_environment(
                [](const char* name) -> const char* { return std::getenv(name); })));
    CLI::App app{"ipskit", "ipskit"};
    ipskit::cli::CommandResult result;
    ipskit::cli::setup_app(app, result);
    try {
        ipskit::cli::refuse_flag_values(app, argc, argv);
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return ipskit::cli::report_parse_error(app, error);
    } catch (const ipskit::util::Error& error) {
        std::cerr << error.what() << '\n';
        return ipskit::cli::kInputRejected;
    }
    return result.exit_code;
}
