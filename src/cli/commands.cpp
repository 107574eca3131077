#include "cli/commands.hpp"

#include <exception>
#include <new>

#include "cli/outcomes_options.hpp"
#include "cli/review_commands.hpp"
#include "cli/reviewer_commands.hpp"
#include "util/error.hpp"
#include "util/input_files.hpp"

namespace ipskit::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"scales", "List the fidelity scales, or show one with its anchors and bands", setup_scales},
        {"template", "Write an empty reviewer questionnaire for a scale", setup_template},
        {"score",
         "Score a reviewer questionnaire: items, sections, total, fidelity level; or several reviewers' side "
         "by side with their agreement",
         setup_score},
        {"consensus", "Draft the consensus questionnaire of two or more reviewers' questionnaires",
         setup_consensus},
        {"trend", "Follow one site's reviews over time: totals, items, sections, priorities met",
         setup_trend},
        {"compare", "Compare many sites' reviews: site x item matrix, cluster means, weakest items",
         setup_compare},
        {"outcomes", "Report employment and education outcomes from a case extract (cases.csv)",
         setup_outcomes},
    };
    return table;
}

void run_guarded(const std::function<int()>& body, CommandResult& result) {
    try {
        result.exit_code = body();
    } catch (const util::Error&) {
        throw;
    } catch (const CLI::ParseError&) {
        throw;  // a value only the command could judge: a usage error (cli/usage.hpp)
    } catch (const std::bad_alloc&) {
        // The file read last is the one that was too much, or the one whose
        // report was: name it, as every other error does.
        throw util::Error(
            {util::last_input(), 0, 0}, "out of memory",
            "split the input (fewer rows, groups or files) or run on a machine with more memory");
    } catch (const std::exception& e) {
        throw util::Error({}, std::string("internal error: ") + e.what(),
                          "please report this with the command and input that caused it");
    }
}

}  // namespace ipskit::cli
