#include "readers/records/contacts.hpp"

#include <string_view>
#include <unordered_set>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/records/record_file.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::records {

namespace {

enum Column : std::size_t { consultant, date, employer, face_to_face, matches_preferences };

std::vector<csv::ColumnSpec> contact_columns() {
    return {
        {"consultant", {"konsulent", "ips_konsulent"}, true}, {"date", {"dato", "kontaktdato"}, true},
        {"employer", {"arbejdsgiver", "virksomhed"}, false},  {"face_to_face", {"ansigt_til_ansigt"}, false},
        {"matches_preferences", {"matcher_jobønske"}, false},
    };
}

std::string listed(const Staff& staff) {
    std::string all;
    for (const auto& m : staff.members) all += (all.empty() ? "" : ", ") + m.id;
    return all;
}

// The ids staff.yaml lists, for a look-up per contact: a national extract
// has thousands of consultants and millions of contacts.
using StaffIds = std::unordered_set<std::string_view>;

// Where staff.yaml's list of consultants begins, so that the message names
// a line of both files.
int first_line(const Staff& staff) {
    return staff.members.empty() ? 0 : staff.members.front().line;
}

void read_row(RecordFile& f, const ContactsInput& in, const StaffIds& ids, derived::ContactFacts& c) {
    c.line = f.line();
    c.consultant = f.text(consultant);
    f.require(consultant, "give the consultant who made the contact", "angiv konsulenten, der tog kontakten");
    if (!c.consultant.empty() && in.staff && !ids.count(c.consultant))
        f.problem(unknown_consultant(f.where(consultant), c.consultant, *in.staff, in.staff_path));
    const auto day = f.date(date);
    f.require(date, "give the date of the contact", "angiv datoen for kontakten");
    c.date = day.value_or(0);
    c.employer = f.text(employer);
    c.face_to_face = f.yes_no(face_to_face);
    c.matches_preferences = f.yes_no(matches_preferences);
}

}  // namespace

util::Diagnostic unknown_consultant(util::Location where, std::string_view name, const Staff& staff,
                                    const std::string& staff_path) {
    const std::string who = quoted_value(name);
    return {std::move(where),
            util::tr(fmt::format("consultant {} is not in {} (its list from line {} has {})", who, staff_path,
                                 first_line(staff), listed(staff)),
                     fmt::format("konsulent {} står ikke i {} (listen fra linje {} har {})", who, staff_path,
                                 first_line(staff), listed(staff))),
            util::tr(fmt::format("add {} to {} with their FTE, or correct the name", who, staff_path),
                     fmt::format("tilføj {} i {} med stillingsbrøk, eller ret navnet", who, staff_path))};
}

long read_contacts(const ContactsInput& input,
                   const std::function<void(const derived::ContactFacts&)>& sink) {
    RecordFile f(input.path, input.csv, contact_columns());
    StaffIds ids;
    if (input.staff)
        for (const auto& m : input.staff->members) ids.insert(m.id);
    long rows = 0;
    derived::ContactFacts c;
    while (f.next()) {
        ++rows;
        read_row(f, input, ids, c);
        if (f.row_ok()) sink(c);
    }
    f.finish();
    return rows;
}

}  // namespace ipskit::readers::records
