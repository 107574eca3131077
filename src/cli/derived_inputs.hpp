#pragma once
// The site's records a command reads for the fidelity items derived from
// them (score and report take them as derive does): --cases, --jobs,
// --contacts, --staff, --as-of and --period, and the derived result they give
// on a scale.

#include <optional>
#include <string>

#include <CLI/CLI.hpp>

#include "domain/derived/derive.hpp"
#include "domain/scale.hpp"
#include "readers/csv/reader.hpp"

namespace ipskit::cli {

struct DerivedInputs {
    std::string cases, jobs, contacts, staff;
    std::string as_of;   // YYYY-MM-DD; empty: the period's end, else the latest date of cases.csv
    std::string period;  // YYYY-MM-DD..YYYY-MM-DD; empty: the 365 days up to the as-of date
    std::string columns;
    std::string sheet;

    bool given() const { return !cases.empty(); }
    // The files, for refusing an output that would replace one.
    std::vector<std::string> files() const { return {cases, jobs, contacts, staff}; }
};

// --period FROM..TO, two dates, both inclusive; stored as YYYY-MM-DD..YYYY-MM-DD.
CLI::Validator period_check();

// Adds the options; `what` says what the figures are shown beside.
void add_derived_input_options(CLI::App& command, DerivedInputs& inputs);

// --jobs, --contacts, --staff, --as-of and --period without --cases are a
// usage error: every figure starts from the courses.
void refuse_records_without_cases(const DerivedInputs& inputs);

// Reads the records and computes every figure `scale` names; nullopt when
// --cases was not given. Throws util::Error for a bad file.
std::optional<derived::DerivedResult> derive_from_records(const DerivedInputs& inputs,
                                                          const readers::csv::CsvOptions& csv,
                                                          const Scale& scale);

}  // namespace ipskit::cli
