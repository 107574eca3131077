#include "cli/compare_outcomes.hpp"

#include <iostream>

#include <fmt/format.h>

#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "readers/cases/reader.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

void add_reading_options(CLI::App& command, OutcomesOptions& o, CLI::Option* cases) {
    add_encoding_option(command, o.encoding, "the extract")->needs(cases);
    add_delimiter_option(command, o.delimiter, "the extract")->needs(cases);
    command.add_option("--columns", o.columns, "YAML map from column names to the extract's headers")
        ->type_name("FILE")
        ->needs(cases);
    command.add_option("--sheet", o.sheet, "The workbook's sheet, by name or number (default: the first)")
        ->type_name("NAME|N")
        ->needs(cases);
}

void add_period_options(CLI::App& command, OutcomesOptions& o, CLI::Option* cases) {
    auto* year = command.add_option("--year", o.year, "Outcomes of courses closed in this calendar year")
                     ->check(whole_number(1900, 2999))
                     ->type_name("YEAR")
                     ->needs(cases);
    auto* from = add_date_option(command, "--from", o.from, "First day of the outcomes' period, inclusive");
    auto* to = add_date_option(command, "--to", o.to, "Last day of the outcomes' period, inclusive");
    from->needs(cases);
    to->needs(cases);
    year->excludes(from)->excludes(to);
    refuse_backwards_period(command, o.from, o.to);
}

// Every site in one input and not the other, as one diagnostic each.
std::vector<util::Diagnostic> unmatched_problems(const FidelityBesideOutcomes& joined,
                                                 const SiteComparison& fidelity, const std::string& cases) {
    std::vector<std::string> reviewed, extract;
    for (const auto& site : fidelity.sites) reviewed.push_back(site.review->site);
    for (const auto& site : joined.sites) extract.push_back(site.fidelity->review->site);
    for (const auto& site : joined.unmatched)
        if (!site.reviewed) extract.push_back(site.site);
    std::vector<util::Diagnostic> problems;
    for (const auto& site : joined.unmatched) {
        const std::string name = quoted_value(site.site);
        if (site.reviewed)
            problems.push_back(
                {util::Location{site.file, 0, 0},
                 fmt::format(fmt::runtime(util::tr("site '{}' has a review but no course in the extract{}",
                                                   "stedet '{}' har en vurdering, men intet forløb i "
                                                   "udtrækket{}")),
                             name, did_you_mean(site.site, extract)),
                 util::tr("spell the site as the extract does, or leave its review out",
                          "stav stedet som i udtrækket, eller udelad dets vurdering")});
        else
            problems.push_back(
                {util::Location{cases, 0, 0},
                 fmt::format(fmt::runtime(util::tr("site '{}' has courses in the extract but no review{}",
                                                   "stedet '{}' har forløb i udtrækket, men ingen "
                                                   "vurdering{}")),
                             name, did_you_mean(site.site, reviewed)),
                 util::tr("give its review, or spell the site as its review does",
                          "angiv dets vurdering, eller stav stedet som i vurderingen")});
    }
    return problems;
}

void report_unmatched(const FidelityBesideOutcomes& joined, const SiteComparison& fidelity,
                      const CompareOutcomeOptions& options) {
    auto problems = unmatched_problems(joined, fidelity, options.cases.cases);
    if (problems.empty()) return;
    if (!options.allow_unmatched) {
        // The way on is the same for every site: say it once, after them.
        problems.push_back({util::Location{"ipskit", 0, 0},
                            util::tr("the reviews and the extract do not hold the same sites",
                                     "vurderingerne og udtrækket har ikke de samme steder"),
                            util::tr("correct the names, or give --allow-unmatched to compare the sites "
                                     "both hold and list the rest",
                                     "ret navnene, eller angiv --allow-unmatched for at sammenligne de "
                                     "steder, begge har, og liste resten")});
        throw util::Error(std::move(problems));
    }
    // Each a warning, without the fix: the run goes on as asked.
    for (auto& problem : problems) {
        problem.fix.clear();
        std::cerr << util::format_warning(problem) << '\n';
    }
}

void warn_if_few_sites(const FidelityBesideOutcomes& joined) {
    if (!joined.few_sites()) return;
    const std::string what =
        fmt::format(fmt::runtime(util::tr(
                        "the rank correlation rests on {} sites, fewer than {}: read it as a hint, "
                        "not as a finding",
                        "rangkorrelationen bygger på {} steder, færre end {}: læs den som et fingerpeg, "
                        "ikke som et resultat")),
                    joined.correlation.n, kFewSitesForCorrelation);
    const util::Diagnostic warning{util::Location{"ipskit", 0, 0}, what, std::string{}};
    std::cerr << util::format_warning(warning) << '\n';
}

}  // namespace

void add_compare_outcome_options(CLI::App& command, CompareOutcomeOptions& options) {
    auto* cases = command
                      .add_option("--cases", options.cases.cases,
                                  "A case extract: each site's outcomes beside its fidelity")
                      ->type_name("FILE");
    add_period_options(command, options.cases, cases);
    add_reading_options(command, options.cases, cases);
    command
        .add_flag("--allow-unmatched", options.allow_unmatched,
                  "Compare the sites both the reviews and the extract hold, and list the rest")
        ->needs(cases);
    command
        .add_option("--min-closed", options.min_closed,
                    "Leave sites with fewer closed courses out of the correlation")
        ->check(whole_number(1, 1000000))
        ->default_str("5")
        ->needs(cases);
    command
        .add_option("--suppress-below", options.cases.suppress_below,
                    "Show counts under N as <N, and as x the cells that would reveal them")
        ->check(whole_number(0, 1000000))
        ->type_name("N")
        ->needs(cases);
}

FidelityBesideOutcomes join_outcomes(const SiteComparison& fidelity, const SiteMap& map,
                                     const CompareOutcomeOptions& options, Lang lang) {
    const auto& o = options.cases;
    auto [sum, read] = readers::cases::read_cases_summed(
        o.cases, read_options(o),
        outcomes::OutcomeAggregator{aggregation_rules(o), {outcomes::GroupField::site}},
        [](const std::string& warning) { std::cerr << warning << '\n'; });
    for (const auto& warning : read.column_warnings) std::cerr << warning << '\n';
    warn_identifiers_allowed(read.identifiers_allowed);
    const auto result = sum.finish(lang);
    auto joined = fidelity_beside_outcomes(fidelity, result, map, {options.min_closed, o.suppress_below});
    report_unmatched(joined, fidelity, options);
    warn_if_few_sites(joined);
    return joined;
}

}  // namespace ipskit::cli
