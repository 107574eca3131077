#include "cli/usage.hpp"

#include <algorithm>
#include <charconv>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "util/edit_distance.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

using util::tr;

std::string closest(const std::string& word, const std::vector<std::string>& candidates) {
    std::string best;
    // Further than two edits, or as far as the word is long, is another word, not a typo.
    std::size_t best_distance = std::min<std::size_t>(3, word.size());
    for (const auto& candidate : candidates) {
        const std::size_t d = util::edit_distance(word, candidate);
        if (d < best_distance) {
            best_distance = d;
            best = candidate;
        }
    }
    return best;
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
    const std::string guess = closest(word, candidates);
    if (guess.empty() || guess == word) return {};
    return fmt::format(fmt::runtime(tr(" (did you mean {}?)", " (mente du {}?)")), guess);
}

std::string or_list(const std::vector<std::string>& values) {
    if (values.empty()) return {};
    if (values.size() == 1) return values.front();
    return fmt::format("{} {} {}", fmt::join(values.begin(), values.end() - 1, ", "), tr("or", "eller"),
                       values.back());
}

void refuse_usage(const std::string& what, const std::string& fix) {
    // A ParseError is what main maps to exit 2; run_guarded lets it through.
    throw CLI::ValidationError(fmt::format("{}; {}", what, fix));
}

namespace {

// A value typed on the command line goes into a message cut short and never
// as a CPR-like number, as values read from a file do.
std::string in_quotes(const std::string& text) {
    return fmt::format("\"{}\"", quoted_value(text));
}

std::string range_fix(const std::string& min, const std::string& max) {
    return fmt::format(fmt::runtime(tr("give one from {} to {}", "angiv et tal fra {} til {}")), min, max);
}

}  // namespace

CLI::Validator whole_number(long min, long max) {
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            long value = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            const auto fix = range_fix(std::to_string(min), std::to_string(max));
            if (ec != std::errc() || end != text.data() + text.size() || text.empty())
                return fmt::format(
                    fmt::runtime(tr("{} is not a whole number; {}", "{} er ikke et helt tal; {}")),
                    in_quotes(text), fix);
            if (value < min || value > max)
                return fmt::format(fmt::runtime(tr("{} is too {}; {}", "{} er for {}; {}")), text,
                                   value < min ? tr("small", "lille") : tr("large", "stort"), fix);
            return {};
        },
        "");  // no description: --help shows the option's type name alone
}

CLI::Validator number_between(double min, double max) {
    return CLI::Validator(
        [min, max](std::string& text) -> std::string {
            double value = 0;
            const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
            const auto fix = range_fix(fmt::format("{}", min), fmt::format("{}", max));
            if (ec != std::errc() || end != text.data() + text.size() || text.empty())
                return fmt::format(fmt::runtime(tr("{} is not a number; {} (with a decimal point, e.g. 12.5)",
                                                   "{} er ikke et tal; {} (med decimalpunktum, fx 12.5)")),
                                   in_quotes(text), fix);
            if (value < min || value > max)
                return fmt::format(fmt::runtime(tr("{} is too {}; {}", "{} er for {}; {}")), text,
                                   value < min ? tr("small", "lille") : tr("large", "stort"), fix);
            return {};
        },
        "");
}

}  // namespace ipskit::cli
