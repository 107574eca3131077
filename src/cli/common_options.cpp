#include "cli/common_options.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "version.hpp"
#include "writers/render/csv.hpp"
#include "writers/render/json.hpp"
#include "writers/render/markdown.hpp"
#include "writers/render/terminal.hpp"
#include "writers/render/xlsx.hpp"

namespace ipskit::cli {

namespace {

std::string format_from_extension(const std::string& path) {
    static const std::map<std::string, std::string> by_extension = {
        {".md", "md"}, {".markdown", "md"}, {".json", "json"}, {".csv", "csv"}, {".txt", "table"}};
    const auto it = by_extension.find(std::filesystem::path(path).extension().string());
    return it == by_extension.end() ? "table" : it->second;
}

std::string render(const writers::doc::Document& document, const std::string& format, Lang lang) {
    if (format == "md") return writers::render::render_markdown(document, lang) + "\n";
    if (format == "json") return writers::render::render_json(document, kIpskitVersion);
    if (format == "csv") return writers::render::render_csv(document, lang);
    return writers::render::render_terminal(document, lang) + "\n";
}

// -o and --xlsx naming one file would leave only one of them, silently.
void refuse_same_output(const OutputOptions& options) {
    // A workbook is a zip file: on a terminal or in a pipe it would be noise,
    // and "-" taken as a file name would surprise.
    if (options.xlsx == "-")
        refuse_usage(
            util::tr("--xlsx: a workbook cannot be written to standard output",
                     "--xlsx: en projektmappe kan ikke skrives til standard output"),
            util::tr("give --xlsx a file name, e.g. report.xlsx", "giv --xlsx et filnavn, fx rapport.xlsx"));
    if (options.xlsx.empty() || options.output == "-") return;
    std::error_code ec;
    // Both written through to one device (/dev/null) lose nothing.
    if (std::filesystem::exists(options.output, ec) && !std::filesystem::is_regular_file(options.output, ec))
        return;
    const auto same = std::filesystem::weakly_canonical(options.output, ec) ==
                      std::filesystem::weakly_canonical(options.xlsx, ec);
    if (same || std::filesystem::equivalent(options.output, options.xlsx, ec))
        refuse_usage(util::tr("-o and --xlsx name the same file", "-o og --xlsx angiver den samme fil"),
                     util::tr("give the workbook a name of its own, e.g. report.xlsx",
                              "giv projektmappen sit eget navn, fx rapport.xlsx"));
}

}  // namespace

void add_lang_option(CLI::App& command, Lang& lang) {
    // Without --lang, the language IPSKIT_LANG or the locale chose for messages.
    lang = util::message_language() == util::MessageLanguage::da ? Lang::da : Lang::en;
    // ->check() runs before the function, so an unknown code never changes the language.
    command
        .add_option_function<std::string>(
            "--lang",
            [&lang](const std::string& code) {
                lang = code == "da" ? Lang::da : Lang::en;
                util::set_message_language(lang == Lang::da ? util::MessageLanguage::da
                                                            : util::MessageLanguage::en);
            },
            "Language of the output and of messages: en (English) or da (Danish); without it, IPSKIT_LANG, "
            "else the locale")
        ->check(one_of({"en", "da"}))
        ->trigger_on_parse()  // at once, so that the errors of options before it are in its language too
        ->type_name("LANG")
        ->default_str(lang == Lang::da ? "da" : "en");
}

void add_allow_identifiers_option(CLI::App& command, bool& allow) {
    command.add_flag("--allow-identifiers", allow,
                     "Go on when a value looks like a CPR number (the report may show it); a warning "
                     "says how many and where");
}

void warn_identifiers_allowed(const std::map<std::string, long>& by_column) {
    long total = 0;
    std::vector<std::string> columns;
    for (const auto& [column, count] : by_column) {
        total += count;
        columns.push_back(fmt::format("{} {}", column, count));
    }
    if (total == 0) return;
    std::cerr << fmt::format(
        "ipskit: warning: --allow-identifiers let through {} {} that look{} like a CPR number ({}); "
        "the outputs may show such values, so keep them as private as the input\n",
        total, total == 1 ? "value" : "values", total == 1 ? "s" : "", fmt::join(columns, ", "));
}

void add_output_file_option(CLI::App& command, std::string& output, const std::string& what) {
    command.add_option("-o,--output", output, fmt::format("Write {} to FILE ('-' = standard output)", what))
        ->type_name("FILE")
        ->default_str("-");
}

void add_quiet_option(CLI::App& command, bool& quiet) {
    command.add_flag("-q,--quiet", quiet, "Do not say on stderr which files were written (errors still are)");
}

void say_written(const std::vector<std::string>& files, bool quiet) {
    std::vector<std::string> named;
    for (const auto& file : files)
        if (!file.empty() && file != "-") named.push_back(file);
    if (quiet || named.empty()) return;
    const std::string list = named.size() == 1
                                 ? named.front()
                                 : fmt::format("{} {} {}", fmt::join(named.begin(), named.end() - 1, ", "),
                                               util::tr("and", "og"), named.back());
    std::cerr << fmt::format(fmt::runtime(util::tr("ipskit: wrote {}\n", "ipskit: skrev {}\n")), list);
}

void add_output_options(CLI::App& command, OutputOptions& options) {
    command
        .add_option("--format", options.format,
                    "Report format: table, md, json or csv (default: from -o's extension, else table)")
        ->check(one_of({"table", "md", "json", "csv"}))
        ->type_name("FORMAT");
    add_output_file_option(command, options.output, "the report");
    command.add_option("--xlsx", options.xlsx, "Also write the report as an .xlsx workbook to FILE")
        ->type_name("FILE");
    add_lang_option(command, options.lang);
    add_quiet_option(command, options.quiet);
}

void write_outputs(const writers::doc::Document& document, const OutputOptions& options,
                   const std::vector<std::string>& inputs) {
    util::refuse_overwriting_inputs(options.output, inputs);
    util::refuse_overwriting_inputs(options.xlsx, inputs);
    refuse_same_output(options);
    const std::string format = !options.format.empty() ? options.format
                               : options.output == "-" ? "table"
                                                       : format_from_extension(options.output);
    const std::string text = render(document, format, options.lang);

    std::optional<util::AtomicFile> workbook;
    if (!options.xlsx.empty()) {
        workbook.emplace(options.xlsx);
        writers::render::write_xlsx(document, options.lang, workbook->temp_path());
    }
    if (options.output == "-") {
        if (workbook) workbook->commit();
        util::write_file_atomically("-", text);
        say_written({options.xlsx}, options.quiet);
        return;
    }
    util::AtomicFile report(options.output);
    report.write(text);
    if (workbook) workbook->commit();
    report.commit();
    say_written({options.output, options.xlsx}, options.quiet);
}

}  // namespace ipskit::cli
