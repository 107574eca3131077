// ipskit convert IN OUT: a questionnaire from YAML to a workbook or back, so
// that a reviewer in Excel and a colleague with a text editor can work on
// the same review. What the file holds is carried whole, also while it is
// still being filled in: items not yet rated stay empty.

#include <algorithm>
#include <cctype>
#include <filesystem>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/review_commands.hpp"
#include "cli/scale_options.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/atomic_file.hpp"
#include "util/message_language.hpp"
#include "writers/questionnaire/template_writer.hpp"
#include "writers/questionnaire/workbook_writer.hpp"

namespace ipskit::cli {

namespace {

struct ConvertOptions {
    std::string input;
    std::string output;
    readers::review::ReviewDefaults defaults;
    std::string scales_dir;
    Lang lang = Lang::en;
    bool force = false;
};

std::string extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return ext;
}

bool is_workbook(const std::string& path) {
    return extension(path) == ".xlsx";
}

// A questionnaire's file name: .yaml, .yml or .xlsx (checked when the command line is parsed).
CLI::Validator questionnaire_name() {
    return CLI::Validator(
        [](std::string& path) -> std::string {
            const std::string ext = extension(path);
            if (ext == ".xlsx" || ext == ".yaml" || ext == ".yml") return {};
            return util::tr(
                fmt::format("\"{}\" is neither a workbook nor a YAML file; name it .xlsx or .yaml", path),
                fmt::format("\"{}\" er hverken en projektmappe eller en YAML-fil; giv den "
                            "endelsen .xlsx eller .yaml",
                            path));
        },
        "");
}

// The converted file replaces no one's work unless asked to.
void refuse_replacing(const std::string& output, bool force) {
    std::error_code ec;
    if (force || !std::filesystem::is_regular_file(output, ec)) return;
    throw util::Error({output, 0, 0},
                      util::tr("the file exists already, and converting would replace what it holds",
                               "filen findes allerede, og konverteringen ville erstatte det, den rummer"),
                      util::tr("give another name, or add --force to replace the file",
                               "angiv et andet navn, eller tilføj --force for at erstatte filen"));
}

int run_convert(const ConvertOptions& options) {
    util::refuse_overwriting_inputs(options.output, {options.input});
    refuse_replacing(options.output, options.force);
    const auto dirs = readers::review::scale_dirs(options.scales_dir);
    const readers::review::LoadedReview loaded = readers::review::read_review(
        options.input, options.defaults, [&](const std::string& id, const util::Location& at) {
            return readers::review::load_scale(id, dirs, at);
        });
    warn_identifiers_allowed(loaded.identifiers_allowed);
    if (is_workbook(options.output)) {
        util::AtomicFile file(options.output);
        writers::questionnaire::write_questionnaire_xlsx(loaded.scale, loaded.review, options.lang,
                                                         file.temp_path());
        file.commit();
    } else {
        util::write_file_atomically(
            options.output, writers::questionnaire::review_yaml(loaded.scale, loaded.review, options.lang));
    }
    return kOk;
}

}  // namespace

void setup_convert(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<ConvertOptions>();
    // A review being filled in converts as far as it goes.
    options->defaults.allow_unfinished = true;
    command.add_option("input", options->input, "Questionnaire to convert (.yaml or .xlsx)")
        ->required()
        ->check(questionnaire_name())
        ->type_name("IN");
    command
        .add_option("output", options->output,
                    "Where to write it: a workbook (.xlsx) or a YAML questionnaire (.yaml)")
        ->required()
        ->check(questionnaire_name())
        ->type_name("OUT");
    command.add_flag("--force", options->force, "Replace OUT if it exists");
    add_allow_identifiers_option(command, options->defaults.allow_identifiers);
    add_lang_option(command, options->lang);
    add_scales_dir_option(command, options->scales_dir);
    command.callback([options, &result] { run_guarded([&] { return run_convert(*options); }, result); });
}

}  // namespace ipskit::cli
