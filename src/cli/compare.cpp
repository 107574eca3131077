// ipskit compare REVIEWS|DIR ...: many sites side by side.

#include <filesystem>

#include <fmt/format.h>

#include "cli/compare_outcomes.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_set_options.hpp"
#include "cli/reviewer_commands.hpp"
#include "cli/scale_options.hpp"
#include "domain/site_comparison.hpp"
#include "readers/review/cluster_map.hpp"
#include "util/message_language.hpp"
#include "writers/reports/compare_report.hpp"
#include "writers/reports/fidelity_outcomes_report.hpp"

namespace ipskit::cli {

namespace {

struct CompareOptions {
    std::vector<std::string> inputs;  // files or directories
    ReviewSetOptions reviews;
    bool latest = false;
    std::string clusters;
    CompareOutcomeOptions outcomes;  // --cases: each site's outcomes beside its fidelity
    OutputOptions output;
};

std::vector<std::string> expand(const std::vector<std::string>& inputs) {
    std::vector<std::string> files;
    for (const auto& input : inputs)
        for (auto& file : readers::review::review_files_in(input)) files.push_back(std::move(file));
    return files;
}

// The outcomes' period as a report names it: "2022", "2022-01-01 – 2022-06-30", or nothing.
std::string period_name(const OutcomesOptions& o) {
    if (o.year) return std::to_string(*o.year);
    if (o.from.empty() && o.to.empty()) return "";
    return fmt::format("{} – {}", o.from.empty() ? "…" : o.from, o.to.empty() ? "…" : o.to);
}

// Each review's site with the cluster the map gives it, found case-folded.
std::map<std::string, std::string> clusters_of(const std::vector<const Review*>& reviews,
                                               const SiteMap& map) {
    std::map<std::string, std::string> clusters;
    for (const Review* review : reviews)
        if (const MappedSite* site = map.find(review->site); site && !site->cluster.empty())
            clusters[review->site] = site->cluster;
    return clusters;
}

int run_compare(CompareOptions options) {
    options.reviews.files = expand(options.inputs);
    const auto files = read_review_set(options.reviews);
    readers::review::require_same(files, {false, false, !options.reviews.allow_mixed});
    const bool with_cases = !options.outcomes.cases.cases.empty();
    // Beside outcomes, each site's standing is its latest review, as the issue of a region asks.
    if (options.latest || with_cases)
        readers::review::refuse_tied_latest(files);
    else
        readers::review::refuse_repeated_sites(
            files, util::tr("give one review per site, or --latest to take each site's latest",
                            "giv én vurdering pr. sted, eller --latest for at tage hvert steds seneste"));
    const SiteMap map =
        options.clusters.empty() ? SiteMap{} : readers::review::read_site_map(options.clusters);
    const auto reviews = options.latest || with_cases ? latest_per_site(readers::review::reviews_of(files))
                                                      : readers::review::reviews_of(files);
    const auto comparison =
        compare_sites(files.front().loaded.scale, reviews, clusters_of(reviews, map), options.output.lang);
    auto inputs = options.reviews.files;
    if (!options.clusters.empty()) inputs.push_back(options.clusters);
    auto document = writers::reports::compare_report(comparison, options.output.lang);
    if (with_cases) {
        auto& cases = options.outcomes.cases;
        cases.allow_identifiers = options.reviews.defaults.allow_identifiers;
        const auto joined = join_outcomes(comparison, map, options.outcomes, options.output.lang);
        writers::reports::add_fidelity_outcomes(document, joined,
                                                {options.output.lang, period_name(cases),
                                                 std::filesystem::path(cases.cases).filename().string()});
        inputs.push_back(cases.cases);
    }
    write_outputs(document, options.output, inputs);
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
    add_compare_outcome_options(command, options->outcomes);
    add_output_options(command, options->output);
    command.callback([options, &result] { run_guarded([&] { return run_compare(*options); }, result); });
}

}  // namespace ipskit::cli
