#include "cli/common_options.hpp"

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "util/atomic_file.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"
#include "version.hpp"
#include "writers/render/csv.hpp"
#include "writers/render/html.hpp"
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

// Markdown refers to each chart as an SVG file in a folder beside it, named
// after it (report.md: report-figures/), so that two reports in one folder
// keep their charts apart.
std::string figure_folder_for(const std::string& output) {
    return std::filesystem::path(output).stem().string() + "-figures";
}

// Only a report written to a file of its own has a folder beside it for its charts.
bool writes_figure_files(const writers::doc::Document& document, const std::string& format,
                         const std::string& output) {
    if (format != "md" || output == "-" || writers::doc::figures_of(document).empty()) return false;
    std::error_code ec;
    return !std::filesystem::exists(output, ec) || std::filesystem::is_regular_file(output, ec);
}

std::string render(const writers::doc::Document& document, const std::string& format, Lang lang,
                   const std::string& output, std::optional<writers::doc::CsvDialect> dialect) {
    if (format == "md") {
        const bool figures = writes_figure_files(document, format, output);
        return writers::render::render_markdown(document, lang,
                                                {figures ? figure_folder_for(output) : "", figures}) +
               "\n";
    }
    if (format == "json") return writers::render::render_json(document, kIpskitVersion);
    if (format == "csv")
        return writers::render::render_csv(document,
                                           dialect.value_or(writers::doc::default_csv_dialect(lang)));
    return writers::render::render_terminal(document, lang) + "\n";
}

bool same_file(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty() || a == "-" || b == "-") return false;
    std::error_code ec;
    // Both written through to one device (/dev/null) lose nothing.
    if (std::filesystem::exists(a, ec) && !std::filesystem::is_regular_file(a, ec)) return false;
    return std::filesystem::weakly_canonical(a, ec) == std::filesystem::weakly_canonical(b, ec) ||
           std::filesystem::equivalent(a, b, ec);
}

// Two outputs naming one file would leave only one of them, silently.
void refuse_same_output(const OutputOptions& options) {
    // A workbook or a page is a file of its own: on a terminal or in a pipe
    // it would be noise, and "-" taken as a file name would surprise.
    if (options.xlsx == "-")
        refuse_usage(
            util::tr("--xlsx: a workbook cannot be written to standard output",
                     "--xlsx: en projektmappe kan ikke skrives til standard output"),
            util::tr("give --xlsx a file name, e.g. report.xlsx", "giv --xlsx et filnavn, fx rapport.xlsx"));
    if (options.html == "-")
        refuse_usage(
            util::tr("--html: the HTML page cannot be written to standard output",
                     "--html: HTML-siden kan ikke skrives til standard output"),
            util::tr("give --html a file name, e.g. report.html", "giv --html et filnavn, fx rapport.html"));
    if (same_file(options.output, options.xlsx))
        refuse_usage(util::tr("-o and --xlsx name the same file", "-o og --xlsx angiver den samme fil"),
                     util::tr("give the workbook a name of its own, e.g. report.xlsx",
                              "giv projektmappen sit eget navn, fx rapport.xlsx"));
    if (same_file(options.output, options.html) || same_file(options.xlsx, options.html))
        refuse_usage(util::tr("--html names the same file as another output",
                              "--html angiver den samme fil som et andet output"),
                     util::tr("give the HTML page a name of its own, e.g. report.html",
                              "giv HTML-siden sit eget navn, fx rapport.html"));
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

void add_csv_dialect_option(CLI::App& command, std::optional<writers::doc::CsvDialect>& dialect) {
    command
        .add_option_function<std::string>(
            "--csv-dialect",
            [&dialect](const std::string& name) { dialect = writers::doc::parse_csv_dialect(name); },
            "CSV for Danish Excel (excel-da: ';', decimal comma, UTF-8 with BOM), English Excel (excel-en: "
            "',', decimal point, BOM) or programs (rfc4180: ',', no BOM); default excel-da with --lang da, "
            "else rfc4180")
        ->check(one_of(writers::doc::csv_dialect_names()))
        ->type_name("DIALECT");
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
    const std::string_view one_en =
        "ipskit: warning: --allow-identifiers let through {} value that looks like a CPR "
        "number ({}); the outputs may show such values, so keep them as private as the "
        "input\n";
    const std::string_view many_en =
        "ipskit: warning: --allow-identifiers let through {} values that look like a "
        "CPR number ({}); the outputs may show such values, so keep them as private as "
        "the input\n";
    const std::string_view one_da =
        "ipskit: advarsel: --allow-identifiers lod {} værdi, der ligner et CPR-nummer, "
        "komme igennem ({}); resultaterne kan vise sådanne værdier, så behandl dem lige "
        "så fortroligt som inputfilerne\n";
    const std::string_view many_da =
        "ipskit: advarsel: --allow-identifiers lod {} værdier, der ligner et CPR-nummer, "
        "komme igennem ({}); resultaterne kan vise sådanne værdier, så behandl dem lige "
        "så fortroligt som inputfilerne\n";
    std::cerr << fmt::format(fmt::runtime(util::tr(util::by_count(total, one_en, many_en),
                                                   util::by_count(total, one_da, many_da))),
                             total, fmt::join(columns, ", "));
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
    command
        .add_option("--html", options.html,
                    "Also write the report as one self-contained HTML page to FILE (charts inline, "
                    "prints on A4)")
        ->type_name("FILE");
    add_csv_dialect_option(command, options.csv_dialect);
    add_lang_option(command, options.lang);
    add_quiet_option(command, options.quiet);
}

void write_outputs(const writers::doc::Document& document, const OutputOptions& options,
                   const std::vector<std::string>& inputs) {
    util::refuse_overwriting_inputs(options.output, inputs);
    util::refuse_overwriting_inputs(options.xlsx, inputs);
    util::refuse_overwriting_inputs(options.html, inputs);
    refuse_same_output(options);
    const std::string format = !options.format.empty() ? options.format
                               : options.output == "-" ? "table"
                                                       : format_from_extension(options.output);
    const std::string text = render(document, format, options.lang, options.output, options.csv_dialect);

    std::optional<util::AtomicFile> workbook;
    if (!options.xlsx.empty()) {
        workbook.emplace(options.xlsx);
        writers::render::write_xlsx(document, options.lang, workbook->temp_path());
    }
    std::optional<util::AtomicFile> page;
    if (!options.html.empty()) {
        page.emplace(options.html);
        page->write(writers::render::render_html(document, options.lang));
    }
    std::vector<std::unique_ptr<util::AtomicFile>> charts;
    if (writes_figure_files(document, format, options.output)) {
        const auto folder =
            std::filesystem::path(options.output).parent_path() / figure_folder_for(options.output);
        std::error_code ec;
        std::filesystem::create_directories(folder, ec);
        if (ec)
            throw util::Error({folder.string(), 0, 0},
                              util::tr("cannot make the folder for the report's charts: " + ec.message(),
                                       "kan ikke oprette mappen til rapportens figurer: " + ec.message()),
                              util::tr("check that the folder of -o can be written to",
                                       "tjek, at der kan skrives i mappen for -o"));
        for (const auto* figure : writers::doc::figures_of(document)) {
            const std::string path = (folder / (figure->id + ".svg")).string();
            util::refuse_overwriting_inputs(path, inputs);
            charts.push_back(std::make_unique<util::AtomicFile>(path));
            charts.back()->write(figure->svg);
        }
    }
    // Every output is whole in its temporary file before the first is renamed.
    const auto commit_others = [&] {
        for (auto& chart : charts) chart->commit();
        if (workbook) workbook->commit();
        if (page) page->commit();
    };
    if (options.output == "-") {
        commit_others();
        util::write_file_atomically("-", text);
        say_written({options.xlsx, options.html}, options.quiet);
        return;
    }
    util::AtomicFile report(options.output);
    report.write(text);
    commit_others();
    report.commit();
    say_written({options.output, options.xlsx, options.html}, options.quiet);
}

}  // namespace ipskit::cli
