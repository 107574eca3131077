#pragma once
// The list of subcommands, kept in one table: --help, the man-page test and
// "did you mean" all read it.

#include <functional>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

// What a subcommand's run reports back to main: the process exit code.
struct CommandResult {
    int exit_code = 0;
};

struct Command {
    std::string_view name;
    std::string_view summary;
    // Command lines that work on the bundled examples/ files, one a line; they
    // end the command's --help, and a test runs every one.
    std::string_view examples;
    // Adds the command's options to its CLI::App and sets its callback.
    void (*setup)(CLI::App& command, CommandResult& result);
};

const std::vector<Command>& commands();

// Runs a command body, turning anything that is not an ipskit::util::Error into
// one, so that no exception ever reaches the user as a crash.
void run_guarded(const std::function<int()>& body, CommandResult& result);

}  // namespace ipskit::cli
