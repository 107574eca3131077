#include "readers/review/review_header.hpp"

#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

// "the note" / "bemærkningen": the field a message is about, in its language.
std::string shown_field(std::string_view field) {
    static const std::pair<std::string_view, std::string_view> danish[] = {
        {"note", "bemærkningen"},
        {"summary", "sammenfatningen"},
        {"recommendations", "anbefalingerne"},
        {"site", "stedet"},
        {"reviewer", "bedømmeren"},
        {"cluster", "klyngen"},
        {"recommendation", "anbefalingen"}};
    for (const auto& [en, da] : danish)
        if (en == field) return util::tr("the " + std::string(en), da);
    return "'" + std::string(field) + "'";
}

}  // namespace

std::string ShownTextChecker::checked_text(const Written& text, std::size_t max_bytes, const char* field) {
    if (text.text.size() > max_bytes) {
        errors_.add(
            {text.where,
             fmt::format(fmt::runtime(util::tr("{} is {} bytes long, over the limit of {} bytes",
                                               "{} er {} byte lang, over grænsen på {} byte")),
                         shown_field(field), text.text.size(), max_bytes),
             util::tr("shorten it to a few sentences; keep longer texts in the review's own documents",
                      "forkort den til et par sætninger; gem længere tekster i vurderingens egne "
                      "dokumenter")});
        return {};
    }
    return identifier_free(
               text, field,
               fmt::format(fmt::runtime(util::tr("{} holds what looks like a CPR number",
                                                 "{} indeholder noget, der ligner et CPR-nummer")),
                           shown_field(field)))
               ? text.text
               : std::string();
}

void ShownTextChecker::check_name(const Written& name, const char* field) {
    identifier_free(
        name, field,
        fmt::format(fmt::runtime(util::tr("{} looks like a CPR number", "{} ligner et CPR-nummer")),
                    shown_field(field)));
}

bool ShownTextChecker::identifier_free(const Written& text, const char* field, std::string what) {
    if (!looks_like_cpr(text.text)) return true;
    if (allow_identifiers_) {
        ++allowed_[field];
        return true;
    }
    errors_.add({text.where, std::move(what),
                 util::tr("remove it: reports must not identify a person; to keep it deliberately, run again "
                          "with --allow-identifiers",
                          "fjern den: rapporter må ikke kunne identificere en person; vil du beholde den med "
                          "vilje, så kør igen med --allow-identifiers")});
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
