#pragma once
// A site's employment specialists (IPS-konsulenter) as staff.yaml lists them:
// what the fidelity items on staffing and time in the community rest on.
// Specialists are staff, not participants, so their ids may appear in
// reports; participants never do.

#include <optional>
#include <string>
#include <vector>

namespace ipskit {

struct StaffMember {
    std::string id;    // the consultant's id or initials, as cases.csv writes it
    double fte = 1.0;  // full-time equivalent (stillingsbrøk), 0 < fte <= 1
    // Share of working time on employment services, 0..1 (item 2); empty when
    // staff.yaml does not say.
    std::optional<double> employment_share;
    // Scheduled hours a week, and of them the hours outside the office
    // (item 24); empty when not known.
    std::optional<double> hours_per_week;
    std::optional<double> community_hours_per_week;
    int line = 0;  // where staff.yaml names this specialist, for errors naming both files
};

struct Staff {
    std::string site;  // empty when staff.yaml does not name one
    // Hours of a full-time post, used where a member has no hours_per_week
    // of their own (37 in Denmark).
    double full_time_hours = 37.0;
    std::vector<StaffMember> members;

    // nullptr when no member has this id.
    const StaffMember* find(const std::string& id) const {
        for (const auto& m : members)
            if (m.id == id) return &m;
        return nullptr;
    }
};

}  // namespace ipskit
