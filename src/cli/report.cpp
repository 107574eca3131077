// ipskit report: the documents people hand over. The fidelity review report
// of a review (with earlier reviews of the site for the changes and the
// follow-up), the evaluation report of a case extract, or both in one.

#include "writers/reports/report.hpp"

#include <iostream>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/derived_inputs.hpp"
#include "cli/exit_codes.hpp"
#include "cli/outcome_grouping.hpp"
#include "cli/outcomes_options.hpp"
#include "cli/outcomes_periods.hpp"
#include "cli/referral_path.hpp"
#include "cli/review_commands.hpp"
#include "cli/scale_options.hpp"
#include "cli/usage.hpp"
#include "domain/fidelity_report.hpp"
#include "domain/outcomes/estimate.hpp"
#include "domain/outcomes/referral_figures.hpp"
#include "domain/report_settings.hpp"
#include "domain/review_evidence.hpp"
#include "domain/reviewer_agreement.hpp"
#include "readers/cases/reader.hpp"
#include "readers/review/review_set.hpp"
#include "readers/review/scale_locator.hpp"
#include "readers/settings/report_settings.hpp"
#include "util/message_language.hpp"
#include "writers/questionnaire/report_settings_writer.hpp"

namespace ipskit::cli {

namespace {

struct ReportOptions {
    std::string review;
    std::vector<std::string> previous;
    std::vector<std::string> reviewers;
    std::string scales_dir;
    std::string config;
    bool print_config = false;
    OutcomesOptions outcomes;
    // The site's records besides --cases, for the derived items beside the ratings.
    std::string jobs, contacts, staff;
    // Given on the command line, they win over report.yaml.
    const CLI::Option* target = nullptr;
    const CLI::Option* suppress_below = nullptr;
    const CLI::Option* lang = nullptr;
};

using readers::review::ReviewFile;

std::vector<ReviewFile> read_files(const std::vector<std::string>& paths, const ReportOptions& o) {
    const auto dirs = readers::review::scale_dirs(o.scales_dir);
    readers::review::ReviewDefaults defaults;
    defaults.allow_identifiers = o.outcomes.allow_identifiers;
    auto files =
        readers::review::read_reviews(paths, defaults, [&](const std::string& id, const util::Location& at) {
            return readers::review::load_scale(id, dirs, at);
        });
    for (const auto& file : files) warn_identifiers_allowed(file.loaded.identifiers_allowed);
    return files;
}

// Earlier reviews must be of the same site and scale, and earlier.
void check_previous(const std::vector<ReviewFile>& files) {
    readers::review::require_same(files, {true, false, true});
    const Review& review = files.front().loaded.review;
    for (std::size_t i = 1; i < files.size(); ++i) {
        const Review& earlier = files[i].loaded.review;
        if (earlier.review_date < review.review_date) continue;
        throw util::Error({files[i].path, 0, 0},
                          fmt::format(fmt::runtime(util::tr("the review of {} is not earlier than the review "
                                                            "reported on ({})",
                                                            "vurderingen fra {} er ikke tidligere end den "
                                                            "vurdering, rapporten handler om ({})")),
                                      earlier.review_date, review.review_date),
                          util::tr("give only earlier reviews of the site with --previous",
                                   "angiv kun tidligere vurderinger af stedet med --previous"));
    }
}

// The settings of report.yaml, with what the command line gave on top.
ReportSettings settings_of(ReportOptions& o) {
    ReportSettings s =
        o.config.empty() ? default_report_settings() : readers::settings::read_report_settings(o.config);
    if (o.target->count() > 0 || o.config.empty())
        s.target_percent = o.outcomes.target;
    else
        o.outcomes.target = s.target_percent;
    if (o.suppress_below->count() > 0 || o.config.empty())
        s.suppress_below = o.outcomes.suppress_below;
    else
        o.outcomes.suppress_below = s.suppress_below;
    if (o.lang->count() == 0 && s.lang) o.outcomes.output.lang = *s.lang;
    return s;
}

struct Outcomes {
    outcomes::OutcomeResult result;
    outcomes::OutcomeFigures figures;
    writers::reports::OutcomesReportOptions options;
    outcomes::GainEstimate estimate;
    // With --years, --quarters or --targets; the fields above are then its latest period's.
    std::optional<writers::reports::PeriodsReport> periods;
    // The referral path of the one or the latest period, read in the same pass, when it holds one.
    std::optional<outcomes::ReferralResult> referrals;
    std::optional<outcomes::ReferralFigures> referral_figures;
};

// Every period as `outcomes` computes it; the latest period's tables in full.
Outcomes periods_part(const OutcomesOptions& o, const ReportSettings& settings) {
    writers::reports::PeriodsReport periods = periods_report(o);
    Outcomes part{periods.results.back(), periods.figures.back(), periods.options.back(), {}, {}, {}, {}};
    // The latest period is shown in full, its referral path with it.
    if (!periods.referrals.empty() && periods.referrals.back().has_path) {
        part.referrals = periods.referrals.back();
        part.referral_figures = periods.referral_figures.back();
    }
    part.periods = std::move(periods);
    part.estimate = outcomes::gain_estimate(part.figures, settings.gain_per_course);
    return part;
}

Outcomes outcome_part(const OutcomesOptions& o, const ReportSettings& settings) {
    if (has_several_periods(o) || !o.targets.empty()) return periods_part(o, settings);
    const OutcomeGrouping grouping = outcome_grouping(o);
    auto [mapped, read] =
        readers::cases::read_cases_summed(o.cases, read_options(o), outcome_and_referral_sums(o, grouping),
                                          [](const std::string& warning) { std::cerr << warning << '\n'; });
    auto& sums = mapped.sum;
    for (const auto& warning : read.column_warnings) std::cerr << warning << '\n';
    warn_identifiers_allowed(read.identifiers_allowed);
    warn_site_map(mapped.sites, grouping, o);
    Outcomes part{sums.outcomes.finish(), {}, {}, {}, {}, {}, {}};
    part.figures = outcomes::compute_figures(part.result, {o.target, o.suppress_below, o.max_caseload});
    part.options = report_options(o, part.result, read);
    part.estimate = outcomes::gain_estimate(part.figures, settings.gain_per_course);
    auto referrals = sums.referrals.finish(o.output.lang);
    if (referrals.has_path) {
        part.referral_figures = outcomes::compute_referral_figures(referrals, o.suppress_below);
        part.referrals = std::move(referrals);
    }
    return part;
}

// The fidelity part: the review, its earlier reviews and, when given, the
// reviewers' own questionnaires for the agreement figures.
struct Fidelity {
    std::vector<ReviewFile> files, reviewers;
    std::optional<FidelityReport> report;
    std::optional<ReviewerComparison> agreement;
    std::optional<derived::DerivedResult> derived;
    std::optional<ReviewEvidence> evidence;  // points into `derived`
};

// With --jobs, --contacts or --staff beside --cases, the items the site's
// records score are shown beside the ratings, as `score --cases` shows them.
void records_part(const ReportOptions& o, Fidelity& part, std::vector<std::string>& inputs) {
    if (o.jobs.empty() && o.contacts.empty() && o.staff.empty()) return;
    if (o.outcomes.cases.empty())
        refuse_usage(
            util::tr("--jobs, --contacts and --staff need --cases",
                     "--jobs, --contacts og --staff kræver --cases"),
            util::tr("give the site's cases.csv with --cases", "angiv stedets cases.csv med --cases"));
    DerivedInputs in;
    in.cases = o.outcomes.cases;
    in.jobs = o.jobs;
    in.contacts = o.contacts;
    in.staff = o.staff;
    in.as_of = o.outcomes.as_of;
    in.columns = o.outcomes.columns;
    in.sheet = o.outcomes.sheet;
    readers::csv::CsvOptions csv;
    csv.encoding = o.outcomes.encoding;
    csv.delimiter = o.outcomes.delimiter;
    const auto& loaded = part.files.front().loaded;
    part.derived = derive_from_records(in, csv, loaded.scale);
    part.evidence = review_evidence(loaded.scale, loaded.review, *part.derived, {});
    for (const auto& file : {o.jobs, o.contacts, o.staff})
        if (!file.empty()) inputs.push_back(file);
}

void fidelity_part(const ReportOptions& o, Fidelity& part, std::vector<std::string>& inputs) {
    std::vector<std::string> paths{o.review};
    paths.insert(paths.end(), o.previous.begin(), o.previous.end());
    part.files = read_files(paths, o);
    check_previous(part.files);
    std::vector<const Review*> earlier;
    for (std::size_t i = 1; i < part.files.size(); ++i) earlier.push_back(&part.files[i].loaded.review);
    const Scale& scale = part.files.front().loaded.scale;
    part.report = fidelity_report(scale, part.files.front().loaded.review, earlier);
    inputs.insert(inputs.end(), paths.begin(), paths.end());
    if (o.reviewers.empty()) return;
    part.reviewers = read_files(o.reviewers, o);
    readers::review::require_same(part.reviewers, {});
    part.agreement = compare_reviewers(scale, readers::review::reviews_of(part.reviewers));
    inputs.insert(inputs.end(), o.reviewers.begin(), o.reviewers.end());
}

void refuse_nothing_to_report(const ReportOptions& o) {
    if (o.review.empty() && !o.reviewers.empty())
        throw util::Error({},
                          util::tr("--reviewers needs the review they agreed on",
                                   "--reviewers kræver den vurdering, de enedes om"),
                          util::tr("give the consensus questionnaire first, then --reviewers",
                                   "angiv først konsensusskemaet, derefter --reviewers"));
    if (o.review.empty() && o.outcomes.cases.empty())
        throw util::Error({}, util::tr("nothing to report on", "intet at lave rapport om"),
                          util::tr("give a review, --cases with an extract, or both",
                                   "angiv en vurdering, --cases med et udtræk, eller begge"));
}

int run_report(ReportOptions& o) {
    if (o.print_config) {
        std::cout << writers::questionnaire::report_settings_yaml(default_report_settings(),
                                                                  o.outcomes.output.lang);
        return kOk;
    }
    refuse_nothing_to_report(o);
    // A report is a document: Markdown unless asked otherwise, on the terminal too.
    if (o.outcomes.output.format.empty() && o.outcomes.output.output == "-") o.outcomes.output.format = "md";
    const ReportSettings settings = settings_of(o);
    writers::reports::ReportParts parts{o.outcomes.output.lang, &settings};
    std::vector<std::string> inputs;
    Fidelity fidelity;
    if (!o.review.empty()) {
        fidelity_part(o, fidelity, inputs);
        parts.fidelity = &*fidelity.report;
        if (fidelity.agreement) parts.agreement = &*fidelity.agreement;
        records_part(o, fidelity, inputs);
        if (fidelity.evidence) parts.evidence = &*fidelity.evidence;
    } else if (!o.jobs.empty() || !o.contacts.empty() || !o.staff.empty()) {
        refuse_usage(util::tr("--jobs, --contacts and --staff need a review",
                              "--jobs, --contacts og --staff kræver en vurdering"),
                     util::tr("give the review first: the records are shown beside its ratings",
                              "angiv først vurderingen: registreringerne vises ved siden af dens scorer"));
    }
    if (o.outcomes.cases.empty() && (has_several_periods(o.outcomes) || !o.outcomes.targets.empty()))
        refuse_usage(util::tr("--years, --quarters and --targets need --cases",
                              "--years, --quarters og --targets kræver --cases"),
                     util::tr("give the case extract with --cases", "angiv udtrækket med --cases"));
    std::optional<Outcomes> outcome;
    if (!o.outcomes.cases.empty()) {
        outcome = outcome_part(o.outcomes, settings);
        parts.outcomes = &outcome->result;
        parts.figures = &outcome->figures;
        parts.outcome_options = &outcome->options;
        parts.estimate = &outcome->estimate;
        if (outcome->periods) parts.periods = &*outcome->periods;
        if (outcome->referrals) {
            parts.referrals = &*outcome->referrals;
            parts.referral_figures = &*outcome->referral_figures;
        }
        inputs.push_back(o.outcomes.cases);
        if (!o.outcomes.targets.empty()) inputs.push_back(o.outcomes.targets);
        if (!o.outcomes.clusters.empty()) inputs.push_back(o.outcomes.clusters);
    }
    if (!o.config.empty()) inputs.push_back(o.config);
    write_outputs(writers::reports::build_report(parts), o.outcomes.output, inputs);
    return kOk;
}

}  // namespace

void setup_report(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<ReportOptions>();
    command
        .add_option("review", options->review,
                    "The review to report on: the consensus questionnaire, or one reviewer's")
        ->type_name("REVIEW");
    command.add_option("--previous", options->previous, "Earlier reviews of the same site, in any order")
        ->type_name("REVIEW ...");
    command
        .add_option("--reviewers", options->reviewers,
                    "The reviewers' own questionnaires of this review, for the agreement figures")
        ->expected(2, -1)
        ->type_name("REVIEW ...");
    command
        .add_option("--jobs", options->jobs,
                    "With a review and --cases: jobs.csv, for the items the records score beside the ratings")
        ->type_name("FILE");
    command.add_option("--contacts", options->contacts, "With a review and --cases: employer_contacts.csv")
        ->type_name("FILE");
    command.add_option("--staff", options->staff, "With a review and --cases: staff.yaml")->type_name("FILE");
    command
        .add_option("--cases", options->outcomes.cases,
                    "A case extract (.csv or a workbook .xlsx), for the evaluation report")
        ->type_name("CASES.csv");
    command
        .add_option("--config", options->config,
                    "report.yaml: organisation, target, comparison figures, gain per course, ...")
        ->type_name("FILE");
    command.add_flag("--print-config", options->print_config,
                     "Print report.yaml with every default, and exit");
    add_scales_dir_option(command, options->scales_dir);
    add_outcome_figure_options(command, options->outcomes);
    add_several_periods_options(
        command, options->outcomes,
        {command.get_option("--year"), command.get_option("--from"), command.get_option("--to")});
    add_output_options(command, options->outcomes.output);
    options->target = command.get_option("--target");
    options->suppress_below = command.get_option("--suppress-below");
    options->lang = command.get_option("--lang");
    command.callback([options, &result] { run_guarded([&] { return run_report(*options); }, result); });
}

}  // namespace ipskit::cli
