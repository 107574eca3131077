// The YAML questionnaire is meant to be filled in with a text editor during a
// review visit: each item is one line 'N: ' to complete, preceded by comments
// holding what a reviewer needs at hand (anchors, data sources, bands). Only
// the values are read back; the comments may be deleted freely.

#include "writers/questionnaire/template_writer.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "writers/questionnaire/template_labels.hpp"
#include "writers/questionnaire/yaml_text.hpp"
#include "writers/reports/scale_report.hpp"

namespace ipskit::writers::questionnaire {

// Labels are named constants, so a misspelt one does not compile.
using namespace template_labels;

namespace {

// The shortest text that reads back as the same number.
std::string figure(double x) {
    return fmt::format("{}", x);
}

// What follows "N:" for a rating: nothing, a bare score, or a map of what was given.
std::string rating_value(const Scale& scale, const Rating* rating) {
    if (!rating) return {};
    const bool scored = rating->score >= scale.score_min;
    std::vector<std::string> fields;
    if (scored) fields.push_back(fmt::format("score: {}", rating->score));
    if (rating->no_fit) fields.push_back("no_fit: true");
    if (rating->value) fields.push_back("value: " + figure(*rating->value));
    if (!rating->elements.empty()) {
        std::vector<std::string> ids;
        for (const auto& id : rating->elements) ids.push_back(yaml_quoted(id));
        fields.push_back(fmt::format("elements: [{}]", fmt::join(ids, ", ")));
    }
    if (!rating->note.empty()) fields.push_back("note: " + yaml_quoted(rating->note));
    if (!rating->recommendations.empty())
        fields.push_back("recommendations: " + yaml_quoted(rating->recommendations));
    if (fields.empty()) return {};
    if (fields.size() == 1 && scored) return fmt::format(" {}", rating->score);
    return fmt::format(" {{ {} }}", fmt::join(fields, ", "));
}

void item_block(const Item& item, Lang lang, std::string& out) {
    out += fmt::format("\n  # {}. {}{}\n", item.number, comment_text(item.name.in(lang)),
                       item.to_check ? " " + kToCheck.in(lang) : "");
    out += fmt::format("  #    {}\n", comment_text(item.description.in(lang)));
    out += fmt::format("  #    {}: {}\n", kSources.in(lang), fmt::join(item.data_sources, ", "));
    for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
        out += fmt::format("  #    {} = {}\n", it->first, comment_text(it->second.in(lang)));
    if (item.rule)
        out += "  #    " +
               fmt::format(fmt::runtime(kBands.in(lang)), comment_text(item.rule->metric.in(lang)),
                           reports::describe_unit(*item.rule, lang),
                           reports::describe_bands(item.rule->bands, lang)) +
               "\n";
    if (!item.elements.empty()) {
        out += "  #    " + kElements.in(lang) + "\n";
        for (const auto& e : item.elements)
            out += fmt::format("  #      {}: {}\n", e.id, comment_text(e.text.in(lang)));
        out += "  #    " +
               fmt::format(fmt::runtime(kElementScoring.in(lang)),
                           reports::describe_bands(item.element_scoring, lang)) +
               "\n";
    }
}

// The review's kind, dates, summary and recommendations; a key without a
// value has a comment saying what goes there (empty reads as not given).
std::string narrative(const Review& review, Lang lang) {
    std::vector<std::string> period;
    if (!review.period.from.empty()) period.push_back("from: " + yaml_quoted(review.period.from));
    if (!review.period.to.empty()) period.push_back("to: " + yaml_quoted(review.period.to));
    std::vector<std::string> visits;
    for (const auto& d : review.period.visit_dates) visits.push_back(yaml_quoted(d));
    const std::string values[] = {review.review_type ? review_type_id(*review.review_type) : "",
                                  period.empty() ? "" : fmt::format("{{ {} }}", fmt::join(period, ", ")),
                                  visits.empty() ? "" : fmt::format("[{}]", fmt::join(visits, ", ")),
                                  review.summary.empty() ? "" : yaml_quoted(review.summary),
                                  review.recommendations.empty() ? "" : yaml_quoted(review.recommendations)};
    const std::pair<const char*, const Text*> keys[] = {{"review_type", &kReviewTypeHint},
                                                        {"review_period", &kPeriodHint},
                                                        {"visit_dates", &kVisitHint},
                                                        {"summary", &kSummaryHint},
                                                        {"recommendations", &kRecommendationsHint}};
    std::string out;
    for (std::size_t i = 0; i < std::size(keys); ++i) {
        const auto& [key, hint] = keys[i];
        if (values[i].empty())
            out += fmt::format("{:<17}# {}\n", std::string(key) + ":", comment_text(hint->in(lang)));
        else
            out += fmt::format("{}: {}\n", key, values[i]);
    }
    return out;
}

// "Ratings sheet for ... (ips-25, 2008 scale, ...) — Hjørring, 2020-11-12, Mette
// Lund": the sheet opened alone says what it rates, where and when.
std::string sheet_title(const Scale& scale, const QuestionnaireHeader& header, Lang lang) {
    std::string title = fmt::format(fmt::runtime(kSheetTitle.in(lang)), scale.name.in(lang), scale.id,
                                    scale.version.in(lang));
    std::vector<std::string> about;
    for (const std::string* part : {&header.site, &header.review_date, &header.reviewer})
        if (!part->empty()) about.push_back(*part);
    if (!about.empty()) title += fmt::format(" — {}", fmt::join(about, ", "));
    return title;
}

// " VALUE" after a header key, or nothing when it is empty.
std::string header_value(const std::string& text) {
    return text.empty() ? std::string() : " " + yaml_quoted(text);
}

}  // namespace

std::string questionnaire_yaml(const Scale& scale, const QuestionnaireHeader& header, Lang lang) {
    Review review;
    review.site = header.site;
    review.review_date = header.review_date;
    if (!header.reviewer.empty()) review.reviewers.push_back(header.reviewer);
    return review_yaml(scale, review, lang);
}

std::string review_yaml(const Scale& scale, const Review& review, Lang lang) {
    std::string out =
        fmt::format(fmt::runtime(kIntro.in(lang)), scale.name.in(lang), scale.id, scale.version.in(lang),
                    scale.score_min, scale.score_max, scale.no_fit_score);
    out += "# " + reports::sources_legend(lang) + "\n";
    out += fmt::format("scale: {}\nsite:{}\nreview_date:{}\n", scale.id, header_value(review.site),
                       header_value(review.review_date));
    if (review.reviewers.size() > 1) {
        std::vector<std::string> names;
        for (const auto& r : review.reviewers) names.push_back(yaml_quoted(r));
        out += fmt::format("reviewers: [{}]\n", fmt::join(names, ", "));
    } else {
        out +=
            fmt::format("reviewer:{}\n", header_value(review.reviewers.empty() ? "" : review.reviewers[0]));
    }
    if (!review.cluster.empty()) out += "cluster: " + yaml_quoted(review.cluster) + "\n";
    if (review.consensus) out += "consensus: true\n";
    out += narrative(review, lang);
    out += "ratings:\n";
    std::string section;
    for (const auto& item : scale.items) {
        if (item.section != section) {
            section = item.section;
            out += fmt::format("\n  # ==== {} ====\n", scale.find_section(section)->name.in(lang));
        }
        item_block(item, lang, out);
        const auto rating = std::find_if(review.ratings.begin(), review.ratings.end(),
                                         [&](const Rating& r) { return r.item_number == item.number; });
        out += fmt::format("  {}:{}\n", item.number,
                           rating_value(scale, rating == review.ratings.end() ? nullptr : &*rating));
    }
    return out;
}

std::string questionnaire_csv(const Scale& scale, const QuestionnaireHeader& header, Lang lang,
                              doc::CsvDialect dialect) {
    const doc::CsvConventions csv = doc::conventions(dialect);
    const std::string d(1, csv.delimiter);
    const std::string end(doc::kCsvLineEnd);
    std::string out = csv.byte_order_mark ? std::string(doc::kUtf8ByteOrderMark) : std::string();
    out += doc::csv_title_row(sheet_title(scale, header, lang), 4, csv.delimiter) + end;
    // The name column is for the reviewer's eyes; the reader ignores it.
    out += "item" + d + "score" + d + "note" + d + kNameColumn.in(lang) + end;
    for (const auto& item : scale.items)
        out += item.id + d + d + d +
               doc::csv_text_field(fmt::format("{}. {}", item.number, item.name.in(lang)), csv.delimiter) +
               end;
    return out;
}

}  // namespace ipskit::writers::questionnaire
