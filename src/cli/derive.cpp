// ipskit derive --scale ips-25 --cases cases.csv [--jobs jobs.csv]
// [--contacts employer_contacts.csv] [--staff staff.yaml] [--as-of DATE]
// [--period FROM..TO]: the fidelity items whose rules name a figure, computed
// from the site's records and scored by the scale's bands (docs/derived.md).

#include "cli/derive.hpp"

#include <exception>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include <fmt/format.h>

#include "cli/common_options.hpp"
#include "cli/exit_codes.hpp"
#include "cli/scale_options.hpp"
#include "cli/shared_options.hpp"
#include "domain/date.hpp"
#include "domain/derived/derive.hpp"
#include "readers/cases/reader.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/records/contacts.hpp"
#include "readers/records/jobs.hpp"
#include "readers/records/staff.hpp"
#include "readers/review/scale_locator.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/reports/derive_report.hpp"

namespace ipskit::cli {

namespace {

struct DeriveOptions {
    std::string scale;
    std::string scales_dir;
    std::string cases, jobs, contacts, staff;
    std::string as_of;   // YYYY-MM-DD; empty: the period's end, else the latest date of cases.csv
    std::string period;  // YYYY-MM-DD..YYYY-MM-DD; empty: the 365 days up to the as-of date
    readers::text::Encoding encoding = readers::text::Encoding::utf8;
    std::optional<char> delimiter;
    std::string columns;
    std::string sheet;
    OutputOptions output;
};

using outcomes::DayNumber;

DayNumber day_of(const std::string& iso) {
    return readers::csv::parse_date(iso).value->days_since_epoch();
}

// --period FROM..TO, both days inclusive, stored as YYYY-MM-DD..YYYY-MM-DD.
CLI::Validator period_check() {
    return CLI::Validator(
        [](std::string& text) -> std::string {
            const auto dots = text.find("..");
            const auto from = readers::csv::parse_date(text.substr(0, dots));
            const auto to =
                dots == std::string::npos ? from : readers::csv::parse_date(text.substr(dots + 2));
            if (dots == std::string::npos || !from.value || !to.value)
                return util::tr("give FROM..TO, two dates, e.g. 2024-01-01..2024-06-30",
                                "angiv FRA..TIL, to datoer, fx 2024-01-01..2024-06-30");
            if (*to.value < *from.value)
                return util::tr("the period ends before it begins; give the first day, then the last",
                                "perioden slutter, før den begynder; angiv første dag og så sidste");
            text = from.value->to_iso() + ".." + to.value->to_iso();
            return {};
        },
        "FROM..TO");
}

void add_derive_options(CLI::App& command, DeriveOptions& o) {
    command.add_option("--scale", o.scale, "The scale whose rules name the figures, e.g. ips-25")
        ->required()
        ->type_name("ID");
    add_scales_dir_option(command, o.scales_dir);
    command.add_option("--cases", o.cases, "The site's cases.csv (or a workbook)")
        ->required()
        ->type_name("FILE");
    command.add_option("--jobs", o.jobs, "jobs.csv: the jobs and education participants held")
        ->type_name("FILE");
    command.add_option("--contacts", o.contacts, "employer_contacts.csv: the consultants' employer contacts")
        ->type_name("FILE");
    command
        .add_option("--staff", o.staff,
                    "staff.yaml: the consultants with FTE, time on employment work and hours")
        ->type_name("FILE");
    add_date_option(
        command, "--as-of", o.as_of,
        "The day the caseload is counted (default: the period's last day, else the latest date in "
        "cases.csv)");
    command
        .add_option("--period", o.period,
                    "The days counted, both inclusive (default: the 365 days up to --as-of)")
        ->transform(period_check())
        ->type_name("FROM..TO");
    add_encoding_option(command, o.encoding, "the CSV inputs");
    add_delimiter_option(command, o.delimiter, "the CSV inputs");
    command.add_option("--columns", o.columns, "YAML map from column names to cases.csv's headers")
        ->type_name("FILE");
    command
        .add_option("--sheet", o.sheet,
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

void read_courses(const DeriveOptions& o, derived::SiteRecords& records) {
    readers::cases::CasesReadOptions read;
    read.csv = csv_options(o);
    read.column_map = o.columns;
    read.sheet = o.sheet;
    readers::cases::read_cases(
        o.cases, read,
        [&](const outcomes::Case& c) {
            records.add_course({c.case_id, c.consultant, c.start, c.first_employer_contact, c.end, c.line});
        },
        [](const std::string& warning) { std::cerr << warning << '\n'; });
}

// A course naming a consultant that staff.yaml does not list: the caseload
// of someone without an FTE cannot be counted.
void check_course_consultants(const DeriveOptions& o, const derived::SiteRecords& records,
                              const Staff& staff) {
    util::ErrorCollector errors;
    for (const auto& [name, line] : records.course_consultants())
        if (!staff.find(name))
            errors.add(readers::records::unknown_consultant({o.cases, line, 0}, name, staff, o.staff));
    errors.throw_if_any();
}

void open_window(const DeriveOptions& o, derived::SiteRecords& records) {
    std::optional<DayNumber> as_of = o.as_of.empty() ? std::nullopt : std::optional(day_of(o.as_of));
    outcomes::Period period;
    if (!o.period.empty()) {
        period.from = day_of(o.period.substr(0, 10));
        period.to = day_of(o.period.substr(12));
    }
    const bool from_data = !as_of && !period.to;
    if (!as_of) as_of = period.to ? period.to : records.latest_course_date();
    if (!as_of)
        throw util::Error(
            {o.cases, 0, 0}, util::tr("cases.csv holds no course", "cases.csv har intet forløb"),
            util::tr("give the site's courses, or --as-of", "angiv stedets forløb, eller --as-of"));
    if (!period.to) {
        period.to = *as_of;
        period.from = *as_of - 364;
    }
    records.open_window(*as_of, period, from_data, !o.period.empty());
}

// Jobs and contacts are read side by side, one file a thread: SiteRecords
// keeps their counts apart, so each thread adds to its own. An error of
// jobs.csv is reported before one of employer_contacts.csv, as one after the
// other would.
void read_jobs_and_contacts(const DeriveOptions& o, const std::optional<Staff>& staff,
                            derived::SiteRecords& records) {
    std::exception_ptr contacts_failed;
    std::thread contacts;
    if (!o.contacts.empty())
        contacts = std::thread([&] {
            try {
                readers::records::read_contacts(
                    {o.contacts, csv_options(o), staff ? &*staff : nullptr, o.staff},
                    [&](const derived::ContactFacts& c) { records.add_contact(c); });
            } catch (...) {
                contacts_failed = std::current_exception();
            }
        });
    std::exception_ptr jobs_failed;
    try {
        if (!o.jobs.empty())
            readers::records::read_jobs(
                {o.jobs, csv_options(o), o.cases, [&](std::string_view id) { return records.case_line(id); }},
                [&](const derived::JobFacts& j) { records.add_job(j); });
    } catch (...) {
        jobs_failed = std::current_exception();
    }
    if (contacts.joinable()) contacts.join();
    if (jobs_failed) std::rethrow_exception(jobs_failed);
    if (contacts_failed) std::rethrow_exception(contacts_failed);
}

int run_derive(const DeriveOptions& o) {
    refuse_unknown_scale(o.scale, o.scales_dir, "--scale");
    const Scale scale = readers::review::load_scale(o.scale, readers::review::scale_dirs(o.scales_dir), {});
    const std::optional<Staff> staff =
        o.staff.empty() ? std::nullopt : std::optional(readers::records::read_staff(o.staff));
    derived::SiteRecords records;
    read_courses(o, records);
    if (staff) check_course_consultants(o, records, *staff);
    open_window(o, records);
    records.set_inputs(!o.jobs.empty(), !o.contacts.empty());
    read_jobs_and_contacts(o, staff, records);
    const auto result = records.finish(scale, staff);
    write_outputs(writers::reports::derive_report(result, scale, o.output.lang), o.output,
                  {o.cases, o.jobs, o.contacts, o.staff});
    return kOk;
}

}  // namespace

void setup_derive(CLI::App& command, CommandResult& result) {
    auto options = std::make_shared<DeriveOptions>();
    add_derive_options(command, *options);
    command.callback([options, &result] { run_guarded([&] { return run_derive(*options); }, result); });
}

}  // namespace ipskit::cli
