#include "cli/flag_values.hpp"

#include <fmt/format.h>

#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

std::string takes_no_value(const std::string& flag) {
    return fmt::format(
        fmt::runtime(util::tr("{} takes no value: it says yes by being there — write {} alone",
                              "{} skal ikke have en værdi: det betyder ja ved at stå der — skriv "
                              "{} alene")),
        flag, flag);
}

}  // namespace

void refuse_flag_values(const CLI::App& app, int argc, const char* const* argv) {
    const CLI::App* command = &app;
    for (int i = 1; i < argc; ++i) {
        const std::string word = argv[i];
        if (word == "--") return;  // what follows is arguments, not options
        if (!word.starts_with("-")) {
            // A word naming a subcommand chooses it; any other is an argument.
            for (const CLI::App* sub : command->get_subcommands([](const CLI::App*) { return true; }))
                if (sub->get_name() == word) command = sub;
            continue;
        }
        const auto equals = word.find('=');
        if (!word.starts_with("--") || equals == std::string::npos) continue;
        const std::string flag = word.substr(0, equals);
        for (const CLI::Option* option : command->get_options())
            if (option->get_items_expected_max() == 0 && option->check_lname(flag.substr(2)))
                throw FlagValueError(takes_no_value(flag));
    }
}

}  // namespace ipskit::cli
