// A questionnaire workbook is read in two passes over its first sheet's few
// rows: the rows with a key in column A are gathered, then read as a header
// block (up to the row of column keys) and one row per item, each followed
// by the rows of its elements. A cell may come back from Excel or
// LibreOffice as a number, a shared string, a boolean or a date where
// ipskit wrote text; each is read as the text it shows.

#include "readers/review/workbook_review.hpp"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "domain/review_type_words.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/review/ratings.hpp"
#include "readers/review/review_header.hpp"
#include "readers/xlsx/workbook.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

// A questionnaire has tens of rows; a sheet with far more keyed rows is not
// one, and is refused before it is held whole.
constexpr std::size_t kMaxKeyedRows = 5000;
// The header block holds its values in column E.
constexpr int kHeaderValueColumn = 5;

// The rows of the sheet that have a key in column A.
struct KeyedRows {
    std::string sheet;
    std::vector<xlsx::Row> rows;
};

KeyedRows keyed_rows(const std::string& path) {
    xlsx::Workbook book(path);
    xlsx::SheetReader sheet = book.sheet(0);
    KeyedRows out{sheet.name(), {}};
    for (xlsx::Row row; sheet.next(row);) {
        if (row.cells.empty() || row.cells[0].kind == xlsx::CellKind::empty) continue;
        if (out.rows.size() == kMaxKeyedRows)
            throw util::Error(
                {path, 0, 0},
                util::tr(
                    fmt::format("the first sheet has over {} rows with a key in column A, far more than "
                                "a questionnaire",
                                kMaxKeyedRows),
                    fmt::format("det første ark har over {} rækker med en nøgle i kolonne A, langt flere "
                                "end et bedømmerskema",
                                kMaxKeyedRows)),
                util::tr("give the questionnaire workbook written by 'ipskit template SCALE --xlsx FILE'",
                         "angiv den projektmappe, 'ipskit template SKALA --xlsx FIL' har skrevet"));
        out.rows.push_back(std::move(row));
    }
    return out;
}

// The text a cell shows: a whole number without decimals, a date as
// YYYY-MM-DD, a boolean as true or false; nothing for an empty cell.
std::optional<std::string> shown_text(const xlsx::Cell& cell) {
    switch (cell.kind) {
        case xlsx::CellKind::empty:
            return std::nullopt;
        case xlsx::CellKind::number:
            return fmt::format("{}", cell.number);
        case xlsx::CellKind::boolean:
            return cell.number != 0 ? "true" : "false";
        case xlsx::CellKind::date:
            return civil_from_days(static_cast<int>(std::floor(cell.number))).to_iso();
        case xlsx::CellKind::text:
        case xlsx::CellKind::error:
            break;
    }
    const std::string_view text = csv::trim(cell.text);
    if (text.empty()) return std::nullopt;
    return std::string(text);
}

class SheetReading {
public:
    SheetReading(const std::string& path, const KeyedRows& sheet, util::ErrorCollector& errors)
        : path_(path), sheet_(sheet), errors_(errors) {}

    util::Location at(int column, int row) const {
        return xlsx::cell_location(path_, sheet_.sheet, column, row);
    }

    // The cell at 1-based `column` of `row`, with where it is, if it has a value.
    std::optional<Written> cell(const xlsx::Row& row, int column) const {
        if (column < 1 || static_cast<std::size_t>(column) > row.cells.size()) return std::nullopt;
        auto text = shown_text(row.cells[static_cast<std::size_t>(column) - 1]);
        if (!text) return std::nullopt;
        return Written{std::move(*text), at(column, row.number)};
    }

    // A yes or no answer; nullopt when empty or not yes/no (an error then).
    std::optional<bool> yes_no(const std::optional<Written>& answer, const char* what) {
        if (!answer) return std::nullopt;
        const csv::Parsed<bool> parsed = csv::parse_yes_no(answer->text);
        if (!parsed.ok())
            errors_.add(
                {answer->where,
                 util::tr(
                     fmt::format("{} must be yes or no, not '{}'", what, quoted_value(answer->text)),
                     fmt::format("{} skal være ja eller nej, ikke '{}'", what, quoted_value(answer->text))),
                 util::tr("pick yes or no from the cell's list", "vælg ja eller nej på cellens liste")});
        return parsed.value;
    }

    util::ErrorCollector& errors() { return errors_; }
    const std::string& path() const { return path_; }

private:
    const std::string& path_;
    const KeyedRows& sheet_;
    util::ErrorCollector& errors_;
};

std::string key_of(const xlsx::Row& row) {
    return shown_text(row.cells[0]).value_or("");
}

// The row of column keys, which ends the header block.
std::size_t find_column_keys(const std::string& path, const KeyedRows& sheet) {
    for (std::size_t i = 0; i < sheet.rows.size(); ++i)
        if (key_of(sheet.rows[i]) == "columns") return i;
    throw util::Error(
        {path, 0, 0},
        util::tr(
            fmt::format("the sheet '{}' holds no questionnaire: it has no row of column keys", sheet.sheet),
            fmt::format("arket '{}' rummer intet bedømmerskema: det har ingen række med "
                        "kolonnenøgler",
                        sheet.sheet)),
        util::tr("fill in a workbook written by 'ipskit template SCALE --xlsx FILE'",
                 "udfyld en projektmappe skrevet af 'ipskit template SKALA --xlsx FIL'"));
}

const std::set<std::string> kNarrativeKeys = {"review_type", "period_from", "period_to",
                                              "visit_dates", "summary",     "recommendations"};

// What the header block gave, and where each key's row is (for an empty value).
struct WorkbookHeader {
    Header header;
    std::optional<Written> cluster;
    // review_type, period_from, period_to, visit_dates, summary, recommendations
    std::map<std::string, Written> narrative;
    std::optional<bool> consensus;
    std::map<std::string, int> rows;
};

// The field a one-value header key fills, or nullptr.
std::optional<Written>* header_field(WorkbookHeader& wb, const std::string& key) {
    if (key == "scale") return &wb.header.scale;
    if (key == "site") return &wb.header.site;
    if (key == "review_date") return &wb.header.date;
    if (key == "cluster") return &wb.cluster;
    return nullptr;
}

WorkbookHeader read_header(SheetReading& in, const KeyedRows& sheet, std::size_t end) {
    WorkbookHeader out;
    for (std::size_t i = 0; i < end; ++i) {
        const xlsx::Row& row = sheet.rows[i];
        const std::string key = key_of(row);
        out.rows.emplace(key, row.number);
        std::optional<Written> value = in.cell(row, kHeaderValueColumn);
        if (key == "reviewer") {
            if (value) out.header.reviewers.push_back(*value);
        } else if (key == "consensus") {
            out.consensus = in.yes_no(value, "consensus");
        } else if (auto field = header_field(out, key)) {
            *field = value;
        } else if (kNarrativeKeys.count(key)) {
            if (value) out.narrative.emplace(key, *value);
        } else {
            in.errors().add({in.at(4, row.number),
                             util::tr(fmt::format("unknown key '{}' in the header block", quoted_value(key)),
                                      fmt::format("ukendt nøgle '{}' i skemaets hoved", quoted_value(key))),
                             util::tr("keep the keys ipskit wrote in column A",
                                      "behold de nøgler, ipskit skrev i kolonne A")});
        }
    }
    return out;
}

// The 1-based column of each answer, from the row of column keys.
std::map<std::string, int> answer_columns(SheetReading& in, const xlsx::Row& keys) {
    std::map<std::string, int> columns;
    for (std::size_t c = 1; c < keys.cells.size(); ++c)
        if (auto key = shown_text(keys.cells[c])) columns.emplace(*key, static_cast<int>(c) + 1);
    bool complete = true;
    for (const char* needed : {"score", "no_fit", "value", "ticked", "note"}) {
        if (columns.count(needed)) continue;
        complete = false;
        in.errors().add({in.at(1, keys.number),
                         util::tr(fmt::format("the row of column keys has no '{}'", needed),
                                  fmt::format("rækken med kolonnenøgler mangler '{}'", needed)),
                         util::tr("write the questionnaire again with 'ipskit template SCALE --xlsx FILE'",
                                  "skriv bedømmerskemaet igen med 'ipskit template SKALA --xlsx FIL'")});
    }
    // Without its columns no rating can be read; the header's errors so far go with it.
    if (!complete) in.errors().throw_if_any();
    return columns;
}

// An element's yes or no, added to its item's elements; an element left
// empty is not counted either way.
void tick(SheetReading& in, const xlsx::Row& row, int ticked_column, const std::string& id, RawRating& item) {
    const std::optional<Written> answer = in.cell(row, ticked_column);
    const std::optional<bool> ticked = in.yes_no(answer, "ticked");
    if (!ticked) return;
    if (!item.elements) item.elements.emplace();
    if (*ticked) item.elements->push_back({id, answer->where});
}

// The ratings as written: one per item row, with the elements of the rows
// below it.
std::vector<RawRating> read_ratings(SheetReading& in, const KeyedRows& sheet, std::size_t keys_row,
                                    ShownTextChecker& shown) {
    const std::map<std::string, int> column = answer_columns(in, sheet.rows[keys_row]);
    std::vector<RawRating> raw;
    std::map<std::string, std::size_t> by_item;
    for (std::size_t i = keys_row + 1; i < sheet.rows.size(); ++i) {
        const xlsx::Row& row = sheet.rows[i];
        // Column A is hidden: a problem with the item is shown at its score,
        // which the reviewer sees.
        const Written item{key_of(row), in.at(column.at("score"), row.number)};
        if (const auto element = in.cell(row, 2)) {
            const auto owner = by_item.find(item.text);
            if (owner == by_item.end())
                in.errors().add({in.at(column.at("ticked"), row.number),
                                 util::tr("an element's row comes before the row of its item",
                                          "et elements række står før rækken med dets punkt"),
                                 util::tr("keep the rows in the order ipskit wrote them",
                                          "behold rækkerne i den rækkefølge, ipskit skrev dem")});
            else
                tick(in, row, column.at("ticked"), element->text, raw[owner->second]);
            continue;
        }
        RawRating r;
        r.item = item;
        r.score = in.cell(row, column.at("score"));
        r.value = in.cell(row, column.at("value"));
        if (auto note = in.cell(row, column.at("note"))) r.note = shown.checked_note(*note);
        // Optional: a questionnaire may leave out the column of recommendations.
        if (const auto c = column.find("recommendations"); c != column.end())
            if (auto text = in.cell(row, c->second))
                r.recommendations = shown.checked_text(*text, kMaxNoteBytes, "recommendations");
        if (const auto no_fit = in.cell(row, column.at("no_fit"))) {
            r.no_fit = in.yes_no(no_fit, "no_fit").value_or(false);
            r.no_fit_where = no_fit->where;
        }
        by_item.emplace(item.text, raw.size());
        raw.push_back(std::move(r));
    }
    return raw;
}

// A date of the header, as YYYY-MM-DD; empty (and an error) when it is not one.
std::string header_date(const Written& date, util::ErrorCollector& errors) {
    const csv::Parsed<Date> parsed = csv::parse_date(date.text);
    if (parsed.problem) errors.add({date.where, parsed.problem->what, parsed.problem->fix});
    return parsed.value ? parsed.value->to_iso() : std::string();
}

// The visit days: one date cell, or dates written with commas, semicolons or spaces between.
std::vector<std::string> visit_dates(const Written& cell, util::ErrorCollector& errors) {
    std::vector<std::string> dates;
    std::string text = cell.text;
    std::replace_if(
        text.begin(), text.end(), [](char c) { return c == ',' || c == ';'; }, ' ');
    std::size_t at = 0;
    while ((at = text.find_first_not_of(' ', at)) != std::string::npos) {
        const std::size_t end = std::min(text.find(' ', at), text.size());
        if (auto date = header_date({text.substr(at, end - at), cell.where}, errors); !date.empty())
            dates.push_back(date);
        at = end;
    }
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

void read_review_type(const Written& type, util::ErrorCollector& errors, Review& review) {
    review.review_type = parse_review_type_words(type.text);
    if (!review.review_type)
        errors.add({type.where,
                    util::tr(fmt::format("'{}' is not a kind of review", quoted_value(type.text)),
                             fmt::format("'{}' er ikke en slags vurdering", quoted_value(type.text))),
                    util::tr("pick external review, guided self-assessment or self-assessment from the "
                             "cell's list",
                             "vælg ekstern vurdering, guidet selvvurdering eller selvvurdering på cellens "
                             "liste")});
}

// The kind of review, its dates, summary and recommendations.
void read_narrative(const WorkbookHeader& wb, ShownTextChecker& shown, util::ErrorCollector& errors,
                    Review& review) {
    const auto given = [&](const char* key) {
        const auto it = wb.narrative.find(key);
        return it == wb.narrative.end() ? nullptr : &it->second;
    };
    if (const Written* type = given("review_type")) read_review_type(*type, errors, review);
    if (const Written* from = given("period_from")) review.period.from = header_date(*from, errors);
    if (const Written* to = given("period_to")) {
        review.period.to = header_date(*to, errors);
        if (!review.period.from.empty() && !review.period.to.empty() && review.period.to < review.period.from)
            errors.add({to->where,
                        util::tr("the records looked at end before they begin",
                                 "perioden for journalerne slutter, før den begynder"),
                        util::tr("swap the two dates", "byt om på de to datoer")});
    }
    if (const Written* visits = given("visit_dates"))
        review.period.visit_dates = visit_dates(*visits, errors);
    if (const Written* summary = given("summary"))
        review.summary = shown.checked_text(*summary, kMaxSummaryBytes, "summary");
    if (const Written* r = given("recommendations"))
        review.recommendations = shown.checked_text(*r, kMaxSummaryBytes, "recommendations");
}

// The label each header key has in the workbook, for saying which cell is empty.
std::string header_label(const std::string& key) {
    if (key == "site") return util::tr("Site", "Sted");
    if (key == "review_date") return util::tr("Review date", "Vurderingsdato");
    if (key == "reviewer") return util::tr("Reviewer", "Bedømmer");
    return util::tr("Scale", "Skala");
}

}  // namespace

LoadedReview read_workbook_review(const std::string& path, const ReviewDefaults& defaults,
                                  const ScaleLoader& load_scale) {
    const KeyedRows sheet = keyed_rows(path);
    util::ErrorCollector errors(kReviewErrorLimit);
    SheetReading in(path, sheet, errors);
    const std::size_t keys_row = find_column_keys(path, sheet);
    WorkbookHeader wb = read_header(in, sheet, keys_row);
    Header& header = wb.header;
    if (!header.scale) header.scale = from_option(path, defaults.scale);
    if (!header.site) header.site = from_option(path, defaults.site);
    if (!header.date) header.date = from_option(path, defaults.review_date);
    if (header.reviewers.empty() && !defaults.reviewer.empty())
        header.reviewers.push_back(*from_option(path, defaults.reviewer));
    const auto missing = [&](const char* key, const char* option) {
        const auto row = wb.rows.find(key);
        const util::Location where =
            row == wb.rows.end() ? util::Location{path, 0, 0} : in.at(kHeaderValueColumn, row->second);
        const std::string label = header_label(key);
        errors.add({where,
                    util::tr(fmt::format("the questionnaire's '{}' is not filled in", label),
                             fmt::format("feltet '{}' i bedømmerskemaet er ikke udfyldt", label)),
                    util::tr(fmt::format("fill it in, or give {}", option),
                             fmt::format("udfyld det, eller angiv {}", option))});
    };
    Review review;
    ShownTextChecker shown(defaults.allow_identifiers, errors);
    Scale scale =
        header_and_scale(header, review, load_scale, shown, errors, unless_unfinished(defaults, missing));
    if (wb.cluster) {
        shown.check_name(*wb.cluster, "cluster");
        review.cluster = wb.cluster->text;
    }
    review.consensus = wb.consensus.value_or(false);
    read_narrative(wb, shown, errors, review);
    LoadedReview loaded{std::move(scale), std::move(review), {}};
    const std::vector<RawRating> raw = read_ratings(in, sheet, keys_row, shown);
    loaded.identifiers_allowed = shown.allowed();
    loaded.review.ratings =
        resolve_ratings(loaded.scale, raw, in.at(1, sheet.rows[keys_row].number), errors,
                        defaults.allow_unfinished, defaults.allow_open_items ? &loaded.open_items : nullptr);
    errors.throw_if_any();
    return loaded;
}

}  // namespace ipskit::readers::review
