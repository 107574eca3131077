// The steps of 'ipskit derive', which score and report take too: staff.yaml first, so
// that every course and contact naming a consultant it lacks is an error
// naming both files; the courses; the as-of date and period; then the jobs
// and contacts, counted as they are read.

#include "cli/derived_inputs.hpp"

#include <exception>
#include <iostream>
#include <thread>

#include "cli/shared_options.hpp"
#include "cli/usage.hpp"
#include "readers/cases/reader.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/records/contacts.hpp"
#include "readers/records/jobs.hpp"
#include "readers/records/staff.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::cli {

namespace {

using outcomes::DayNumber;

DayNumber day_of(const std::string& iso) {
    return readers::csv::parse_date(iso).value->days_since_epoch();
}

void read_courses(const DerivedInputs& in, const readers::csv::CsvOptions& csv,
                  derived::SiteRecords& records) {
    readers::cases::CasesReadOptions read;
    read.csv = csv;
    read.column_map = in.columns;
    read.sheet = in.sheet;
    readers::cases::read_cases(
        in.cases, read,
        [&](const outcomes::Case& c) {
            records.add_course({c.case_id, c.consultant, c.start, c.first_employer_contact, c.end, c.line});
        },
        [](const std::string& warning) { std::cerr << warning << '\n'; });
}

// A course naming a consultant that staff.yaml does not list: the caseload
// of someone without an FTE cannot be counted.
void check_course_consultants(const DerivedInputs& in, const derived::SiteRecords& records,
                              const Staff& staff) {
    util::ErrorCollector errors;
    for (const auto& [name, line] : records.course_consultants())
        if (!staff.find(name))
            errors.add(readers::records::unknown_consultant({in.cases, line, 0}, name, staff, in.staff));
    errors.throw_if_any();
}

void open_window(const DerivedInputs& in, derived::SiteRecords& records) {
    std::optional<DayNumber> as_of = in.as_of.empty() ? std::nullopt : std::optional(day_of(in.as_of));
    outcomes::Period period;
    if (!in.period.empty()) {
        period.from = day_of(in.period.substr(0, 10));
        period.to = day_of(in.period.substr(12));
    }
    const bool from_data = !as_of && !period.to;
    if (!as_of) as_of = period.to ? period.to : records.latest_course_date();
    if (!as_of)
        throw util::Error(
            {in.cases, 0, 0}, util::tr("cases.csv holds no course", "cases.csv har intet forløb"),
            util::tr("give the site's courses, or --as-of", "angiv stedets forløb, eller --as-of"));
    if (!period.to) {
        period.to = *as_of;
        period.from = *as_of - 364;
    }
    records.open_window(*as_of, period, from_data, !in.period.empty());
}

// Jobs and contacts are read side by side, one file a thread: SiteRecords
// keeps their counts apart, so each thread adds to its own. An error of
// jobs.csv is reported before one of employer_contacts.csv, as one after the
// other would.
void read_jobs_and_contacts(const DerivedInputs& in, const readers::csv::CsvOptions& csv,
                            const std::optional<Staff>& staff, derived::SiteRecords& records) {
    std::exception_ptr contacts_failed;
    std::thread contacts;
    if (!in.contacts.empty())
        contacts = std::thread([&] {
            try {
                readers::records::read_contacts(
                    {in.contacts, csv, staff ? &*staff : nullptr, in.staff},
                    [&](const derived::ContactFacts& c) { records.add_contact(c); });
            } catch (...) {
                contacts_failed = std::current_exception();
            }
        });
    std::exception_ptr jobs_failed;
    try {
        if (!in.jobs.empty())
            readers::records::read_jobs(
                {in.jobs, csv, in.cases, [&](std::string_view id) { return records.case_line(id); }},
                [&](const derived::JobFacts& j) { records.add_job(j); });
    } catch (...) {
        jobs_failed = std::current_exception();
    }
    if (contacts.joinable()) contacts.join();
    if (jobs_failed) std::rethrow_exception(jobs_failed);
    if (contacts_failed) std::rethrow_exception(contacts_failed);
}

}  // namespace

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

void add_derived_input_options(CLI::App& command, DerivedInputs& in) {
    command
        .add_option("--cases", in.cases,
                    "The site's cases.csv (or a workbook): derive the items its records can score, and show "
                    "them beside the ratings")
        ->type_name("FILE");
    command.add_option("--jobs", in.jobs, "With --cases: jobs.csv, the jobs and education participants held")
        ->type_name("FILE");
    command.add_option("--contacts", in.contacts, "With --cases: employer_contacts.csv")->type_name("FILE");
    command
        .add_option("--staff", in.staff,
                    "With --cases: staff.yaml, the consultants with FTE, time on employment work and hours")
        ->type_name("FILE");
    add_date_option(command, "--as-of", in.as_of,
                    "With --cases: the day the caseload is counted (default: the period's last day, else the "
                    "latest date in cases.csv)");
    command
        .add_option("--period", in.period,
                    "With --cases: the days counted, both inclusive (default: the 365 days up to --as-of)")
        ->transform(period_check())
        ->type_name("FROM..TO");
    command
        .add_option("--columns", in.columns,
                    "With --cases: YAML map from column names to cases.csv's headers")
        ->type_name("FILE");
    command.add_option("--sheet", in.sheet, "With --cases: the sheet of a cases workbook, by name or number")
        ->type_name("NAME|N");
}

void refuse_records_without_cases(const DerivedInputs& in) {
    if (in.given()) return;
    if (!in.jobs.empty() || !in.contacts.empty() || !in.staff.empty() || !in.as_of.empty() ||
        !in.period.empty() || !in.columns.empty() || !in.sheet.empty())
        refuse_usage(
            util::tr("--jobs, --contacts, --staff, --as-of, --period, --columns and --sheet need --cases",
                     "--jobs, --contacts, --staff, --as-of, --period, --columns og --sheet kræver --cases"),
            util::tr(
                "give the site's cases.csv with --cases: every derived figure starts from the courses",
                "angiv stedets cases.csv med --cases: alle beregnede tal tager udgangspunkt i forløbene"));
}

std::optional<derived::DerivedResult> derive_from_records(const DerivedInputs& in,
                                                          const readers::csv::CsvOptions& csv,
                                                          const Scale& scale) {
    if (!in.given()) return std::nullopt;
    const std::optional<Staff> staff =
        in.staff.empty() ? std::nullopt : std::optional(readers::records::read_staff(in.staff));
    derived::SiteRecords records;
    read_courses(in, csv, records);
    if (staff) check_course_consultants(in, records, *staff);
    open_window(in, records);
    records.set_inputs(!in.jobs.empty(), !in.contacts.empty());
    read_jobs_and_contacts(in, csv, staff, records);
    return records.finish(scale, staff);
}

}  // namespace ipskit::cli
