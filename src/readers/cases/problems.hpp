#pragma once
// What the case reader gathers while it reads rows, shared by the CSV and the
// workbook paths: the problems found, and the latest date of a course.

#include <cstddef>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "domain/outcomes/case.hpp"
#include "readers/cases/reader.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"

namespace ipskit::readers::cases {

// Gathers problems: kept as errors to throw, or shown as warnings.
class Problems {
public:
    Problems(const CasesReadOptions& options, const WarningSink& warn) : options_(options), warn_(warn) {}

    // Problems of the CSV itself (a quote never closed, a wrong encoding)
    // can make the rest of the file unreadable, so they stop the run even
    // under keep_going.
    void add_fatal(const std::vector<util::Diagnostic>& diagnostics) {
        for (const auto& d : diagnostics) errors_.add(d);
    }
    // The first of `total` fatal problems; the rest are only counted.
    void add_fatal(const std::vector<util::Diagnostic>& first, std::size_t total) {
        add_fatal(first);
        errors_.add_not_shown(total - first.size());
    }
    // How many more errors will be shown.
    std::size_t room() const { return errors_.room(); }
    void add(const std::vector<util::Diagnostic>& row) {
        for (const auto& d : row) {
            if (!options_.keep_going)
                errors_.add(d);
            else if (shown_++ < options_.max_warnings)
                warn_(format_warning(d));
        }
    }
    void append(const Problems& later, int line_shift) { errors_.append(later.errors_, line_shift); }
    void finish() {
        if (shown_ > options_.max_warnings)
            warn_(fmt::format(
                fmt::runtime(util::by_count(static_cast<long long>(shown_ - options_.max_warnings),
                                            util::tr("... and {} more warning not shown",
                                                     "... og {} advarsel mere, som ikke er vist"),
                                            util::tr("... and {} more warnings not shown",
                                                     "... og {} advarsler mere, som ikke er vist"))),
                shown_ - options_.max_warnings));
        errors_.throw_if_any();
    }

private:
    static std::string format_warning(util::Diagnostic d) {
        d.what = util::tr("row left out: ", "række udeladt: ") + d.what;
        return util::format_warning(d);
    }

    const CasesReadOptions& options_;
    const WarningSink& warn_;
    util::ErrorCollector errors_;
    std::size_t shown_ = 0;
};

// The latest date a course gives, for the as-of date.
inline outcomes::DayNumber latest_day(const outcomes::Case& c) {
    outcomes::DayNumber day = c.start;
    for (const auto& other : {c.referral, c.first_employer_contact, c.outcome_date, c.end})
        if (other && *other > day) day = *other;
    return day;
}

}  // namespace ipskit::readers::cases
