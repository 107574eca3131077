#pragma once
// The reporting period: a closed course belongs to it when its end date falls
// in it, a cohort when its start date does. No period means every course.

#include <optional>

#include "domain/outcomes/case.hpp"

namespace ipskit::outcomes {

struct Period {
    std::optional<DayNumber> from;  // first day, inclusive
    std::optional<DayNumber> to;    // last day, inclusive

    bool is_everything() const { return !from && !to; }
    bool contains(DayNumber day) const { return (!from || day >= *from) && (!to || day <= *to); }
    bool is_before(DayNumber day) const { return from && day < *from; }
};

}  // namespace ipskit::outcomes
