#include "writers/reports/agreement_report.hpp"

#include <algorithm>

#include <fmt/format.h>

namespace ipskit::writers::reports {

namespace {

struct Labels {
    Text title{"Fidelity review by {} reviewers", "Fidelitetsvurdering ved {} bedømmere"};
    Text scale{"Scale", "Skala"};
    Text site{"Site", "Sted"};
    Text date{"Review date", "Dato for vurdering"};
    Text reviewers{"Reviewers", "Bedømmere"};
    Text discuss{"Items to discuss first: scores {} or more points apart",
                 "Punkter at drøfte først: scorer {} eller flere point fra hinanden"};
    Text none_to_discuss{"No item's scores are that far apart.",
                         "Ingen punkters scorer ligger så langt fra hinanden."};
    Text items{"Item scores side by side", "Punkternes scorer side om side"};
    Text item{"Item", "Punkt"};
    Text name{"Name", "Navn"};
    Text mean{"Mean", "Gennemsnit"};
    Text spread{"Difference", "Forskel"};
    Text totals{"Totals and fidelity levels", "Totaler og fidelitetsniveauer"};
    Text reviewer{"Reviewer", "Bedømmer"};
    Text total{"Total", "Total"};
    Text max{"Max", "Maks"};
    Text level{"Level", "Niveau"};
    Text mean_of_reviewers{"Mean of the reviewers", "Gennemsnit af bedømmerne"};
    Text mean_note{
        "The official score is the consensus the reviewers agree on (ipskit consensus), not the mean.",
        "Den officielle score er den konsensus, bedømmerne enes om (ipskit consensus), ikke gennemsnittet."};
    Text agreement{"Agreement between the reviewers", "Enighed mellem bedømmerne"};
    Text pair{"Reviewers", "Bedømmere"};
    Text statistic{"Statistic", "Mål"};
    Text value{"Value", "Værdi"};
    Text reason{"Why undefined", "Hvorfor udefineret"};
    Text all{"all reviewers", "alle bedømmere"};
    Text undefined{"undefined", "udefineret"};
    Text categories_note{
        "Every coefficient is computed over the scale's categories {}–{}, not only the scores that occur.",
        "Alle koefficienter er beregnet over skalaens kategorier {}–{}, ikke kun de scorer, der forekommer."};
    Text paradox_note{
        "Fidelity ratings crowd at 4–5, where kappa can fall near 0 although the reviewers almost always "
        "agree (the "
        "kappa paradox); read it beside raw agreement and Gwet's AC1/AC2, which stay high in that case.",
        "Fidelitetsscorer samler sig ved 4–5, hvor kappa kan falde mod 0, selv om bedømmerne næsten altid er "
        "enige "
        "(kappa-paradokset); læs den sammen med den rå enighed og Gwets AC1/AC2, som forbliver høje i det "
        "tilfælde."};
};

const Labels L;

struct StatisticLabels {
    Text exact{"Exact agreement", "Præcis enighed"};
    Text within_one{"Agreement within one point", "Enighed inden for ét point"};
    Text kappa{"Cohen's kappa", "Cohens kappa"};
    Text weighted_kappa{"Cohen's kappa, quadratic weights", "Cohens kappa, kvadratiske vægte"};
    Text ac1{"Gwet's AC1", "Gwets AC1"};
    Text ac2{"Gwet's AC2, quadratic weights", "Gwets AC2, kvadratiske vægte"};
    Text icc{"ICC(2,1): two-way random, absolute agreement, single rater",
             "ICC(2,1): tosidet tilfældig, absolut enighed, enkelt bedømmer"};
    Text fleiss{"Fleiss' kappa", "Fleiss' kappa"};
};

const StatisticLabels S;

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
                               doc::Cell::of_text(item.item->name.in(lang))};
    for (const Rating* rating : item.ratings) row.push_back(doc::Cell::of_int(rating->score));
    row.push_back(doc::Cell::of_number(item.mean, 1));
    row.push_back(doc::Cell::of_int(item.spread));
    return row;
}

doc::Table items_table(const ReviewerComparison& c, const std::vector<const ItemComparison*>& items,
                       std::string id, std::string title, Lang lang) {
    doc::Table t{std::move(id),
                 std::move(title),
                 {{"item", L.item.in(lang)}, {"name", L.name.in(lang)}},
                 {},
                 {},
                 {},
                 {}};
    for (auto& column : reviewer_columns(c)) t.columns.push_back(std::move(column));
    t.columns.push_back({"mean", L.mean.in(lang)});
    t.columns.push_back({"difference", L.spread.in(lang)});
    for (const ItemComparison* item : items) t.add_row(item_row(*item, lang));
    return t;
}

doc::Table totals_table(const ReviewerComparison& c, Lang lang) {
    doc::Table t{"totals",
                 L.totals.in(lang),
                 {{"reviewer", L.reviewer.in(lang)},
                  {"total", L.total.in(lang)},
                  {"max", L.max.in(lang)},
                  {"level", L.level.in(lang)}},
                 {},
                 {},
                 {L.mean_note.in(lang)},
                 {}};
    const int max = c.scale->total_max();
    for (std::size_t r = 0; r < c.reviews.size(); ++r) {
        const auto& total = c.totals[r];
        t.add_row({doc::Cell::of_text(reviewer_names(*c.reviews[r])), doc::Cell::of_int(total.total),
                   doc::Cell::of_int(max),
                   total.level ? doc::Cell::of_text(total.level->name.in(lang)) : doc::Cell::blank()});
    }
    t.add_row({doc::Cell::of_text(L.mean_of_reviewers.in(lang)), doc::Cell::of_number(c.mean_total, 1),
               doc::Cell::of_int(max), doc::Cell::blank()},
              true);
    return t;
}

void add_statistic(doc::Table& t, const std::string& pair, const Text& label, const stats::Coefficient& value,
                   bool percent, Lang lang) {
    t.add_row({doc::Cell::of_text(pair), doc::Cell::of_text(label.in(lang)),
               coefficient_cell(value, percent ? 0 : 3, percent, lang),
               value.defined() ? doc::Cell::blank() : doc::Cell::of_text(value.undefined_reason)});
}

doc::Table agreement_table(const ReviewerComparison& c, Lang lang) {
    doc::Table t{
        "agreement",
        L.agreement.in(lang),
        {{"reviewers", L.pair.in(lang)},
         {"statistic", L.statistic.in(lang)},
         {"value", L.value.in(lang)},
         {"undefined_reason", L.reason.in(lang)}},
        {},
        {},
        {f(L.categories_note, lang, c.scale->score_min, c.scale->score_max), L.paradox_note.in(lang)},
        {}};
    for (const auto& p : c.pairs) {
        const std::string pair =
            reviewer_names(*c.reviews[p.first]) + " – " + reviewer_names(*c.reviews[p.second]);
        add_statistic(t, pair, S.exact, p.exact, true, lang);
        add_statistic(t, pair, S.within_one, p.within_one, true, lang);
        add_statistic(t, pair, S.kappa, p.kappa, false, lang);
        add_statistic(t, pair, S.weighted_kappa, p.weighted_kappa, false, lang);
        add_statistic(t, pair, S.ac1, p.ac1, false, lang);
        add_statistic(t, pair, S.ac2, p.ac2, false, lang);
        add_statistic(t, pair, S.icc, p.icc, false, lang);
    }
    if (c.fleiss_kappa) add_statistic(t, L.all.in(lang), S.fleiss, *c.fleiss_kappa, false, lang);
    if (c.icc_all) add_statistic(t, L.all.in(lang), S.icc, *c.icc_all, false, lang);
    return t;
}

}  // namespace

std::string reviewer_names(const Review& review) {
    return fmt::format("{}", fmt::join(review.reviewers, ", "));
}

doc::Cell coefficient_cell(const stats::Coefficient& c, int decimals, bool percent, Lang lang) {
    if (!c.defined()) return doc::Cell::undefined(L.undefined.in(lang));
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
    doc::Document d{"score", f(L.title, lang, c.reviews.size()), {}, {}};
    d.facts = {
        {"scale", L.scale.in(lang), doc::Cell::of_text(c.scale->name.in(lang) + " (" + c.scale->id + ")")},
        {"site", L.site.in(lang), doc::Cell::of_text(distinct(c, &Review::site))},
        {"review_date", L.date.in(lang), doc::Cell::of_text(distinct(c, &Review::review_date))},
        {"reviewers", L.reviewers.in(lang), doc::Cell::of_text(fmt::format("{}", fmt::join(names, "; ")))}};
    doc::Table discuss = items_table(c, c.to_discuss, "to_discuss", f(L.discuss, lang, kDiscussSpread), lang);
    if (c.to_discuss.empty()) discuss.notes.push_back(L.none_to_discuss.in(lang));
    d.blocks.push_back(std::move(discuss));
    std::vector<const ItemComparison*> all;
    for (const auto& item : c.items) all.push_back(&item);
    d.blocks.push_back(items_table(c, all, "items", L.items.in(lang), lang));
    d.blocks.push_back(totals_table(c, lang));
    d.blocks.push_back(agreement_table(c, lang));
    return d;
}

}  // namespace ipskit::writers::reports
