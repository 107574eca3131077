#include "writers/reports/trend_report.hpp"

#include <fmt/format.h>

#include "domain/date.hpp"
#include "writers/reports/agreement_report.hpp"
#include "writers/reports/trend_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace trend_labels;

namespace {

// The change's id in JSON, the same in every language.
std::string change_id(Change c) {
    return c == Change::improved ? "improved" : c == Change::declined ? "declined" : "same";
}

const Text& change_text(Change c) {
    switch (c) {
        case Change::improved:
            return kImproved;
        case Change::declined:
            return kDeclined;
        case Change::same:
            break;
    }
    return kSame;
}

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

doc::Table totals_table(const Trend& t, Lang lang) {
    doc::Table table{"totals",
                     kTotals.in(lang),
                     {{"review_date", kReviewDate.in(lang)},
                      {"reviewers", kReviewers.in(lang)},
                      {"total", kTotal.in(lang)},
                      {"change", kChange.in(lang)},
                      {"level", kLevel.in(lang)}},
                     {},
                     {},
                     {},
                     {}};
    for (std::size_t r = 0; r < t.reviews.size(); ++r)
        table.add_row({doc::Cell::of_date(t.reviews[r]->review_date),
                       doc::Cell::of_text(reviewer_names(*t.reviews[r])), doc::Cell::of_int(t.totals[r]),
                       r == 0 ? doc::Cell::blank() : doc::Cell::of_int(t.changes[r]),
                       t.levels[r] ? doc::Cell::of_choice(t.levels[r]->id, t.levels[r]->name.in(lang))
                                   : doc::Cell::blank()});
    return table;
}

doc::Table sections_table(const Trend& t, Lang lang) {
    doc::Table table{"sections", kSections.in(lang), {{"section", kSection.in(lang)}}, {}, {}, {}, {}};
    for (const Review* review : t.reviews)
        table.columns.push_back(
            {review->review_date, date_for_reader(review->review_date, lang == Lang::da)});
    for (const auto& section : t.sections) {
        std::vector<doc::Cell> row{doc::Cell::of_choice(section.section->id, section.section->name.in(lang))};
        for (double mean : section.means) row.push_back(doc::Cell::of_number(mean, 2));
        table.add_row(std::move(row));
    }
    return table;
}

doc::Table items_table(const Trend& t, Lang lang) {
    doc::Table table{
        "items", kItems.in(lang), {{"item", kItem.in(lang)}, {"name", kName.in(lang)}}, {}, {}, {}, {}};
    for (std::size_t r = 0; r < t.reviews.size(); ++r) {
        table.columns.push_back(
            {t.reviews[r]->review_date, date_for_reader(t.reviews[r]->review_date, lang == Lang::da)});
        if (r > 0) table.columns.push_back({"change_" + t.reviews[r]->review_date, kChange.in(lang)});
    }
    table.columns.push_back({"first_to_last", kFirstLast.in(lang)});
    for (const auto& item : t.items) {
        std::vector<doc::Cell> row{doc::Cell::of_int(item.item->number),
                                   doc::Cell::of_choice(item.item->id, item.item->name.in(lang))};
        for (std::size_t r = 0; r < item.scores.size(); ++r) {
            row.push_back(doc::Cell::of_int(item.scores[r]));
            if (r > 0)
                row.push_back(doc::Cell::of_choice(change_id(item.steps[r - 1]),
                                                   change_text(item.steps[r - 1]).in(lang)));
        }
        row.push_back(doc::Cell::of_choice(change_id(item.overall), change_text(item.overall).in(lang)));
        table.add_row(std::move(row));
    }
    return table;
}

doc::Table priorities_table(const Trend& t, Lang lang) {
    doc::Table table{"priorities",
                     f(kPriorities, lang, t.priority_at_or_below),
                     {{"set_on", kSetOn.in(lang)},
                      {"checked_on", kCheckedOn.in(lang)},
                      {"item", kItem.in(lang)},
                      {"name", kName.in(lang)},
                      {"before", kBefore.in(lang)},
                      {"after", kAfter.in(lang)},
                      {"met", f(kMet, lang, t.priority_at_or_below + 1)}},
                     {},
                     {},
                     {},
                     {}};
    for (const auto& p : t.priorities)
        table.add_row({doc::Cell::of_date(t.reviews[p.review]->review_date),
                       doc::Cell::of_date(t.reviews[p.review + 1]->review_date),
                       doc::Cell::of_int(p.item->number),
                       doc::Cell::of_choice(p.item->id, p.item->name.in(lang)), doc::Cell::of_int(p.before),
                       doc::Cell::of_int(p.after), doc::Cell::of_flag(p.met, (p.met ? kYes : kNo).in(lang))});
    if (t.priorities.empty()) table.notes.push_back(kNone.in(lang));
    return table;
}

}  // namespace

doc::Document trend_report(const Trend& t, Lang lang) {
    const Review& first = *t.reviews.front();
    doc::Document d{"trend", f(kTitle, lang, first.site), {}, {}};
    d.facts = {{"scale", kScale.in(lang),
                doc::Cell::of_choice(t.scale->id, t.scale->name.in(lang) + " (" + t.scale->id + ")")},
               {"site", kSite.in(lang), doc::Cell::of_text(first.site)},
               {"reviews", kReviews.in(lang), doc::Cell::of_int(static_cast<long long>(t.reviews.size()))}};
    d.blocks.push_back(totals_table(t, lang));
    d.blocks.push_back(sections_table(t, lang));
    d.blocks.push_back(items_table(t, lang));
    d.blocks.push_back(priorities_table(t, lang));
    return d;
}

}  // namespace ipskit::writers::reports
