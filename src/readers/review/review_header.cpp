#include "readers/review/review_header.hpp"

#include <string_view>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"

namespace ipskit::readers::review {

namespace {

// A note is a few sentences in a report's table; a longer text is almost
// always something pasted by mistake, and would swamp every report format.
constexpr std::size_t kMaxNoteBytes = 10000;

}  // namespace

std::string ShownTextChecker::checked_note(const Written& note) {
    if (note.text.size() > kMaxNoteBytes) {
        errors_.add({note.where,
                     fmt::format("the note is {} bytes long, over the limit of {} bytes", note.text.size(),
                                 kMaxNoteBytes),
                     "shorten it to a few sentences; keep longer texts in the review's own documents"});
        return {};
    }
    return identifier_free(note, "note", "the note holds what looks like a CPR number") ? note.text
                                                                                        : std::string();
}

void ShownTextChecker::check_name(const Written& name, const char* field) {
    identifier_free(name, field, fmt::format("the {} looks like a CPR number", field));
}

bool ShownTextChecker::identifier_free(const Written& text, const char* field, std::string what) {
    if (!looks_like_cpr(text.text)) return true;
    if (allow_identifiers_) {
        ++allowed_[field];
        return true;
    }
    errors_.add({text.where, std::move(what),
                 "remove it: reports must not identify a person; to keep it deliberately, run again "
                 "with --allow-identifiers"});
    return false;
}

std::optional<Written> from_option(const std::string& file, const std::string& value) {
    if (value.empty()) return std::nullopt;
    return Written{value, {file, 0, 0}};
}

MissingReporter unless_unfinished(const ReviewDefaults& defaults, MissingReporter missing) {
    if (!defaults.allow_unfinished) return missing;
    // Without its scale nothing of a review can be read, finished or not.
    return [missing = std::move(missing)](const char* key, const char* option) {
        if (std::string_view(key) == "scale") missing(key, option);
    };
}

Scale header_and_scale(Header& header, Review& review, const ScaleLoader& load_scale, ShownTextChecker& shown,
                       util::ErrorCollector& errors, const MissingReporter& missing) {
    if (!header.site) missing("site", "--site");
    if (!header.date) missing("review_date", "--date");
    if (header.reviewers.empty()) missing("reviewer", "--reviewer");
    if (header.date) {
        const csv::Parsed<Date> date = csv::parse_date(header.date->text);
        if (date.problem)
            errors.add({header.date->where, "review_date: " + date.problem->what, date.problem->fix});
        review.review_date = date.value ? date.value->to_iso() : "";
    }
    if (header.site) shown.check_name(*header.site, "site");
    for (const auto& r : header.reviewers) shown.check_name(r, "reviewer");
    review.site = header.site ? header.site->text : "";
    for (const auto& r : header.reviewers) review.reviewers.push_back(r.text);
    if (!header.scale) {
        missing("scale", "--scale");
        errors.throw_if_any();
    }
    review.scale_id = header.scale->text;
    try {
        return load_scale(header.scale->text, header.scale->where);
    } catch (const util::Error& e) {
        errors.add_all(e);
        errors.throw_if_any();
        throw;
    }
}

}  // namespace ipskit::readers::review
