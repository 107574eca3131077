// ipskit compare REVIEWS|DIR ...: many sites side by side.

#include "cli/exit_codes.hpp"
#include "cli/review_set_options.hpp"
#include "cli/reviewer_commands.hpp"
#include "cli/scale_options.hpp"
#include "domain/site_comparison.hpp"
#include "readers/review/cluster_map.hpp"
#include "util/message_language.hpp"
#include "writers/reports/compare_report.hpp"

namespace ipskit::cli {

namespace {

struct CompareOptions {
    std::vector<std::string> inputs;  // files or directories
    ReviewSetOptions reviews;
    bool latest = false;
    std::string clusters;
    OutputOptions output;
};

std::vector<std::string> expand(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs)
        for (auto& file : readers::review::review_files_in(input)) files.push_back(std::move(file));
    return files;
}

int run_compare(CompareOptions options) {
    options.reviews.files = expand(options.inputs);
    const auto files = read_review_set(options.reviews);
    readers::review::require_same(files, {false, false, !options.reviews.allow_mixed});
    if (options.latest)
        readers::review::refuse_tied_latest(files);
    else
        readers::review::refuse_repeated_sites(
            files, util::tr("give one review per site, or --latest to take each site's latest",
                            "giv én vurdering pr. sted, eller --latest for at tage hvert steds seneste"));
    const auto clusters = options.clusters.empty() ? std::map<std::string, std::string>{}
                                                   : readers::review::read_cluster_map(options.clusters);
    const auto reviews = options.latest ? latest_per_site(readers::review::reviews_of(files))
                                        : readers::review::reviews_of(files);
    const auto comparison = compare_sites(files.front().loaded.scale, reviews, clusters, options.output.lang);
    auto inputs = options.reviews.files;
    if (!options.clusters.empty()) inputs.push_back(options.clusters);
    write_outputs(writers::reports::compare_report(comparison, options.output.lang), options.output, inputs);
    return kOk;
}

}  // namespace

void setup_compare(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<CompareOptions>();
    command
        .add_option("reviews", options->inputs,
                    "Reviews of many sites: files, or directories of .yaml/.csv/.xlsx reviews")
        ->required()
        ->type_name("REVIEW|DIR");
    command.add_flag("--latest", options->latest, "Take each site's latest review when a site has several");
    command
        .add_option("--clusters", options->clusters,
                    "YAML map 'Site: Cluster'; wins over a review's own 'cluster:'")
        ->type_name("FILE");
    add_allow_mixed_option(command, options->reviews.allow_mixed,
                           "Accept different scale ids (with the same items)");
    add_allow_identifiers_option(command, options->reviews.defaults.allow_identifiers);
    add_scales_dir_option(command, options->reviews.scales_dir);
    add_output_options(command, options->output);
    command.callback([options, &result] { run_guarded([&] { return run_compare(*options); }, result); });
}

}  // namespace ipskit::cli
