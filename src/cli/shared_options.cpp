#include "cli/shared_options.hpp"

#include <fmt/format.h>

#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/csv/reader.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

// The words of a reader's refusal, as a CLI11 validator returns them: CLI11
// puts the option's name in front, and main the hint to --help behind.
std::string refusal(const std::string& what, const std::string& fix) {
    return fix.empty() ? what : fmt::format("{}; {}", what, fix);
}

// A validator that accepts what `parse` accepts; `parse` throws util::Error.
template <typename Parse>
CLI::Validator accepted_by(Parse parse) {
    return CLI::Validator(
        [parse](std::string& text) -> std::string {
            try {
                parse(text);
                return {};
            } catch (const util::Error& error) {
                const auto& d = error.diagnostics().front();
                return refusal(d.what, d.fix);
            }
        },
        "");  // no description: --help shows the option's type name alone
}

}  // namespace

CLI::Validator one_of(const std::vector<std::string>& values) {
    return CLI::Validator(
        [values](std::string& text) -> std::string {
            for (const auto& value : values)
                if (text == value) return {};
            return fmt::format(
                fmt::runtime(util::tr("unknown value \"{}\"; use {}{}", "ukendt værdi \"{}\"; brug {}{}")),
                quoted_value(text), or_list(values), did_you_mean(text, values));
        },
        "");
}

CLI::Option* add_encoding_option(CLI::App& command, readers::text::Encoding& encoding,
                                 const std::string& what) {
    return command
        .add_option_function<std::string>(
            "--encoding", [&encoding](const std::string& e) { encoding = readers::text::parse_encoding(e); },
            fmt::format("Encoding of {}: utf-8 (default) or windows-1252 (also written utf8, cp1252, "
                        "latin1 or iso-8859-1)",
                        what))
        ->check(accepted_by([](const std::string& e) { readers::text::parse_encoding(e); }))
        ->type_name("ENC")
        ->default_str("utf-8");
}

CLI::Option* add_delimiter_option(CLI::App& command, std::optional<char>& delimiter,
                                  const std::string& what) {
    return command
        .add_option_function<std::string>(
            "--delimiter",
            [&delimiter](const std::string& d) { delimiter = readers::csv::parse_delimiter(d); },
            fmt::format("Delimiter of {}: ',', ';', tab or another punctuation mark such as '|' (default: "
                        "detected from the header)",
                        what))
        ->check(accepted_by([](const std::string& d) { readers::csv::parse_delimiter(d); }))
        ->type_name("D");
}

CLI::Option* add_date_option(CLI::App& command, const std::string& name, std::string& date,
                             const std::string& help) {
    // A transform, not a check: the value is stored as YYYY-MM-DD whatever
    // form of date was given, so that commands compare and print one form.
    const CLI::Validator to_iso(
        [](std::string& text) -> std::string {
            const auto parsed = readers::csv::parse_date(text);
            if (parsed.problem) return refusal(parsed.problem->what, parsed.problem->fix);
            text = parsed.value ? parsed.value->to_iso() : std::string();  // blank: not given
            return {};
        },
        "");
    return command.add_option(name, date, help)->transform(to_iso)->type_name("DATE");
}

void refuse_backwards_period(CLI::App& command, const std::string& from, const std::string& to) {
    // Runs once the options are stored, before the command itself: a period
    // that ends before it starts is a usage error like a bad date.
    command.parse_complete_callback([&from, &to] {
        if (!from.empty() && !to.empty() && from > to)
            throw CLI::ValidationError(fmt::format(
                fmt::runtime(util::tr("--from {} is after --to {}; give the first day of the period "
                                      "with --from and the last with --to",
                                      "--from {} ligger efter --to {}; giv periodens første dag med "
                                      "--from og den sidste med --to")),
                from, to));
    });
}

}  // namespace ipskit::cli
