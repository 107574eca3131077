#pragma once
// Reads jobs.csv (docs/formats.md): one row per job or education a
// participant held. Each valid row goes to the sink as derived::JobFacts and
// is forgotten. A case_id that cases.csv does not hold is an error naming
// both files.

#include <functional>
#include <string>
#include <string_view>

#include "domain/derived/records.hpp"
#include "readers/csv/reader.hpp"

namespace ipskit::readers::records {

struct JobsInput {
    std::string path;
    csv::CsvOptions csv;
    std::string cases_path;                          // for messages about unknown case ids
    std::function<int(std::string_view)> case_line;  // the line of cases.csv holding an id; 0: none
};

// Throws util::Error with every problem found (up to 20).
long read_jobs(const JobsInput& input, const std::function<void(const derived::JobFacts&)>& sink);

}  // namespace ipskit::readers::records
