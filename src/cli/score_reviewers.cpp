// ipskit score A.yaml B.yaml ...: several reviewers' questionnaires of one
// review side by side, with their agreement. Reached from `score` when it is
// given more than one file.

#include "cli/exit_codes.hpp"
#include "cli/review_set_options.hpp"
#include "domain/reviewer_agreement.hpp"
#include "writers/reports/agreement_report.hpp"

namespace ipskit::cli {

int run_score_reviewers(const ReviewSetOptions& options, const OutputOptions& output) {
    const auto files = read_review_set(options);
    readers::review::require_same(files, {!options.allow_mixed, !options.allow_mixed, !options.allow_mixed});
    readers::review::refuse_repeated_reviewers(files);
    // The scales were checked to have the same items, so the first one serves all.
    const auto comparison = compare_reviewers(files.front().loaded.scale, readers::review::reviews_of(files));
    write_outputs(writers::reports::agreement_report(comparison, output.lang), output, options.files);
    return kOk;
}

}  // namespace ipskit::cli
