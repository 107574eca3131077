// ipskit score REVIEW: checks a reviewer's questionnaire against its scale and
// reports item scores, section subtotals, the total and the fidelity level.

#include <iostream>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_commands.hpp"
#include "cli/review_set_options.hpp"
#include "cli/scale_options.hpp"
#include "cli/score_records.hpp"
#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "domain/review.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/message_language.hpp"
#include "writers/reports/score_report.hpp"

namespace ipskit::cli {

namespace {

struct ScoreOptions {
    std::vector<std::string> reviews;  // several: the reviewers side by side (cli/score_reviewers.cpp)
    bool allow_mixed = false;
    readers::review::ReviewDefaults defaults;
    std::string scales_dir;
    int fail_under = 0;
    OutputOptions output;
    RecordsOptions records;  // --cases ...: the items the site's records score, beside the ratings
};

int run_score(const ScoreOptions& options) {
    if (!options.defaults.scale.empty())
        refuse_unknown_scale(options.defaults.scale, options.scales_dir, "--scale");
    check_records_options(options.records, options.reviews.size());
    if (options.reviews.size() > 1) {
        if (options.fail_under > 0)
            refuse_usage(util::tr("--fail-under applies to one review", "--fail-under gælder én vurdering"),
                         util::tr("score the consensus questionnaire with --fail-under",
                                  "giv --fail-under til scoringen af konsensusskemaet"));
        return run_score_reviewers(
            {options.reviews, options.defaults, options.scales_dir, options.allow_mixed}, options.output);
    }
    const std::string review = options.reviews.front();
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    auto defaults = options.defaults;
    defaults.allow_open_items = options.records.fill_derived;
    readers::review::LoadedReview loaded =
        readers::review::read_review(review, defaults, [&](const std::string& id, const util::Location& at) {
            return readers::review::load_scale(id, dirs, at);
        });
    warn_identifiers_allowed(loaded.identifiers_allowed);
    const RecordsEvidence evidence = apply_records(options.records, options.defaults.csv, loaded);
    const ReviewScore score = score_review(loaded.scale, loaded.review);
    auto document = writers::reports::score_report(score, options.output.lang);
    add_records_evidence(document, evidence, loaded.scale, loaded.review, options.output.lang);
    auto inputs = options.records.inputs.files();
    inputs.push_back(review);
    write_outputs(document, options.output, inputs);
    // The report is written first, so a pipeline that stops on exit 3 still has it.
    if (score.total < options.fail_under) {
        std::cerr << fmt::format(
            fmt::runtime(util::tr("ipskit: the total {} is under --fail-under {}\n",
                                  "ipskit: den samlede score {} er under --fail-under {}\n")),
            score.total, options.fail_under);
        return kThresholdNotMet;
    }
    return kOk;
}

}  // namespace

void setup_score(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<ScoreOptions>();
    command
        .add_option(
            "reviews", options->reviews,
            "Questionnaire to score (.yaml), or a ratings sheet (.csv: item,score,note); several reviewers' "
            "questionnaires of one review are shown side by side with their agreement")
        ->required()
        ->type_name("REVIEW");
    command
        .add_option("--scale", options->defaults.scale,
                    "Scale id, for a ratings sheet or a questionnaire without 'scale:'")
        ->type_name("ID");
    command.add_option("--site", options->defaults.site, "Site reviewed, when the file does not say")
        ->type_name("NAME");
    command.add_option("--reviewer", options->defaults.reviewer, "Reviewer, when the file does not say")
        ->type_name("NAME");
    add_date_option(command, "--date", options->defaults.review_date,
                    "Review date (YYYY-MM-DD), when the file does not say");
    command
        .add_option("--fail-under", options->fail_under,
                    "Exit with status 3 (after writing the report) when the total is under N")
        ->check(whole_number(0, 1000))
        ->type_name("N");
    add_encoding_option(command, options->defaults.csv.encoding, "a ratings sheet");
    add_delimiter_option(command, options->defaults.csv.delimiter, "a ratings sheet");
    add_allow_identifiers_option(command, options->defaults.allow_identifiers);
    add_allow_mixed_option(
        command, options->allow_mixed,
        "With several questionnaires: accept different sites, dates or scale ids (same items)");
    add_scales_dir_option(command, options->scales_dir);
    add_records_options(command, options->records);
    add_output_options(command, options->output);
    command.callback([options, &result] { run_guarded([&] { return run_score(*options); }, result); });
}

}  // namespace ipskit::cli
