// ipskit derive --scale ips-25 --cases cases.csv [--jobs jobs.csv]
// [--contacts employer_contacts.csv] [--staff staff.yaml] [--as-of DATE]
// [--period FROM..TO]: the fidelity items whose rules name a figure, computed
// from the site's records and scored by the scale's bands (docs/derived.md).

#include "cli/derive.hpp"

#include <memory>
#include <optional>

#include "cli/common_options.hpp"
#include "cli/derived_inputs.hpp"
#include "cli/exit_codes.hpp"
#include "cli/scale_options.hpp"
#include "cli/shared_options.hpp"
#include "readers/review/scale_locator.hpp"
#include "writers/reports/derive_report.hpp"

namespace ipskit::cli {

namespace {

struct DeriveOptions {
    std::string scale;
    std::string scales_dir;
    DerivedInputs records;
    readers::text::Encoding encoding = readers::text::Encoding::utf8;
    std::optional<char> delimiter;
    OutputOptions output;
};

void add_derive_options(CLI::App& command, DeriveOptions& o) {
    command.add_option("--scale", o.scale, "The scale whose rules name the figures, e.g. ips-25")
        ->required()
        ->type_name("ID");
    add_scales_dir_option(command, o.scales_dir);
    command.add_option("--cases", o.records.cases, "The site's cases.csv (or a workbook)")
        ->required()
        ->type_name("FILE");
    command.add_option("--jobs", o.records.jobs, "jobs.csv: the jobs and education participants held")
        ->type_name("FILE");
    command
        .add_option("--contacts", o.records.contacts,
                    "employer_contacts.csv: the consultants' employer contacts")
        ->type_name("FILE");
    command
        .add_option("--staff", o.records.staff,
                    "staff.yaml: the consultants with FTE, time on employment work and hours")
        ->type_name("FILE");
    add_date_option(
        command, "--as-of", o.records.as_of,
        "The day the caseload is counted (default: the period's last day, else the latest date in "
        "cases.csv)");
    command
        .add_option("--period", o.records.period,
                    "The days counted, both inclusive (default: the 365 days up to --as-of)")
        ->transform(period_check())
        ->type_name("FROM..TO");
    add_encoding_option(command, o.encoding, "the CSV inputs");
    add_delimiter_option(command, o.delimiter, "the CSV inputs");
    command.add_option("--columns", o.records.columns, "YAML map from column names to cases.csv's headers")
        ->type_name("FILE");
    command
        .add_option("--sheet", o.records.sheet,
                    "The sheet of a cases workbook, by name or number (default: the first)")
        ->type_name("NAME|N");
    add_output_options(command, o.output);
}

readers::csv::CsvOptions csv_options(const DeriveOptions& o) {
    readers::csv::CsvOptions csv;
    csv.encoding = o.encoding;
    csv.delimiter = o.delimiter;
    return csv;
}

int run_derive(const DeriveOptions& o) {
    refuse_unknown_scale(o.scale, o.scales_dir, "--scale");
    const Scale scale = readers::review::load_scale(o.scale, readers::review::scale_dirs(o.scales_dir), {});
    const auto result = derive_from_records(o.records, csv_options(o), scale);
    write_outputs(writers::reports::derive_report(*result, scale, o.output.lang), o.output,
                  o.records.files());
    return kOk;
}

}  // namespace

void setup_derive(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<DeriveOptions>();
    add_derive_options(command, *options);
    command.callback([options, &result] { run_guarded([&] { return run_derive(*options); }, result); });
}

}  // namespace ipskit::cli
