#include "cli/commands.hpp"

#include <exception>
#include <new>

#include "cli/derive.hpp"
#include "cli/outcomes_options.hpp"
#include "cli/review_commands.hpp"
#include "cli/reviewer_commands.hpp"
#include "util/error.hpp"
#include "util/input_files.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

const std::vector<Command>& commands() {
    static const std::vector<Command> table = {
        {"scales", "List the fidelity scales, or show one with its anchors and bands",
         "ipskit scales\n"
         "ipskit scales show ips-25 --item 3\n"
         "ipskit scales --format json -o scales.json",
         setup_scales},
        {"template", "Write an empty reviewer questionnaire for a scale",
         "ipskit template ips-25 --site Hjørring --reviewer 'Anne Holm' -o review.yaml\n"
         "ipskit template ips-25 --format csv -o ratings.csv --lang da\n"
         "ipskit template --staff --site Hjørring -o staff.yaml --lang da",
         setup_template},
        {"score",
         "Score a reviewer questionnaire: items, sections, total, fidelity level; or several reviewers' side "
         "by side with their agreement",
         "ipskit score examples/review-hjorring-2020-a.yaml\n"
         "ipskit score examples/review-hjorring-2020-a.yaml examples/review-hjorring-2020-b.yaml\n"
         "ipskit score examples/review-ips15.yaml --lang da -o score.md --xlsx score.xlsx\n"
         "ipskit score examples/review-hjorring-2020-a.yaml --cases examples/site-records/cases.csv "
         "--contacts examples/site-records/employer_contacts.csv --staff examples/site-records/staff.yaml",
         setup_score},
        {"convert", "Convert a questionnaire between YAML and a workbook (.xlsx), both ways",
         "ipskit convert examples/review-hjorring-2020-a.yaml review.xlsx\n"
         "ipskit convert examples/region/hjorring-2022.yaml hjorring-2022.xlsx --lang da",
         setup_convert},
        {"consensus", "Draft the consensus questionnaire of two or more reviewers' questionnaires",
         "ipskit consensus examples/review-hjorring-2020-a.yaml examples/review-hjorring-2020-b.yaml -o "
         "consensus.yaml\n"
         "ipskit consensus examples/review-hjorring-2020-a.yaml examples/review-hjorring-2020-b.yaml --lang "
         "da",
         setup_consensus},
        {"trend", "Follow one site's reviews over time: totals, items, sections, priorities met",
         "ipskit trend examples/region/hjorring-2021.yaml examples/region/hjorring-2022.yaml\n"
         "ipskit trend examples/region/hjorring-*.yaml --format md -o trend.md",
         setup_trend},
        {"compare", "Compare many sites' reviews: site x item matrix, cluster means, weakest items",
         "ipskit compare examples/region --latest\n"
         "ipskit compare examples/region --latest --lang da --xlsx region.xlsx",
         setup_compare},
        {"outcomes", "Report employment and education outcomes from a case extract (cases.csv)",
         "ipskit outcomes examples/cases-region.csv --year 2022 --by kommune\n"
         "ipskit outcomes examples/cases-region.csv --from 2021-01-01 --to 2021-12-31 --ci -o outcomes.json\n"
         "ipskit outcomes examples/cases-region.csv --year 2022 --cohort --lang da --xlsx outcomes.xlsx",
         setup_outcomes},
        {"report",
         "Write the documents to hand over: the fidelity review report and the evaluation report, in "
         "Markdown",
         "ipskit report examples/region/hjorring-2022.yaml --previous examples/region/hjorring-2021.yaml "
         "examples/review-hjorring-2020-a.yaml --lang da -o rapport.md\n"
         "ipskit report --cases examples/cases-region.csv --year 2021 --by site --suppress-below 5 --html "
         "evaluation.html\n"
         "ipskit report --print-config",
         setup_report},
        {"derive",
         "Compute the fidelity items a site's own records can score: caseload, employer contacts, job "
         "diversity, ...",
         "ipskit derive --scale ips-25 --cases examples/site-records/cases.csv --staff "
         "examples/site-records/staff.yaml\n"
         "ipskit derive --scale ips-25 --cases examples/site-records/cases.csv --jobs "
         "examples/site-records/jobs.csv --contacts examples/site-records/employer_contacts.csv --staff "
         "examples/site-records/staff.yaml --period 2024-01-01..2024-12-31 --as-of 2024-12-31\n"
         "ipskit derive --scale ips-25 --cases examples/site-records/cases.csv --staff "
         "examples/site-records/staff.yaml --lang da -o derived.md --xlsx derived.xlsx",
         setup_derive},
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
            {util::last_input(), 0, 0}, util::tr("out of memory", "hukommelsen slap op"),
            util::tr("split the input (fewer rows, groups or files) or run on a machine with more memory",
                     "del inputtet op (færre rækker, grupper eller filer), eller kør på en maskine med mere "
                     "hukommelse"));
    } catch (const std::exception& e) {
        throw util::Error({}, util::tr("internal error: ", "intern fejl: ") + e.what(),
                          util::tr("please report this with the command and input that caused it",
                                   "meld det gerne med den kommando og det input, der gav fejlen"));
    }
}

}  // namespace ipskit::cli
