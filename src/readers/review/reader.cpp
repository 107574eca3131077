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
#include "readers/review/review_header.hpp"
#include "readers/review/workbook_review.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

// RATINGS.CSV and REVIEW.XLSX, as Windows may name them, are read by their
// extension too.
bool has_extension(const std::string& file, std::string_view wanted) {
    if (file.size() <= wanted.size()) return false;
    std::string ext = file.substr(file.size() - wanted.size());
    for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return ext == wanted;
}

bool is_ratings_sheet(const std::string& file) {
    return has_extension(file, ".csv");
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
    in.refuse_duplicate_keys(value, util::tr("key", "nøglen"));
    in.refuse_unknown_keys(value, {"score", "note", "no_fit", "value", "elements", "recommendations"},
                           util::tr("a rating", "en score"));
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

std::string read_date(yaml::NodeReader& in, const yaml::Node& node, const char* key) {
    if (!node.IsScalar()) {
        in.error(node, fmt::format(fmt::runtime(util::tr("{} must be a date", "{} skal være en dato")), key),
                 util::tr("write it as YYYY-MM-DD", "skriv den som ÅÅÅÅ-MM-DD"));
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
            in.refuse_duplicate_keys(node, util::tr("key", "nøglen"));
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
        throw util::Error(
            {path, 1, 1},
            util::tr("a questionnaire must be a YAML map", "et bedømmerskema skal være et YAML-map"),
            util::tr("start with 'scale: ips-25' (see 'ipskit template')",
                     "begynd med 'scale: ips-25' (se 'ipskit template')"));
    yaml::NodeReader in(path, kReviewErrorLimit);
    in.refuse_duplicate_keys(root, util::tr("key", "nøglen"));
    in.refuse_unknown_keys(
        root,
        {"scale", "site", "review_date", "reviewer", "reviewers", "cluster", "consensus", "review_type",
         "review_period", "visit_dates", "summary", "recommendations", "ratings"},
        "a questionnaire");
    Header header = yaml_header(in, root, defaults);
    Review review;
    ShownTextChecker shown(defaults.allow_identifiers, in.errors());
    const util::Location at_file{path, 1, 1};
    const auto missing = [&](const char* key, const char* option) {
        in.errors().add(
            {at_file,
             fmt::format(
                 fmt::runtime(util::tr("the review does not say its {}", "bedømmerskemaet angiver ikke {}")),
                 key),
             fmt::format(fmt::runtime(util::tr("add '{}: ...' to the questionnaire or give {}",
                                               "tilføj '{}: ...' i bedømmerskemaet, eller angiv {}")),
                         key, option)});
    };
    Scale scale = header_and_scale(header, review, load_scale, shown, in.errors(),
                                   unless_unfinished(defaults, missing));
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
        resolve_ratings(loaded.scale, raw, in.where(yaml::key_node(root, "ratings")), in.errors(),
                        defaults.allow_unfinished, defaults.allow_open_items ? &loaded.open_items : nullptr);
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
    csv::CsvOptions options = defaults.csv;
    options.title_row = true;  // the ratings sheet of 'ipskit template' opens with one
    csv::CsvReader reader(path, options);
    const csv::ColumnResolver columns = sheet_columns(reader);
    util::ErrorCollector errors(kReviewErrorLimit);
    Header header{from_option(path, defaults.scale),
                  from_option(path, defaults.site),
                  from_option(path, defaults.review_date),
                  {}};
    if (!defaults.reviewer.empty()) header.reviewers.push_back(*from_option(path, defaults.reviewer));
    Review review;
    ShownTextChecker notes(defaults.allow_identifiers, errors);
    const util::Location sheet_file{path, 0, 0};
    const auto missing = [&](const char* key, const char* option) {
        errors.add(
            {sheet_file,
             fmt::format(fmt::runtime(util::tr("the ratings sheet does not say its {}",
                                               "scoringsarket angiver ikke {}")),
                         key),
             fmt::format(fmt::runtime(util::tr("give {} on the command line", "angiv {} på kommandolinjen")),
                         option)});
    };
    Scale scale =
        header_and_scale(header, review, load_scale, notes, errors, unless_unfinished(defaults, missing));
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
    loaded.review.ratings =
        resolve_ratings(loaded.scale, raw, reader.header_location(), errors, defaults.allow_unfinished,
                        defaults.allow_open_items ? &loaded.open_items : nullptr);
    errors.throw_if_any();
    loaded.identifiers_allowed = notes.allowed();
    return loaded;
}

}  // namespace

LoadedReview read_review(const std::string& path, const ReviewDefaults& defaults,
                         const ScaleLoader& load_scale) {
    LoadedReview loaded = is_ratings_sheet(path)         ? read_csv_review(path, defaults, load_scale)
                          : has_extension(path, ".xlsx") ? read_workbook_review(path, defaults, load_scale)
                                                         : read_yaml_review(path, defaults, load_scale);
    loaded.review.file = std::filesystem::path(path).filename().string();
    return loaded;
}

}  // namespace ipskit::readers::review
