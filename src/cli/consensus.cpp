// ipskit consensus A.yaml B.yaml -o consensus.yaml: drafts the consensus
// questionnaire for the reviewers' meeting.

#include "domain/consensus.hpp"

#include <iostream>

#include <fmt/format.h>

#include "cli/exit_codes.hpp"
#include "cli/review_set_options.hpp"
#include "cli/reviewer_commands.hpp"
#include "cli/scale_options.hpp"
#include "util/atomic_file.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"
#include "writers/questionnaire/consensus_writer.hpp"

namespace ipskit::cli {

namespace {

struct ConsensusOptions {
    ReviewSetOptions reviews;
    std::string output = "-";
    Lang lang = Lang::en;
    bool quiet = false;
};

int run_consensus(const ConsensusOptions& options) {
    const auto files = read_review_set(options.reviews);
    readers::review::require_same(
        files, {!options.reviews.allow_mixed, !options.reviews.allow_mixed, !options.reviews.allow_mixed});
    readers::review::refuse_repeated_reviewers(files);
    const auto draft = draft_consensus(files.front().loaded.scale, readers::review::reviews_of(files));
    util::refuse_overwriting_inputs(options.output, options.reviews.files);
    util::write_file_atomically(options.output, writers::questionnaire::consensus_yaml(draft, options.lang));
    say_written({options.output}, options.quiet);
    // Said on stderr so that '-o -' leaves a clean questionnaire on stdout.
    const auto total = static_cast<long long>(draft.items.size());
    if (!options.quiet)
        std::cerr << fmt::format(
            fmt::runtime(util::by_count(
                total,
                util::tr(
                    "ipskit: {} of {} item agreed; {} left for the consensus meeting\n",
                    "ipskit: bedømmerne er enige om {} af {} punkt; {} skal aftales på konsensusmødet\n"),
                util::tr(
                    "ipskit: {} of {} items agreed; {} left for the consensus meeting\n",
                    "ipskit: bedømmerne er enige om {} af {} punkter; {} skal aftales på konsensusmødet\n"))),
            draft.items.size() - draft.open, draft.items.size(), draft.open);
    return kOk;
}

}  // namespace

void setup_consensus(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<ConsensusOptions>();
    command
        .add_option("reviews", options->reviews.files,
                    "The reviewers' questionnaires of one review (two or more)")
        ->required()
        ->expected(2, -1)
        ->type_name("REVIEW");
    add_output_file_option(command, options->output, "the consensus questionnaire");
    add_quiet_option(command, options->quiet);
    add_allow_mixed_option(
        command, options->reviews.allow_mixed,
        "Accept questionnaires of different sites, dates or scale ids (with the same items)");
    add_allow_identifiers_option(command, options->reviews.defaults.allow_identifiers);
    add_scales_dir_option(command, options->reviews.scales_dir);
    add_lang_option(command, options->lang);
    command.callback([options, &result] { run_guarded([&] { return run_consensus(*options); }, result); });
}

}  // namespace ipskit::cli
