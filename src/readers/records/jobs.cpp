#include "readers/records/jobs.hpp"

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "domain/text.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/records/record_file.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::records {

namespace {

enum Column : std::size_t {
    case_id,
    start_date,
    end_date,
    kind,
    job_type,
    employer,
    competitive,
    hours_per_week,
    matches_preferences
};

std::vector<csv::ColumnSpec> job_columns() {
    return {
        {"case_id", {"forloeb_id", "forloebs_id", "forloebsnummer", "sags_id", "sagsnummer", "id"}, true},
        {"start_date", {"startdato", "ansaettelsesdato"}, true},
        {"end_date", {"slutdato", "fratraedelsesdato"}, false},
        {"kind", {"art", "ansaettelsesform"}, false},
        {"job_type", {"jobtype", "stillingsbetegnelse", "stilling"}, false},
        {"employer", {"arbejdsgiver", "virksomhed"}, false},
        {"competitive", {"ordinaert", "ordinaer"}, false},
        {"hours_per_week", {"timer_pr_uge", "ugentlige_timer"}, false},
        {"matches_preferences", {"matcher_jobønske"}, false},
    };
}

// job, flexjob, education, or the Danish words; empty is a job (the file
// lists jobs, and education is the exception it must name).
std::optional<derived::JobKind> job_kind(std::string_view text) {
    // The words as exports write them, without the cost of normalising
    // (an allocation) on each of millions of rows.
    if (text.empty() || text == "job" || text == "ordinært job") return derived::JobKind::job;
    if (text == "fleksjob" || text == "flexjob") return derived::JobKind::flexjob;
    if (text == "uddannelse" || text == "education") return derived::JobKind::education;
    const std::string t = csv::normalize_header(text);
    if (t.empty() || t == "job" || t == "ordinaert_job") return derived::JobKind::job;
    if (t == "flexjob" || t == "fleksjob") return derived::JobKind::flexjob;
    if (t == "education" || t == "uddannelse") return derived::JobKind::education;
    return std::nullopt;
}

void read_row(RecordFile& f, const JobsInput& in, derived::JobFacts& j) {
    j.case_id = f.text(case_id);
    j.line = f.line();
    f.require(case_id, "give the case_id of the course in cases.csv",
              "angiv forløbets case_id fra cases.csv");
    if (!j.case_id.empty() && in.case_line && in.case_line(j.case_id) == 0)
        f.problem(
            {f.where(case_id),
             util::tr(fmt::format("case_id {} is not in {}", quoted_value(j.case_id), in.cases_path),
                      fmt::format("case_id {} findes ikke i {}", quoted_value(j.case_id), in.cases_path)),
             util::tr("add the course to cases.csv, or correct the id",
                      "tilføj forløbet i cases.csv, eller ret id'et")});
    const auto start = f.date(start_date);
    f.require(start_date, "give the date the job or education began",
              "angiv datoen, hvor jobbet eller uddannelsen startede");
    j.start = start.value_or(0);
    j.end = f.date(end_date);
    if (start && j.end && *j.end < *start)
        f.problem({f.where(end_date),
                   util::tr("end_date lies before start_date", "end_date ligger før start_date"),
                   util::tr("correct one of the two dates", "ret en af de to datoer")});
    const auto k = job_kind(f.text(kind));
    if (!k)
        f.problem({f.where(kind),
                   util::tr(fmt::format("kind {} is not a kind of job", quoted_value(f.text(kind))),
                            fmt::format("kind {} er ikke en jobart", quoted_value(f.text(kind)))),
                   util::tr("write job, flexjob or education (ordinært job, fleksjob, uddannelse)",
                            "skriv job, flexjob eller education (ordinært job, fleksjob, uddannelse)")});
    j.kind = k.value_or(derived::JobKind::job);
    j.job_type = f.text(job_type);
    j.employer = f.text(employer);
    j.competitive = f.yes_no(competitive);
    f.number(hours_per_week);  // checked, not yet used by any item
    j.matches_preferences = f.yes_no(matches_preferences);
}

}  // namespace

long read_jobs(const JobsInput& input, const std::function<void(const derived::JobFacts&)>& sink) {
    RecordFile f(input.path, input.csv, job_columns());
    long rows = 0;
    derived::JobFacts j;
    while (f.next()) {
        ++rows;
        read_row(f, input, j);
        if (f.row_ok()) sink(j);
    }
    f.finish();
    return rows;
}

}  // namespace ipskit::readers::records
