#pragma once
// What every kind of questionnaire (YAML, ratings sheet, workbook) checks
// alike once it has been read: the texts reports show, and the header of
// scale, site, date and reviewers, with the scale it names.

#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/review.hpp"
#include "readers/review/ratings.hpp"
#include "readers/review/reader.hpp"
#include "util/error.hpp"

namespace ipskit::readers::review {

// Enough to list every item of an unfilled questionnaire, one line each.
constexpr std::size_t kReviewErrorLimit = 100;
// A note is a few sentences in a report's table; a longer text is almost
// always something pasted by mistake, and would swamp every report format.
constexpr std::size_t kMaxNoteBytes = 10000;
// The review's summary and overall recommendations are a page at most.
constexpr std::size_t kMaxSummaryBytes = 20000;

// Checks the texts of a review that reports show: a note may be too long,
// and none may hold what looks like a CPR number, unless that is allowed
// (then it is counted, by field).
class ShownTextChecker {
public:
    ShownTextChecker(bool allow_identifiers, util::ErrorCollector& errors)
        : allow_identifiers_(allow_identifiers), errors_(errors) {}

    // The note, or an error at its place when it is too long or holds what
    // looks like a CPR number.
    std::string checked_note(const Written& note) { return checked_text(note, kMaxNoteBytes, "note"); }
    // A summary or recommendations (`field`), checked as a note is.
    std::string checked_text(const Written& text, std::size_t max_bytes, const char* field);
    // A site, cluster or reviewer name: an error when it looks like a CPR number.
    void check_name(const Written& name, const char* field);
    std::map<std::string, long> allowed() const { return allowed_; }

private:
    bool identifier_free(const Written& text, const char* field, std::string what);

    bool allow_identifiers_;
    util::ErrorCollector& errors_;
    std::map<std::string, long> allowed_;
};

// The header fields and where they were written (or the file, for options).
struct Header {
    std::optional<Written> scale, site, date;
    std::vector<Written> reviewers;
};

// An option's value as a header field written at `file`, or nothing when empty.
std::optional<Written> from_option(const std::string& file, const std::string& value);

// Reports a header field that was not given: its key and the option that gives it.
using MissingReporter = std::function<void(const char* key, const char* option)>;

// `missing`, or for a review still being filled in
// (ReviewDefaults::allow_unfinished) a reporter of the scale alone.
MissingReporter unless_unfinished(const ReviewDefaults& defaults, MissingReporter missing);

// Checks the header into `review`; returns the scale, or throws every error
// so far when the scale cannot be loaded (nothing else can be checked
// without it).
Scale header_and_scale(Header& header, Review& review, const ScaleLoader& load_scale, ShownTextChecker& shown,
                       util::ErrorCollector& errors, const MissingReporter& missing);

}  // namespace ipskit::readers::review
