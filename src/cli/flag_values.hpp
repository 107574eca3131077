#pragma once
// CLI11 takes "--ci=yes" (or "--ci=true") for the flag --ci, but a flag says
// yes by being there; a value after it is a typo or a misunderstanding, so it
// is refused as a usage error before the command line is parsed.

#include <string>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

// The error for a flag given a value; its text is the whole message.
class FlagValueError : public CLI::ParseError {
public:
    explicit FlagValueError(const std::string& message)
        : CLI::ParseError("FlagValueError", message, CLI::ExitCodes::ArgumentMismatch) {}
};

// Throws FlagValueError for the first "--flag=VALUE" in argv, looking the
// flag up in the command the words before it chose.
void refuse_flag_values(const CLI::App& app, int argc, const char* const* argv);

}  // namespace ipskit::cli
