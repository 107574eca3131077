#pragma once
// The words of a usage error (exit 2): what was wrong on the command line, the
// valid choices, and the nearest of them when a value looks like a typo. Every
// text is in English and Danish (util::tr), in the language chosen before
// parsing; CLI11's own texts never reach a user.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace ipskit::cli {

// The candidate within two edits of `word` that is nearest, or "" if none is.
std::string closest(const std::string& word, const std::vector<std::string>& candidates);

// " (did you mean X?)" when a candidate is close to `word`, else "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

// "a, b or c" in the language of messages.
std::string or_list(const std::vector<std::string>& values);

// Refuses a value that only the command can judge (an unknown scale id, an
// item the scale lacks) as a usage error, as if the parser had refused it.
[[noreturn]] void refuse_usage(const std::string& what, const std::string& fix);

// Checks that a value is a whole number from `min` to `max`.
CLI::Validator whole_number(long min, long max);

// Checks that a value is a number (decimal point) from `min` to `max`.
CLI::Validator number_between(double min, double max);

}  // namespace ipskit::cli
