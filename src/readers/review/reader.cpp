// A questionnaire is read in three steps: its header (scale, site, date,
// reviewers), the scale it names, then its ratings checked against that
// scale. Every problem found on the way is gathered and reported together.

#include "readers/review/reader.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>
#include <string_view>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/csv/reader.hpp"
#include "readers/review/ratings.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

// Enough to list every item of an unfilled questionnaire, one line each.
constexpr std::size_t kErrorLimit = 100;
// A note is a few sentences in a report's table; a longer text is almost
// always something pasted by mistake, and would swamp every report format.
constexpr std::size_t kMaxNoteBytes = 10000;
// The review's summary and overall recommendations are a page at most.
constexpr std::size_t kMaxSummaryBytes = 20000;

// Checks each note as it is read: notes are copied into every report, and
// reports must never identify a person.
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
    std::string checked_text(const Written& text, std::size_t max_bytes, const char* field) {
        if (text.text.size() > max_bytes) {
            errors_.add({text.where,
                         fmt::format("the {} is {} bytes long, over the limit of {} bytes", field,
                                     text.text.size(), max_bytes),
                         "shorten it to a few sentences; keep longer texts in the review's own documents"});
            return {};
        }
        return identifier_free(text, field, fmt::format("the {} holds what looks like a CPR number", field))
                   ? text.text
                   : std::string();
    }

    // A site, cluster or reviewer name: an error when it looks like a CPR number.
    void check_name(const Written& name, const char* field) {
        identifier_free(name, field, fmt::format("the {} looks like a CPR number", field));
    }

    std::map<std::string, long> allowed() const { return allowed_; }

private:
    bool identifier_free(const Written& text, const char* field, std::string what) {
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

    bool allow_identifiers_;
    util::ErrorCollector& errors_;
    std::map<std::string, long> allowed_;
};

// The header fields and where they were written (or the file, for options).
struct Header {
    std::optional<Written> scale, site, date;
    std::vector<Written> reviewers;
};

// RATINGS.CSV, as Windows may name it, is a ratings sheet too.
bool is_ratings_sheet(const std::string& file) {
    if (file.size() <= 4) return false;
    std::string ext = file.substr(file.size() - 4);
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == ".csv";
}

// Checks the header; returns the scale, or throws every error so far when
// the scale cannot be loaded (nothing else can be checked without it).
Scale header_and_scale(const std::string& file, Header& header, Review& review, const ScaleLoader& load_scale,
                       ShownTextChecker& shown, util::ErrorCollector& errors) {
    const util::Location at_file{file, 1, 1};
    const util::Location sheet_file{file, 0, 0};
    const bool sheet = is_ratings_sheet(file);
    const auto missing = [&](const char* key, const char* option) {
        if (sheet)
            errors.add({sheet_file, fmt::format("the ratings sheet does not say its {}", key),
                        fmt::format("give {} on the command line", option)});
        else
            errors.add({at_file, fmt::format("the review does not say its {}", key),
                        fmt::format("add '{}: ...' to the questionnaire or give {}", key, option)});
    };
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

std::optional<Written> written(yaml::NodeReader& in, const yaml::Node& root, const char* key) {
    const yaml::Node node = root[key];
    if (!node || node.IsNull()) return std::nullopt;
    if (!node.IsScalar()) {
        in.error(node, fmt::format("{} must be plain text", key), "write it on the same line as the key");
        return std::nullopt;
    }
    if (node.Scalar().empty()) return std::nullopt;
    return Written{node.Scalar(), in.where(node)};
}

std::optional<Written> from_option(const std::string& file, const std::string& value) {
    if (value.empty()) return std::nullopt;
    return Written{value, {file, 0, 0}};
}

Header yaml_header(yaml::NodeReader& in, const yaml::Node& root, const ReviewDefaults& defaults) {
    Header h;
    h.scale = written(in, root, "scale");
    h.site = written(in, root, "site");
    h.date = written(in, root, "review_date");
    if (!h.scale) h.scale = from_option(in.file(), defaults.scale);
    if (!h.site) h.site = from_option(in.file(), defaults.site);
    if (!h.date) h.date = from_option(in.file(), defaults.review_date);
    // Two reviewers are the norm; `reviewer: A` and `reviewers: [A, B]` both work.
    for (const char* key : {"reviewer", "reviewers"}) {
        const yaml::Node node = root[key];
        if (node && node.IsSequence()) {
            for (const auto& r : node)
                if (r.IsScalar() && !r.Scalar().empty()) h.reviewers.push_back({r.Scalar(), in.where(r)});
        } else if (auto w = written(in, root, key)) {
            h.reviewers.push_back(*w);
        }
    }
    if (h.reviewers.empty() && !defaults.reviewer.empty())
        h.reviewers.push_back(*from_option(in.file(), defaults.reviewer));
    return h;
}

RawRating yaml_rating(yaml::NodeReader& in, const yaml::Node& key, const yaml::Node& value,
                      ShownTextChecker& notes) {
    RawRating raw;
    raw.item = {key.IsScalar() ? key.Scalar() : "", in.where(key)};
    if (!value || value.IsNull()) return raw;
    if (value.IsScalar()) {
        if (!value.Scalar().empty()) raw.score = Written{value.Scalar(), in.where(value)};
        return raw;
    }
    if (!value.IsMap()) {
        in.error(value,
                 fmt::format("the rating of item '{}' must be a score or a map", quoted_value(raw.item.text)),
                 "write e.g. '4' or '{ score: 4, note: \"...\" }'");
        raw.score = Written{"?", in.where(value)};
        return raw;
    }
    in.refuse_duplicate_keys(value, "key");
    in.refuse_unknown_keys(value, {"score", "note", "no_fit", "value", "elements", "recommendations"},
                           "a rating");
    if (auto s = written(in, value, "score")) raw.score = s;
    if (auto v = written(in, value, "value")) raw.value = v;
    if (auto n = written(in, value, "note")) raw.note = notes.checked_note(*n);
    if (auto r = written(in, value, "recommendations"))
        raw.recommendations = notes.checked_text(*r, kMaxNoteBytes, "recommendations");
    if (value["no_fit"]) {
        raw.no_fit = in.boolean(value["no_fit"], "no_fit").value_or(false);
        raw.no_fit_where = in.where(value["no_fit"]);
    }
    if (const yaml::Node e = value["elements"]) {
        raw.elements.emplace();
        if (!e.IsSequence() && !e.IsNull())
            in.error(e, "elements must be a list of element ids",
                     "write e.g. 'elements: [shared_office, weekly_meeting]'");
        for (const auto& id : e)
            if (id.IsScalar()) raw.elements->push_back({id.Scalar(), in.where(id)});
    }
    return raw;
}

std::string read_date(yaml::NodeReader& in, const yaml::Node& node, const char* key) {
    if (!node.IsScalar()) {
        in.error(node, fmt::format("{} must be a date", key), "write it as YYYY-MM-DD");
        return {};
    }
    const csv::Parsed<Date> date = csv::parse_date(node.Scalar());
    if (date.problem)
        in.errors().add({in.where(node), std::string(key) + ": " + date.problem->what, date.problem->fix});
    return date.value ? date.value->to_iso() : std::string();
}

void read_review_type(yaml::NodeReader& in, const yaml::Node& root, Review& review) {
    const auto type = written(in, root, "review_type");
    if (!type) return;
    review.review_type = parse_review_type(type->text);
    if (!review.review_type)
        in.errors().add({type->where,
                         fmt::format(fmt::runtime(util::tr("review_type '{}' is not a kind of review",
                                                           "review_type '{}' er ikke en slags vurdering")),
                                     quoted_value(type->text)),
                         util::tr("write external, guided_self_assessment or self_assessment",
                                  "skriv external, guided_self_assessment eller self_assessment")});
}

// `review_period: { from: DATE, to: DATE }` and `visit_dates: [DATE, ...]`.
void read_period(yaml::NodeReader& in, const yaml::Node& root, ReviewPeriod& period) {
    if (const yaml::Node node = root["review_period"]; node && !node.IsNull()) {
        if (!node.IsMap()) {
            in.error(node,
                     util::tr("review_period must be a map of from and to",
                              "review_period skal være et map med from og to"),
                     util::tr("write e.g. '{ from: 2020-05-01, to: 2020-10-31 }'",
                              "skriv fx '{ from: 2020-05-01, to: 2020-10-31 }'"));
        } else {
            in.refuse_duplicate_keys(node, "key");
            in.refuse_unknown_keys(node, {"from", "to"}, "review_period");
            if (const yaml::Node from = node["from"]) period.from = read_date(in, from, "from");
            if (const yaml::Node to = node["to"]) period.to = read_date(in, to, "to");
            if (!period.from.empty() && !period.to.empty() && period.to < period.from)
                in.error(node,
                         util::tr("review_period ends before it begins",
                                  "review_period slutter, før den begynder"),
                         util::tr("swap from and to", "byt om på from og to"));
        }
    }
    const yaml::Node visits = root["visit_dates"];
    if (!visits || visits.IsNull()) return;
    if (!visits.IsSequence()) {
        in.error(visits,
                 util::tr("visit_dates must be a list of dates", "visit_dates skal være en liste af datoer"),
                 util::tr("write e.g. '[2020-11-11, 2020-11-12]'", "skriv fx '[2020-11-11, 2020-11-12]'"));
        return;
    }
    for (const auto& d : visits)
        if (std::string date = read_date(in, d, "visit_dates"); !date.empty())
            period.visit_dates.push_back(date);
    std::sort(period.visit_dates.begin(), period.visit_dates.end());
    period.visit_dates.erase(std::unique(period.visit_dates.begin(), period.visit_dates.end()),
                             period.visit_dates.end());
}

// What reviewers write besides their ratings: the kind of review, its
// dates, the summary and the recommendations for the site as a whole.
void read_narrative(yaml::NodeReader& in, const yaml::Node& root, ShownTextChecker& shown, Review& review) {
    read_review_type(in, root, review);
    read_period(in, root, review.period);
    // A YAML block (`summary: |`) ends in a line break that is not part of the text.
    const auto trimmed = [](std::string text) {
        while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.pop_back();
        return text;
    };
    if (const auto s = written(in, root, "summary"))
        review.summary = trimmed(shown.checked_text(*s, kMaxSummaryBytes, "summary"));
    if (const auto r = written(in, root, "recommendations"))
        review.recommendations = trimmed(shown.checked_text(*r, kMaxSummaryBytes, "recommendations"));
}

LoadedReview read_yaml_review(const std::string& path, const ReviewDefaults& defaults,
                              const ScaleLoader& load_scale) {
    const yaml::Node root = yaml::load_file(path);
    if (!root.IsMap())
        throw util::Error({path, 1, 1}, "a questionnaire must be a YAML map",
                          "start with 'scale: ips-25' (see 'ipskit template')");
    yaml::NodeReader in(path, kErrorLimit);
    in.refuse_duplicate_keys(root, "key");
    in.refuse_unknown_keys(
        root,
        {"scale", "site", "review_date", "reviewer", "reviewers", "cluster", "consensus", "review_type",
         "review_period", "visit_dates", "summary", "recommendations", "ratings"},
        "a questionnaire");
    Header header = yaml_header(in, root, defaults);
    Review review;
    ShownTextChecker shown(defaults.allow_identifiers, in.errors());
    Scale scale = header_and_scale(path, header, review, load_scale, shown, in.errors());
    if (const auto cluster = written(in, root, "cluster")) {
        shown.check_name(*cluster, "cluster");
        review.cluster = cluster->text;
    }
    if (const yaml::Node marker = root["consensus"])
        review.consensus = in.boolean(marker, "consensus").value_or(false);
    read_narrative(in, root, shown, review);
    LoadedReview loaded{std::move(scale), std::move(review), {}};
    const yaml::Node ratings = root["ratings"];
    if (!ratings || !ratings.IsMap()) {
        in.error(ratings ? ratings : root, "the questionnaire has no ratings",
                 "add 'ratings:' with one 'ITEM: SCORE' line per item (see 'ipskit template')");
        in.errors().throw_if_any();
    }
    std::vector<RawRating> raw;
    for (const auto& pair : ratings) raw.push_back(yaml_rating(in, pair.first, pair.second, shown));
    loaded.identifiers_allowed = shown.allowed();
    loaded.review.ratings =
        resolve_ratings(loaded.scale, raw, in.where(yaml::key_node(root, "ratings")), in.errors());
    in.errors().throw_if_any();
    return loaded;
}

// The columns of a ratings sheet; item and score are required.
const std::vector<csv::ColumnSpec> kSheetColumns = {{"item", {}, true},    {"score", {}, true},
                                                    {"value", {}, false},  {"note", {}, false},
                                                    {"no_fit", {}, false}, {"recommendations", {}, false}};

RawRating csv_rating(const csv::CsvReader& reader, const csv::CsvRecord& record,
                     const csv::ColumnResolver& columns, ShownTextChecker& notes,
                     util::ErrorCollector& errors) {
    const auto cell = [&](const char* name) -> std::optional<Written> {
        const auto index = columns.find(name);
        if (!index || *index >= record.fields.size()) return std::nullopt;
        const std::string_view text = csv::trim(record.fields[*index]);
        if (text.empty()) return std::nullopt;
        return Written{std::string(text), reader.location(record, *index)};
    };
    RawRating raw;
    raw.item = cell("item").value_or(Written{"", reader.location(record, 0)});
    raw.score = cell("score");
    raw.value = cell("value");
    if (auto note = cell("note")) raw.note = notes.checked_note(*note);
    if (auto r = cell("recommendations"))
        raw.recommendations = notes.checked_text(*r, kMaxNoteBytes, "recommendations");
    if (auto no_fit = cell("no_fit")) {
        const csv::Parsed<bool> answer = csv::parse_yes_no(no_fit->text);
        if (!answer.ok())
            errors.add({no_fit->where,
                        fmt::format("no_fit must be yes or no, not '{}'", quoted_value(no_fit->text)),
                        "write yes/no, ja/nej or true/false"});
        raw.no_fit = answer.value.value_or(false);
        raw.no_fit_where = no_fit->where;
    }
    return raw;
}

// The sheet's columns. The shared resolver suggests --columns, which score
// does not have: the fix for a sheet is its header line.
csv::ColumnResolver sheet_columns(const csv::CsvReader& reader) {
    try {
        return csv::ColumnResolver(kSheetColumns, reader.header(), reader.header_location());
    } catch (const util::Error& e) {
        std::vector<util::Diagnostic> diagnostics = e.diagnostics();
        for (auto& d : diagnostics) d.fix = "the first line must be the header 'item,score,note'";
        throw util::Error(std::move(diagnostics));
    }
}

LoadedReview read_csv_review(const std::string& path, const ReviewDefaults& defaults,
                             const ScaleLoader& load_scale) {
    csv::CsvReader reader(path, defaults.csv);
    const csv::ColumnResolver columns = sheet_columns(reader);
    util::ErrorCollector errors(kErrorLimit);
    Header header{from_option(path, defaults.scale),
                  from_option(path, defaults.site),
                  from_option(path, defaults.review_date),
                  {}};
    if (!defaults.reviewer.empty()) header.reviewers.push_back(*from_option(path, defaults.reviewer));
    Review review;
    ShownTextChecker notes(defaults.allow_identifiers, errors);
    Scale scale = header_and_scale(path, header, review, load_scale, notes, errors);
    LoadedReview loaded{std::move(scale), std::move(review), {}};
    std::vector<RawRating> raw;
    csv::CsvRecord record;
    bool unreadable = false;
    for (;;) {
        try {
            if (!reader.next(record)) break;
        } catch (const util::Error& e) {
            // A ragged row is skipped and reading goes on; after any other
            // error next() returns false.
            errors.add_all(e);
            unreadable = true;
            continue;
        }
        raw.push_back(csv_rating(reader, record, columns, notes, errors));
    }
    // Items in rows that could not be read would only be reported as missing.
    if (unreadable) errors.throw_if_any();
    loaded.review.ratings = resolve_ratings(loaded.scale, raw, reader.header_location(), errors);
    errors.throw_if_any();
    loaded.identifiers_allowed = notes.allowed();
    return loaded;
}

}  // namespace

LoadedReview read_review(const std::string& path, const ReviewDefaults& defaults,
                         const ScaleLoader& load_scale) {
    LoadedReview loaded = is_ratings_sheet(path) ? read_csv_review(path, defaults, load_scale)
                                                 : read_yaml_review(path, defaults, load_scale);
    loaded.review.file = std::filesystem::path(path).filename().string();
    return loaded;
}

}  // namespace ipskit::readers::review
