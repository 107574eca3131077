// ipskit template SCALE: writes an empty questionnaire to fill in during a
// review visit, then to give to 'ipskit score'. ipskit template --staff
// writes staff.yaml, the site's consultants, to fill in before the visit.

#include <filesystem>
#include <optional>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_commands.hpp"
#include "cli/scale_options.hpp"
#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "domain/cpr.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/atomic_file.hpp"
#include "util/message_language.hpp"
#include "writers/questionnaire/staff_template_writer.hpp"
#include "writers/questionnaire/template_writer.hpp"
#include "writers/questionnaire/workbook_writer.hpp"

namespace ipskit::cli {

namespace {

struct TemplateOptions {
    std::string scale;
    writers::questionnaire::QuestionnaireHeader header;
    std::string scales_dir;
    std::string output = "-";
    std::string format;  // yaml, csv or xlsx; empty = from -o's extension, else yaml
    std::string xlsx;    // --xlsx FILE: the workbook, instead of -o
    Lang lang = Lang::en;
    std::optional<writers::doc::CsvDialect> csv_dialect;  // unset: the language's default
    bool force = false;
    bool quiet = false;
    bool staff = false;  // --staff: staff.yaml instead of a questionnaire
};

// A questionnaire is written to be filled in; writing a blank one over a
// file of that name could empty a reviewer's filled-in work.
void refuse_replacing(const std::string& output, bool force, bool staff = false) {
    if (force || output == "-") return;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(output, ec)) return;
    throw util::Error({output, 0, 0},
                      staff
                          ? util::tr("the file exists already, and a staff file written over it is blank",
                                     "filen findes allerede, og en personalefil skrevet oven i den er tom")
                          : util::tr("the file exists already, and a questionnaire written over it is blank",
                                     "filen findes allerede, og et bedømmerskema skrevet oven i den er tomt"),
                      util::tr("give another name with -o, or add --force to replace the file",
                               "angiv et andet navn med -o, eller tilføj --force for at erstatte filen"));
}

// The header's names go into a file that is handed round; a CPR number
// typed into --site or --reviewer must not.
void refuse_identifiers(const writers::questionnaire::QuestionnaireHeader& header) {
    for (const auto& [option, value] : {std::pair{"--site", &header.site}, {"--reviewer", &header.reviewer}})
        if (looks_like_cpr(*value))
            throw util::Error(
                {},
                fmt::format(fmt::runtime(util::tr("{} holds a value that looks like a CPR number",
                                                  "{} indeholder en værdi, der ligner et CPR-nummer")),
                            option),
                util::tr("name the site and the reviewer, never a participant",
                         "angiv stedet og bedømmeren, aldrig en deltager"));
}

// What -o's name or --format asks for: yaml, csv or xlsx.
std::string chosen_format(const TemplateOptions& options) {
    if (!options.format.empty()) return options.format;
    const std::string ext = std::filesystem::path(options.output).extension().string();
    if (ext == ".csv" || ext == ".xlsx") return ext.substr(1);
    return "yaml";
}

// The workbook as an empty review of the scale, its header from the options.
void write_workbook(const Scale& scale, const TemplateOptions& options) {
    Review review;
    review.scale_id = scale.id;
    review.site = options.header.site;
    review.review_date = options.header.review_date;
    if (!options.header.reviewer.empty()) review.reviewers.push_back(options.header.reviewer);
    util::AtomicFile file(options.output);
    writers::questionnaire::write_questionnaire_xlsx(scale, review, options.lang, file.temp_path());
    file.commit();
}

// staff.yaml belongs to a site, not to a scale or a reviewer: only --site,
// -o, --lang, --force and -q shape it.
int run_staff_template(const TemplateOptions& options) {
    if (!options.scale.empty())
        refuse_usage(util::tr("--staff writes staff.yaml, which belongs to no scale",
                              "--staff skriver staff.yaml, som ikke hører til en skala"),
                     util::tr("leave out the scale id: ipskit template --staff -o staff.yaml",
                              "udelad skalaens id: ipskit template --staff -o staff.yaml"));
    if (!options.xlsx.empty() || !options.format.empty() || !options.header.reviewer.empty() ||
        !options.header.review_date.empty() || !options.scales_dir.empty() || options.csv_dialect)
        refuse_usage(util::tr("--staff takes only --site, -o, --lang, --force and -q",
                              "--staff tager kun --site, -o, --lang, --force og -q"),
                     util::tr("leave out the questionnaire's options", "udelad bedømmerskemaets tilvalg"));
    refuse_identifiers(options.header);
    refuse_replacing(options.output, options.force, true);
    util::write_file_atomically(
        options.output, writers::questionnaire::staff_yaml_template(options.header.site, options.lang));
    say_written({options.output}, options.quiet);
    return kOk;
}

int run_template(TemplateOptions options) {
    if (options.staff) return run_staff_template(options);
    if (options.scale.empty())
        refuse_usage(
            util::tr("ipskit template needs a scale id, or --staff",
                     "ipskit template skal have en skalas id eller --staff"),
            util::tr("e.g. ipskit template ips-25 -o review.yaml; 'ipskit scales' lists the scales",
                     "fx ipskit template ips-25 -o vurdering.yaml; 'ipskit scales' viser skalaerne"));
    refuse_unknown_scale(options.scale, options.scales_dir);
    if (!options.xlsx.empty()) {
        if (options.output != "-")
            refuse_usage(util::tr("-o and --xlsx both name the questionnaire",
                                  "-o og --xlsx angiver begge bedømmerskemaet"),
                         util::tr("give one of them", "angiv kun den ene"));
        options.output = options.xlsx;
        options.format = "xlsx";
    }
    const std::string format = chosen_format(options);
    if (format == "xlsx" && options.output == "-")
        refuse_usage(util::tr("a workbook cannot be written to standard output",
                              "en projektmappe kan ikke skrives til standard output"),
                     util::tr("give it a file name, e.g. --xlsx review.xlsx",
                              "giv den et filnavn, fx --xlsx vurdering.xlsx"));
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    const Scale scale = readers::review::load_scale(options.scale, dirs, {});
    // The scale file is this command's one input; a mistyped -o must not replace it.
    util::refuse_overwriting_inputs(options.output, {readers::review::find_scale_file(options.scale, dirs)});
    refuse_replacing(options.output, options.force);
    refuse_identifiers(options.header);
    if (format == "xlsx")
        write_workbook(scale, options);
    else
        util::write_file_atomically(
            options.output,
            format == "csv"
                ? writers::questionnaire::questionnaire_csv(
                      scale, options.header, options.lang,
                      options.csv_dialect.value_or(writers::doc::default_csv_dialect(options.lang)))
                : writers::questionnaire::questionnaire_yaml(scale, options.header, options.lang));
    say_written({options.output}, options.quiet);
    return kOk;
}

}  // namespace

void setup_template(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<TemplateOptions>();
    command.add_option("scale", options->scale, "Scale id, e.g. ips-25 (not with --staff)")
        ->type_name("SCALE");
    command.add_option("--site", options->header.site, "Site to be reviewed")->type_name("NAME");
    command.add_option("--reviewer", options->header.reviewer, "Reviewer who fills in this questionnaire")
        ->type_name("NAME");
    add_date_option(command, "--date", options->header.review_date, "Review date (YYYY-MM-DD)");
    add_output_file_option(command, options->output, "the questionnaire");
    add_quiet_option(command, options->quiet);
    command.add_flag("--force", options->force,
                     "Replace the -o file if it exists (a filled-in questionnaire there is lost)");
    command
        .add_option("--format", options->format,
                    "yaml (questionnaire), csv (ratings sheet item,score,note) or xlsx (workbook)")
        ->check(one_of({"yaml", "csv", "xlsx"}))
        ->type_name("FORMAT");
    add_csv_dialect_option(command, options->csv_dialect);
    command
        .add_option(
            "--xlsx", options->xlsx,
            "Write the questionnaire as an .xlsx workbook to FILE, to fill in in Excel or LibreOffice")
        ->type_name("FILE");
    add_lang_option(command, options->lang);
    add_scales_dir_option(command, options->scales_dir);
    command.add_flag("--staff", options->staff,
                     "Write staff.yaml instead: the site's IPS consultants, their FTE and hours, to fill in");
    command.callback([options, &result] { run_guarded([&] { return run_template(*options); }, result); });
}

}  // namespace ipskit::cli
