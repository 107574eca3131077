// ipskit's entry point: build the command line from the command table, parse
// it (CLI11 runs the chosen command's callback inside parse), and turn the two
// kinds of failure into exit codes.

#include <cstdlib>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/app.hpp"
#include "cli/exit_codes.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

int main(int argc, char** argv) {
    // --lang, parsed later, overrides this; usage errors before it are in the environment's language.
    ipskit::util::set_message_language(ipskit::util::message_language_from_environment(
        [](const char* name) -> const char* { return std::getenv(name); }));
    CLI::App app{"ipskit", "ipskit"};
    ipskit::cli::CommandResult result;
    ipskit::cli::setup_app(app, result);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& error) {
        return ipskit::cli::report_parse_error(app, error);
    } catch (const ipskit::util::Error& error) {
        std::cerr << error.what() << '\n';
        return ipskit::cli::kInputRejected;
    }
    return result.exit_code;
}
