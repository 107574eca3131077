// ipskit template SCALE: writes an empty questionnaire to fill in during a
// review visit, then to give to 'ipskit score'.

#include <filesystem>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_commands.hpp"
#include "cli/scale_options.hpp"
#include "cli/shared_options.hpp"
#include "domain/cpr.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/atomic_file.hpp"
#include "writers/questionnaire/template_writer.hpp"

namespace ipskit::cli {

namespace {

struct TemplateOptions {
    std::string scale;
    writers::questionnaire::QuestionnaireHeader header;
    std::string scales_dir;
    std::string output = "-";
    std::string format;  // yaml or csv; empty = from -o's extension, else yaml
    Lang lang = Lang::en;
    bool force = false;
    bool quiet = false;
};

// A questionnaire is written to be filled in; writing a blank one over a
// file of that name could empty a reviewer's filled-in work.
void refuse_replacing(const std::string& output, bool force) {
    if (force || output == "-") return;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(output, ec)) return;
    throw util::Error({output, 0, 0}, "the file exists already, and a questionnaire written over it is blank",
                      "give another name with -o, or add --force to replace the file");
}

// The header's names go into a file that is handed round; a CPR number
// typed into --site or --reviewer must not.
void refuse_identifiers(const writers::questionnaire::QuestionnaireHeader& header) {
    for (const auto& [option, value] : {std::pair{"--site", &header.site}, {"--reviewer", &header.reviewer}})
        if (looks_like_cpr(*value))
            throw util::Error({}, fmt::format("{} holds a value that looks like a CPR number", option),
                              "name the site and the reviewer, never a participant");
}

int run_template(const TemplateOptions& options) {
    refuse_unknown_scale(options.scale, options.scales_dir);
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    const Scale scale = readers::review::load_scale(options.scale, dirs, {});
    // The scale file is this command's one input; a mistyped -o must not replace it.
    util::refuse_overwriting_inputs(options.output, {readers::review::find_scale_file(options.scale, dirs)});
    refuse_replacing(options.output, options.force);
    refuse_identifiers(options.header);
    const bool csv = options.format == "csv" ||
                     (options.format.empty() && std::filesystem::path(options.output).extension() == ".csv");
    util::write_file_atomically(
        options.output,
        csv ? writers::questionnaire::questionnaire_csv(scale, options.lang)
            : writers::questionnaire::questionnaire_yaml(scale, options.header, options.lang));
    say_written({options.output}, options.quiet);
    return kOk;
}

}  // namespace

void setup_template(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<TemplateOptions>();
    command.add_option("scale", options->scale, "Scale id, e.g. ips-25")->required()->type_name("SCALE");
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
                    "yaml (questionnaire) or csv (ratings sheet item,score,note)")
        ->check(one_of({"yaml", "csv"}))
        ->type_name("FORMAT");
    add_lang_option(command, options->lang);
    add_scales_dir_option(command, options->scales_dir);
    command.callback([options, &result] { run_guarded([&] { return run_template(*options); }, result); });
}

}  // namespace ipskit::cli
