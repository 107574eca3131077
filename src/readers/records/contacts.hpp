#pragma once
// Reads employer_contacts.csv (docs/formats.md): one row per employer contact
// made by a consultant. Each valid row goes to the sink as
// derived::ContactFacts and is forgotten. With a staff.yaml, a consultant it
// does not list is an error naming both files.

#include <functional>
#include <string>

#include "domain/derived/records.hpp"
#include "domain/staff.hpp"
#include "readers/csv/reader.hpp"

namespace ipskit::readers::records {

struct ContactsInput {
    std::string path;
    csv::CsvOptions csv;
    const Staff* staff = nullptr;  // nullptr: no staff.yaml given
    std::string staff_path;
};

// Throws util::Error with every problem found (up to 20). Returns the rows read.
long read_contacts(const ContactsInput& input, const std::function<void(const derived::ContactFacts&)>& sink);

// The error for a consultant that staff.yaml does not list, at `where` (a
// line of cases.csv or employer_contacts.csv).
util::Diagnostic unknown_consultant(util::Location where, std::string_view consultant, const Staff& staff,
                                    const std::string& staff_path);

}  // namespace ipskit::readers::records
