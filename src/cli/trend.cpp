// ipskit trend R1.yaml R2.yaml ...: one site's reviews over time.

#include "domain/trend.hpp"

#include "cli/exit_codes.hpp"
#include "cli/review_set_options.hpp"
#include "cli/reviewer_commands.hpp"
#include "cli/scale_options.hpp"
#include "writers/reports/trend_report.hpp"

namespace ipskit::cli {

namespace {

struct TrendOptions {
    ReviewSetOptions reviews;
    OutputOptions output;
};

int run_trend(const TrendOptions& options) {
    const auto files = read_review_set(options.reviews);
    // Dates differ by design; the site and the scale must not, unless asked.
    readers::review::require_same(files, {!options.reviews.allow_mixed, false, !options.reviews.allow_mixed});
    const Trend trend = trend_of(files.front().loaded.scale, readers::review::reviews_of(files));
    write_outputs(writers::reports::trend_report(trend, options.output.lang), options.output,
                  options.reviews.files);
    return kOk;
}

}  // namespace

void setup_trend(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<TrendOptions>();
    command
        .add_option("reviews", options->reviews.files,
                    "Reviews of one site at different dates, in any order (two or more)")
        ->required()
        ->expected(2, -1)
        ->type_name("REVIEW");
    add_allow_mixed_option(command, options->reviews.allow_mixed,
                           "Accept reviews of different sites or scale ids (with the same items)");
    add_allow_identifiers_option(command, options->reviews.defaults.allow_identifiers);
    add_scales_dir_option(command, options->reviews.scales_dir);
    add_output_options(command, options->output);
    command.callback([options, &result] { run_guarded([&] { return run_trend(*options); }, result); });
}

}  // namespace ipskit::cli
