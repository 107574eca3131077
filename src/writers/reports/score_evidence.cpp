#include "writers/reports/score_evidence.hpp"

#include <algorithm>
#include <cstdlib>

#include <fmt/format.h>

#include "domain/date.hpp"
#include "util/plural.hpp"
#include "writers/reports/derive_report.hpp"
#include "writers/reports/score_evidence_labels.hpp"

namespace ipskit::writers::reports {

using namespace score_evidence_labels;

namespace {

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

std::string iso(derived::DayNumber day) {
    return civil_from_days(day).to_iso();
}

std::string shown_date(derived::DayNumber day, Lang lang) {
    return date_for_reader(iso(day), lang == Lang::da);
}

// The figure as the scale compares it: a percentage, or a number with the
// rule's decimals (one at least, so that 20.4 per FTE is not shown as 20).
doc::Cell figure_cell(const derived::DerivedItem& d, const Item& item) {
    if (!d.value || !item.rule) return doc::Cell::blank();
    if (item.rule->unit == "percent") return doc::Cell::of_percent(*d.value / 100, item.rule->decimals);
    return doc::Cell::of_number(*d.value, std::max(item.rule->decimals, 1));
}

// The comparison in words: the reviewer's score against the records'.
std::string comparison(const ItemEvidence& e, Lang lang) {
    if (e.filled) return kFilled.in(lang);
    if (!e.rating) return kOpen.in(lang);
    if (!e.difference) return kNoDerived.in(lang);
    if (*e.difference == 0) return kSame.in(lang);
    const int points = std::abs(*e.difference);
    return f(*e.difference > 0 ? kHigher : kLower, lang, points,
             util::by_count(points, kPoint, kPoints).in(lang));
}

doc::Table evidence_table(const ReviewEvidence& ev, Lang lang) {
    doc::Table t{"derived",
                 kTitle.in(lang),
                 {{"number", kNumber.in(lang)},
                  {"item", kItem.in(lang)},
                  {"figure", kFigure.in(lang)},
                  {"n", kN.in(lang)},
                  {"derived_score", kDerivedScore.in(lang)},
                  {"rating", kRating.in(lang)},
                  {"difference", kDifference.in(lang)},
                  {"comparison", kComparison.in(lang)},
                  {"evidence", kEvidence.in(lang)}},
                 {},
                 {},
                 {},
                 {}};
    for (const ItemEvidence& e : ev.items) {
        const derived::DerivedItem& d = *e.derived;
        t.add_row({doc::Cell::of_int(e.item->number), doc::Cell::of_choice(e.item->id, e.item->name.in(lang)),
                   figure_cell(d, *e.item), doc::Cell::of_int(d.n),
                   d.score ? doc::Cell::of_int(*d.score) : doc::Cell::blank(),
                   e.rating ? doc::Cell::of_int(*e.rating) : doc::Cell::blank(),
                   e.difference ? doc::Cell::of_int(*e.difference) : doc::Cell::blank(),
                   doc::Cell::of_text(comparison(e, lang)), doc::Cell::of_text(derived_evidence(d, lang))});
    }
    const auto compared = std::count_if(ev.items.begin(), ev.items.end(),
                                        [](const ItemEvidence& e) { return e.difference.has_value(); });
    t.notes.push_back(ev.differing > 0 ? f(kDifferNote, lang, ev.differing, compared)
                                       : kNoneDifferNote.in(lang));
    return t;
}

std::string filled_items(const ReviewEvidence& ev) {
    std::vector<int> numbers;
    for (const auto& e : ev.items)
        if (e.filled) numbers.push_back(e.item->number);
    return fmt::format("{}", fmt::join(numbers, ", "));
}

}  // namespace

void add_review_evidence(doc::Document& document, const ReviewEvidence& ev, Lang lang) {
    const derived::DerivedResult& r = *ev.result;
    auto& blocks = document.blocks;
    // Right after the items table, where a reviewer reads the ratings.
    auto at = blocks.end();
    for (auto it = blocks.begin(); it != blocks.end(); ++it)
        if (auto* table = std::get_if<doc::Table>(&*it); table && table->id == "items") {
            if (ev.filled > 0) table->notes.push_back(f(kFilledNote, lang, filled_items(ev)));
            at = it + 1;
        }
    at = blocks.insert(at, doc::Paragraph{f(kIntro, lang, shown_date(*r.period.from, lang),
                                            shown_date(*r.period.to, lang), shown_date(r.as_of, lang))});
    blocks.insert(at + 1, evidence_table(ev, lang));
}

void add_evidence_columns(doc::Table& table, Lang lang) {
    table.columns.push_back({"derived_score", kDerivedScore.in(lang)});
    table.columns.push_back({"records", kComparison.in(lang)});
}

void add_evidence_cells(const ReviewEvidence& ev, int number, Lang lang, std::vector<doc::Cell>& row) {
    for (const ItemEvidence& e : ev.items) {
        if (e.item->number != number) continue;
        const derived::DerivedItem& d = *e.derived;
        row.push_back(d.score ? doc::Cell::of_int(*d.score) : doc::Cell::blank());
        row.push_back(doc::Cell::of_text(comparison(e, lang) + " " + derived_evidence(d, lang)));
        return;
    }
    row.push_back(doc::Cell::blank());
    row.push_back(doc::Cell::blank());
}

}  // namespace ipskit::writers::reports
