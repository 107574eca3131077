#include "writers/reports/agreement_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "writers/reports/agreement_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace agreement_labels;

namespace {

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

std::vector<doc::Column> reviewer_columns(const ReviewerComparison& c) {
    std::vector<doc::Column> columns;
    for (std::size_t r = 0; r < c.reviews.size(); ++r)
        columns.push_back({fmt::format("reviewer_{}", r + 1), reviewer_names(*c.reviews[r])});
    return columns;
}

std::vector<doc::Cell> item_row(const ItemComparison& item, Lang lang) {
    std::vector<doc::Cell> row{doc::Cell::of_int(item.item->number),
                               doc::Cell::of_choice(item.item->id, item.item->name.in(lang))};
    for (const Rating* rating : item.ratings) row.push_back(doc::Cell::of_int(rating->score));
    row.push_back(doc::Cell::of_number(item.mean, 1));
    row.push_back(doc::Cell::of_int(item.spread));
    return row;
}

doc::Table items_table(const ReviewerComparison& c, const std::vector<const ItemComparison*>& items,
                       std::string id, std::string title, Lang lang) {
    doc::Table t{std::move(id),
                 std::move(title),
                 {{"item", kItem.in(lang)}, {"name", kName.in(lang)}},
                 {},
                 {},
                 {},
                 {}};
    for (auto& column : reviewer_columns(c)) t.columns.push_back(std::move(column));
    t.columns.push_back({"mean", kMean.in(lang)});
    t.columns.push_back({"difference", kSpread.in(lang)});
    for (const ItemComparison* item : items) t.add_row(item_row(*item, lang));
    return t;
}

doc::Table totals_table(const ReviewerComparison& c, Lang lang) {
    doc::Table t{"totals",
                 kTotals.in(lang),
                 {{"reviewer", kReviewer.in(lang)},
                  {"total", kTotal.in(lang)},
                  {"max", kMax.in(lang)},
                  {"level", kLevel.in(lang)}},
                 {},
                 {},
                 {kMeanNote.in(lang)},
                 {}};
    const int max = c.scale->total_max();
    for (std::size_t r = 0; r < c.reviews.size(); ++r) {
        const auto& total = c.totals[r];
        t.add_row({doc::Cell::of_text(reviewer_names(*c.reviews[r])), doc::Cell::of_int(total.total),
                   doc::Cell::of_int(max),
                   total.level ? doc::Cell::of_choice(total.level->id, total.level->name.in(lang))
                               : doc::Cell::blank()});
    }
    t.add_row({doc::Cell::undefined(kMeanOfReviewers.in(lang)), doc::Cell::of_number(c.mean_total, 1),
               doc::Cell::of_int(max), doc::Cell::blank()},
              true);
    return t;
}

// `id` names the statistic in JSON, the same in every language.
void add_statistic(doc::Table& t, const doc::Cell& pair, const char* id, const Text& label,
                   const stats::Coefficient& value, bool percent, Lang lang) {
    t.add_row({pair, doc::Cell::of_choice(id, label.in(lang)),
               coefficient_cell(value, percent ? 0 : 3, percent, lang),
               value.defined() ? doc::Cell::blank() : doc::Cell::of_text(value.undefined_reason.in(lang))});
}

doc::Table agreement_table(const ReviewerComparison& c, Lang lang) {
    doc::Table t{"agreement",
                 kAgreement.in(lang),
                 {{"reviewers", kPair.in(lang)},
                  {"statistic", kStatistic.in(lang)},
                  {"value", kValue.in(lang)},
                  {"undefined_reason", kReason.in(lang)}},
                 {},
                 {},
                 {f(kCategoriesNote, lang, c.scale->score_min, c.scale->score_max), kParadoxNote.in(lang)},
                 {}};
    for (const auto& p : c.pairs) {
        const std::string pair =
            reviewer_names(*c.reviews[p.first]) + " – " + reviewer_names(*c.reviews[p.second]);
        add_statistic(t, doc::Cell::of_text(pair), "exact_agreement", kExact, p.exact, true, lang);
        add_statistic(t, doc::Cell::of_text(pair), "within_one", kWithinOne, p.within_one, true, lang);
        add_statistic(t, doc::Cell::of_text(pair), "kappa", kKappa, p.kappa, false, lang);
        add_statistic(t, doc::Cell::of_text(pair), "weighted_kappa", kWeightedKappa, p.weighted_kappa, false,
                      lang);
        add_statistic(t, doc::Cell::of_text(pair), "ac1", kAc1, p.ac1, false, lang);
        add_statistic(t, doc::Cell::of_text(pair), "ac2", kAc2, p.ac2, false, lang);
        add_statistic(t, doc::Cell::of_text(pair), "icc_2_1", kIcc, p.icc, false, lang);
    }
    if (c.fleiss_kappa)
        add_statistic(t, doc::Cell::undefined(kAllReviewers.in(lang)), "fleiss_kappa", kFleiss,
                      *c.fleiss_kappa, false, lang);
    if (c.icc_all)
        add_statistic(t, doc::Cell::undefined(kAllReviewers.in(lang)), "icc_2_1", kIcc, *c.icc_all, false,
                      lang);
    return t;
}

}  // namespace

std::string reviewer_names(const Review& review) {
    return fmt::format("{}", fmt::join(review.reviewers, ", "));
}

doc::Cell coefficient_cell(const stats::Coefficient& c, int decimals, bool percent, Lang lang) {
    if (!c.defined()) return doc::Cell::undefined(kUndefined.in(lang));
    return percent ? doc::Cell::of_percent(*c.value, decimals) : doc::Cell::of_number(*c.value, decimals);
}

namespace {

// Each distinct value once, in order: one site normally, several with --allow-mixed.
std::string distinct(const ReviewerComparison& c, std::string Review::*field) {
    std::vector<std::string> values;
    for (const Review* review : c.reviews)
        if (std::find(values.begin(), values.end(), review->*field) == values.end())
            values.push_back(review->*field);
    return fmt::format("{}", fmt::join(values, "; "));
}

}  // namespace

doc::Document agreement_report(const ReviewerComparison& c, Lang lang) {
    std::vector<std::string> names;
    for (const Review* review : c.reviews) names.push_back(reviewer_names(*review));
    doc::Document d{"score", f(kTitle, lang, c.reviews.size()), {}, {}};
    d.facts = {
        {"scale", kScale.in(lang),
         doc::Cell::of_choice(c.scale->id, c.scale->name.in(lang) + " (" + c.scale->id + ")")},
        {"site", kSite.in(lang), doc::Cell::of_text(distinct(c, &Review::site))},
        {"review_date", kReviewDate.in(lang), doc::Cell::of_date(distinct(c, &Review::review_date))},
        {"reviewers", kReviewers.in(lang), doc::Cell::of_text(fmt::format("{}", fmt::join(names, "; ")))}};
    doc::Table discuss = items_table(c, c.to_discuss, "to_discuss", f(kDiscuss, lang, kDiscussSpread), lang);
    if (c.to_discuss.empty()) discuss.notes.push_back(kNoneToDiscuss.in(lang));
    d.blocks.push_back(std::move(discuss));
    std::vector<const ItemComparison*> all;
    for (const auto& item : c.items) all.push_back(&item);
    d.blocks.push_back(items_table(c, all, "items", kItems.in(lang), lang));
    d.blocks.push_back(totals_table(c, lang));
    d.blocks.push_back(agreement_table(c, lang));
    return d;
}

}  // namespace ipskit::writers::reports
