#include "cli/parse_errors.hpp"

#include <fmt/format.h>

#include "cli/flag_values.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

using util::tr;

// The commands given so far, outermost first: ipskit, outcomes; or ipskit, scales, show.
std::vector<const CLI::App*> command_chain(const CLI::App& app) {
    std::vector<const CLI::App*> chain{&app};
    while (!chain.back()->get_subcommands().empty()) chain.push_back(chain.back()->get_subcommands().front());
    return chain;
}

std::string command_line_name(const std::vector<const CLI::App*>& chain) {
    std::vector<std::string> names;
    for (const auto* command : chain) names.push_back(command->get_name());
    return fmt::format("{}", fmt::join(names, " "));
}

std::vector<std::string> subcommand_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const auto* sub : command.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    return names;
}

std::vector<std::string> option_names(const CLI::App& command) {
    std::vector<std::string> names;
    for (const auto* option : command.get_options()) {
        for (const auto& name : option->get_lnames()) names.push_back("--" + name);
        for (const auto& name : option->get_snames()) names.push_back("-" + name);
    }
    return names;
}

std::string in_quotes(const std::string& text) {
    return fmt::format("'{}'", quoted_value(text));
}

std::string help_hint(const std::string& command) {
    return fmt::format(fmt::runtime(tr("run '{} --help' for usage", "se vejledningen med '{} --help'")),
                       command);
}

// A word the command did not expect: an unknown option, a mistyped command or a stray argument.
std::string describe_extra(const std::vector<const CLI::App*>& chain, const std::string& word) {
    const CLI::App& command = *chain.back();
    const std::string name = command_line_name(chain);
    if (word.starts_with("-")) {
        const std::string option = word.substr(0, word.find('='));
        if (chain.size() == 1)  // "ipskit --lang da score": the options are the commands'
            return fmt::format(
                fmt::runtime(tr("{} has no option {}; options go after the command — use {}; {}",
                                "{} har ikke tilvalget {}; tilvalg skrives efter kommandoen — brug {}; {}")),
                name, in_quotes(option), or_list(subcommand_names(command)), help_hint(name));
        return fmt::format(fmt::runtime(tr("{} has no option {}{} — {}", "{} har ikke tilvalget {}{} — {}")),
                           name, in_quotes(option), did_you_mean(option, option_names(command)),
                           help_hint(name));
    }
    const auto commands = subcommand_names(command);
    if (!commands.empty() && command.get_subcommands().empty())
        return fmt::format(
            fmt::runtime(tr("{} has no command {}{} — use {}", "{} har ingen kommando {}{} — brug {}")), name,
            in_quotes(word), did_you_mean(word, commands), or_list(commands));
    return fmt::format(fmt::runtime(tr("{} did not expect {} — {}", "{} ventede ikke {} — {}")), name,
                       in_quotes(word), help_hint(name));
}

std::string describe_extras(const CLI::App& app) {
    // The innermost command with words left over is the one that refused them.
    auto chain = command_chain(app);
    while (chain.size() > 1 && chain.back()->remaining(false).empty()) chain.pop_back();
    const auto words = chain.back()->remaining(false);
    return describe_extra(chain, words.empty() ? std::string() : words.front());
}

std::string option_display_name(const CLI::Option& option) {
    if (!option.get_lnames().empty()) return "--" + option.get_lnames().front();
    if (!option.get_snames().empty()) return "-" + option.get_snames().front();
    // A positional by what --help calls it: CASES.csv, REVIEW, ID.
    return option.get_type_name() == "TEXT" ? option.get_name() : option.get_type_name();
}

std::string describe_required(const CLI::App& app) {
    const auto chain = command_chain(app);
    const CLI::App& command = *chain.back();
    const std::string name = command_line_name(chain);
    const auto commands = subcommand_names(command);
    if (!commands.empty() && command.get_subcommands().empty() && command.get_require_subcommand_min() > 0) {
        const auto words = command.remaining(false);
        if (!words.empty() && !words.front().starts_with("-")) return describe_extra(chain, words.front());
        if (!words.empty()) return describe_extra(chain, words.front());
        return fmt::format(
            fmt::runtime(tr("{} needs a command — use {}; {}", "{} skal have en kommando — brug {}; {}")),
            name, or_list(commands), help_hint(name));
    }
    for (const auto* option : command.get_options())
        if (option->get_required() && option->count() == 0)
            return fmt::format(fmt::runtime(tr("{} needs {} — {}", "{} skal have {} — {}")), name,
                               option_display_name(*option), help_hint(name));
    return help_hint(name);
}

// CLI11 names the option at the start of its text ("--year: 1 required INT missing").
const CLI::Option* option_named_in(const CLI::App& command, const std::string& text) {
    const CLI::Option* found = nullptr;
    std::size_t longest = 0;
    for (const auto* option : command.get_options())
        for (const auto& name : option->get_lnames())
            if (text.find("--" + name) != std::string::npos && name.size() + 2 > longest) {
                found = option;
                longest = name.size() + 2;
            }
    return found;
}

std::string describe_mismatch(const CLI::App& app, const CLI::ParseError& error) {
    const auto chain = command_chain(app);
    const std::string name = command_line_name(chain);
    const auto* option = option_named_in(*chain.back(), error.what());
    if (!option) return help_hint(name);
    if (option->get_type_size() == 0)
        return fmt::format(fmt::runtime(tr("{} takes no value — give it alone, e.g. {}",
                                           "{} skal ikke have en værdi — skriv det alene, fx {}")),
                           option_display_name(*option), option_display_name(*option));
    // CLI11 says the same of an option given twice that takes one value.
    if (option->count() > 1 && option->get_expected_max() == 1)
        return fmt::format(
            fmt::runtime(tr("{} may be given only once — {}", "{} må kun angives én gang — {}")),
            option_display_name(*option), help_hint(name));
    return fmt::format(fmt::runtime(tr("{} needs a value ({}) — {}", "{} skal have en værdi ({}) — {}")),
                       option_display_name(*option), option->get_type_name(), help_hint(name));
}

// "--year excludes --from": two options that ask for different things.
std::string describe_excludes(const CLI::App& app, const std::string& text) {
    const std::string separator = " excludes ";
    const auto at = text.find(separator);
    if (at == std::string::npos) return help_hint(command_line_name(command_chain(app)));
    return fmt::format(fmt::runtime(tr("{} and {} cannot be given together — give one of them; {}",
                                       "{} og {} kan ikke gives sammen — giv kun det ene; {}")),
                       text.substr(0, at), text.substr(at + separator.size()),
                       help_hint(command_line_name(command_chain(app))));
}

// ipskit's own validators write the words and CLI11 puts the option in front;
// only the hint to --help is added here.
std::string describe_validation(const CLI::App& app, const std::string& text) {
    return fmt::format("{} — {}", text, help_hint(command_line_name(command_chain(app))));
}

}  // namespace

std::string describe_parse_error(const CLI::App& app, const CLI::ParseError& error) {
    if (dynamic_cast<const FlagValueError*>(&error)) return error.what();
    if (dynamic_cast<const CLI::ExtrasError*>(&error)) return describe_extras(app);
    if (dynamic_cast<const CLI::RequiredError*>(&error)) return describe_required(app);
    if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) return describe_mismatch(app, error);
    if (dynamic_cast<const CLI::ExcludesError*>(&error)) return describe_excludes(app, error.what());
    if (dynamic_cast<const CLI::ValidationError*>(&error)) return describe_validation(app, error.what());
    // Anything else CLI11 may raise: its text, which names the option, and the way to the help.
    return describe_validation(app, error.what());
}

}  // namespace ipskit::cli
