// A questionnaire is read in three steps: its header (scale, site, date,
// reviewers), the scale it names, then its ratings checked against that
// scale. Every problem found on the way is gathered and reported together.

#include "readers/review/reader.hpp"

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
    std::string checked_note(const Written& note) {
        if (note.text.size() > kMaxNoteBytes) {
            errors_.add(
                {note.where,
                 fmt::format(fmt::runtime(util::tr("the note is {} bytes long, over the limit of {} bytes",
                                                   "bemærkningen er {} byte lang, over grænsen på {} byte")),
                             note.text.size(), kMaxNoteBytes),
                 util::tr("shorten it to a few sentences; keep longer texts in the review's own documents",
                          "forkort den til et par sætninger; gem længere tekster i vurderingens egne "
                          "dokumenter")});
            return {};
        }
        return identifier_free(note, "note",
                               util::tr("the note holds what looks like a CPR number",
                                        "bemærkningen indeholder noget, der ligner et CPR-nummer"))
                   ? note.text
                   : std::string();
    }

    // A site, cluster or reviewer name: an error when it looks like a CPR number.
    void check_name(const Written& name, const char* field) {
        identifier_free(
            name, field,
            fmt::format(fmt::runtime(util::tr("the {} looks like a CPR number", "{} ligner et CPR-nummer")),
                        field));
    }

    std::map<std::string, long> allowed() const { return allowed_; }

private:
    bool identifier_free(const Written& text, const char* field, std::string what) {
        if (!looks_like_cpr(text.text)) return true;
        if (allow_identifiers_) {
            ++allowed_[field];
            return true;
        }
        errors_.add(
            {text.where, std::move(what),
             util::tr("remove it: reports must not identify a person; to keep it deliberately, run again "
                      "with --allow-identifiers",
                      "fjern den: rapporter må ikke kunne identificere en person; vil du beholde den med "
                      "vilje, så kør igen med --allow-identifiers")});
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
            errors.add({sheet_file,
                        fmt::format(fmt::runtime(util::tr("the ratings sheet does not say its {}",
                                                          "scoringsarket angiver ikke {}")),
                                    key),
                        fmt::format(fmt::runtime(util::tr("give {} on the command line",
                                                          "angiv {} på kommandolinjen")),
                                    option)});
        else
            errors.add(
                {at_file,
                 fmt::format(fmt::runtime(util::tr("the review does not say its {}",
                                                   "bedømmerskemaet angiver ikke {}")),
                             key),
                 fmt::format(fmt::runtime(util::tr("add '{}: ...' to the questionnaire or give {}",
                                                   "tilføj '{}: ...' i bedømmerskemaet, eller angiv {}")),
                             key, option)});
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
        in.error(node,
                 fmt::format(fmt::runtime(util::tr("{} must be plain text", "{} skal være almindelig tekst")),
                             key),
                 util::tr("write it on the same line as the key", "skriv den på samme linje som nøglen"));
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
                 fmt::format(fmt::runtime(util::tr("the rating of item '{}' must be a score or a map",
                                                   "scoren for punkt '{}' skal være en score eller et map")),
                             quoted_value(raw.item.text)),
                 util::tr("write e.g. '4' or '{ score: 4, note: \"...\" }'",
                          "skriv fx '4' eller '{ score: 4, note: \"...\" }'"));
        raw.score = Written{"?", in.where(value)};
        return raw;
    }
    in.refuse_duplicate_keys(value, "key");
    in.refuse_unknown_keys(value, {"score", "note", "no_fit", "value", "elements"}, "a rating");
    if (auto s = written(in, value, "score")) raw.score = s;
    if (auto v = written(in, value, "value")) raw.value = v;
    if (auto n = written(in, value, "note")) raw.note = notes.checked_note(*n);
    if (value["no_fit"]) {
        raw.no_fit = in.boolean(value["no_fit"], "no_fit").value_or(false);
        raw.no_fit_where = in.where(value["no_fit"]);
    }
    if (const yaml::Node e = value["elements"]) {
        raw.elements.emplace();
        if (!e.IsSequence() && !e.IsNull())
            in.error(e,
                     util::tr("elements must be a list of element ids",
                              "elements skal være en liste af element-id'er"),
                     util::tr("write e.g. 'elements: [shared_office, weekly_meeting]'",
                              "skriv fx 'elements: [shared_office, weekly_meeting]'"));
        for (const auto& id : e)
            if (id.IsScalar()) raw.elements->push_back({id.Scalar(), in.where(id)});
    }
    return raw;
}

LoadedReview read_yaml_review(const std::string& path, const ReviewDefaults& defaults,
                              const ScaleLoader& load_scale) {
    const yaml::Node root = yaml::load_file(path);
    if (!root.IsMap())
        throw util::Error(
            {path, 1, 1},
            util::tr("a questionnaire must be a YAML map", "et bedømmerskema skal være et YAML-map"),
            util::tr("start with 'scale: ips-25' (see 'ipskit template')",
                     "begynd med 'scale: ips-25' (se 'ipskit template')"));
    yaml::NodeReader in(path, kErrorLimit);
    in.refuse_duplicate_keys(root, "key");
    in.refuse_unknown_keys(
        root, {"scale", "site", "review_date", "reviewer", "reviewers", "cluster", "consensus", "ratings"},
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
    LoadedReview loaded{std::move(scale), std::move(review), {}};
    const yaml::Node ratings = root["ratings"];
    if (!ratings || !ratings.IsMap()) {
        in.error(ratings ? ratings : root,
                 util::tr("the questionnaire has no ratings", "bedømmerskemaet har ingen scorer"),
                 util::tr("add 'ratings:' with one 'ITEM: SCORE' line per item (see 'ipskit template')",
                          "tilføj 'ratings:' med én linje 'PUNKT: SCORE' pr. punkt (se 'ipskit template')"));
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
const std::vector<csv::ColumnSpec> kSheetColumns = {{"item", {}, true},
                                                    {"score", {}, true},
                                                    {"value", {}, false},
                                                    {"note", {}, false},
                                                    {"no_fit", {}, false}};

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
    if (auto no_fit = cell("no_fit")) {
        const csv::Parsed<bool> answer = csv::parse_yes_no(no_fit->text);
        if (!answer.ok())
            errors.add(
                {no_fit->where,
                 fmt::format(fmt::runtime(util::tr("no_fit must be yes or no, not '{}'",
                                                   "no_fit skal være ja eller nej, ikke '{}'")),
                             quoted_value(no_fit->text)),
                 util::tr("write yes/no, ja/nej or true/false", "skriv ja/nej, yes/no eller true/false")});
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
        for (auto& d : diagnostics)
            d.fix = util::tr("the first line must be the header 'item,score,note'",
                             "første linje skal være overskriften 'item,score,note'");
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
