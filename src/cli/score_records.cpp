#include "cli/score_records.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "cli/usage.hpp"
#include "domain/review_evidence.hpp"
#include "readers/review/ratings.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/reports/derive_report.hpp"
#include "writers/reports/score_evidence.hpp"

namespace ipskit::cli {

namespace {

Lang message_lang() {
    return util::message_language() == util::MessageLanguage::da ? Lang::da : Lang::en;
}

// Why the records give an open item no score, in the reviewer's words.
std::string why_not_filled(const derived::DerivedResult& result, int number) {
    for (const auto& d : result.items)
        if (d.number == number) return writers::reports::derived_evidence(d, message_lang());
    return util::tr("the records cannot score this item", "registreringerne kan ikke score dette punkt");
}

void refuse_still_open(const readers::review::LoadedReview& loaded, const std::vector<int>& still_open,
                       const derived::DerivedResult& result) {
    util::ErrorCollector errors;
    for (const auto& open : loaded.open_items) {
        if (std::find(still_open.begin(), still_open.end(), open.number) == still_open.end()) continue;
        const Item* item = loaded.scale.find_item(std::to_string(open.number));
        errors.add(
            {open.where,
             fmt::format(fmt::runtime(util::tr("{} has no score, and the site's records give none: {}",
                                               "{} har ingen score, og stedets registreringer giver "
                                               "ingen: {}")),
                         readers::review::describe_item(*item), why_not_filled(result, open.number)),
             util::tr("write the reviewer's score; --fill-derived fills only items the records can score",
                      "skriv bedømmerens score; --fill-derived udfylder kun punkter, som "
                      "registreringerne kan score")});
    }
    errors.throw_if_any();
}

}  // namespace

void add_records_options(CLI::App& command, RecordsOptions& options) {
    add_derived_input_options(command, options.inputs);
    command.add_flag(
        "--fill-derived", options.fill_derived,
        "With --cases: an item the questionnaire leaves open gets the score the records give it; "
        "the reviewer's rating wins wherever one is given");
}

void check_records_options(const RecordsOptions& options, std::size_t reviews) {
    refuse_records_without_cases(options.inputs);
    if (options.fill_derived && !options.inputs.given())
        refuse_usage(util::tr("--fill-derived needs the site's records",
                              "--fill-derived kræver stedets registreringer"),
                     util::tr("give them with --cases (and --jobs, --contacts, --staff)",
                              "angiv dem med --cases (og --jobs, --contacts, --staff)"));
    if (options.inputs.given() && reviews > 1)
        refuse_usage(util::tr("--cases applies to one questionnaire", "--cases gælder ét bedømmerskema"),
                     util::tr("score each reviewer's questionnaire, or the consensus, with the records",
                              "scor hver bedømmers skema eller konsensusskemaet med registreringerne"));
}

RecordsEvidence apply_records(const RecordsOptions& options, const readers::csv::CsvOptions& csv,
                              readers::review::LoadedReview& loaded) {
    RecordsEvidence out;
    out.result = derive_from_records(options.inputs, csv, loaded.scale);
    if (!out.result || !options.fill_derived) return out;
    std::vector<int> open;
    for (const auto& o : loaded.open_items) open.push_back(o.number);
    const FillResult fill = fill_open_items(loaded.review, loaded.scale, open, *out.result);
    refuse_still_open(loaded, fill.still_open, *out.result);
    out.filled = fill.filled;
    return out;
}

void add_records_evidence(writers::doc::Document& document, const RecordsEvidence& evidence,
                          const Scale& scale, const Review& review, Lang lang) {
    if (!evidence.result) return;
    writers::reports::add_review_evidence(
        document, review_evidence(scale, review, *evidence.result, evidence.filled), lang);
}

}  // namespace ipskit::cli
