#include "writers/reports/trend_report.hpp"

#include <fmt/format.h>

#include "writers/reports/agreement_report.hpp"

namespace ipskit::writers::reports {

namespace {

struct Labels {
    Text title{"Fidelity over time: {}", "Fidelitet over tid: {}"};
    Text scale{"Scale", "Skala"};
    Text site{"Site", "Sted"};
    Text reviews{"Reviews", "Vurderinger"};
    Text totals{"Totals and fidelity levels", "Totaler og fidelitetsniveauer"};
    Text date{"Review date", "Vurderingsdato"};
    Text reviewers{"Reviewers", "Bedømmere"};
    Text total{"Total", "Total"};
    Text change{"Change", "Ændring"};
    Text level{"Level", "Niveau"};
    Text sections{"Section means", "Gennemsnit pr. område"};
    Text section{"Section", "Område"};
    Text items{"Item scores over time", "Punkternes scorer over tid"};
    Text item{"Item", "Punkt"};
    Text name{"Name", "Navn"};
    Text first_last{"First → last", "Første → sidste"};
    Text priorities{"Priorities of each review (items scored {} or less) followed up",
                    "Indsatsområder fra hver vurdering (punkter med {} eller mindre) fulgt op"};
    Text set_on{"Set on", "Sat"};
    Text checked_on{"Checked on", "Fulgt op"};
    Text before{"Before", "Før"};
    Text after{"After", "Efter"};
    Text met{"Met (now {} or more)", "Indfriet (nu {} eller mere)"};
    Text yes{"yes", "ja"};
    Text no{"no", "nej"};
    Text none{"No review had priorities.", "Ingen vurdering havde indsatsområder."};
    Text improved{"improved", "forbedret"};
    Text same{"same", "uændret"};
    Text declined{"declined", "forværret"};
};

const Labels L;

const Text& change_text(Change c) {
    switch (c) {
        case Change::improved:
            return L.improved;
        case Change::declined:
            return L.declined;
        case Change::same:
            break;
    }
    return L.same;
}

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

doc::Table totals_table(const Trend& t, Lang lang) {
    doc::Table table{"totals",
                     L.totals.in(lang),
                     {{"review_date", L.date.in(lang)},
                      {"reviewers", L.reviewers.in(lang)},
                      {"total", L.total.in(lang)},
                      {"change", L.change.in(lang)},
                      {"level", L.level.in(lang)}},
                     {},
                     {},
                     {},
                     {}};
    for (std::size_t r = 0; r < t.reviews.size(); ++r)
        table.add_row({doc::Cell::of_text(t.reviews[r]->review_date),
                       doc::Cell::of_text(reviewer_names(*t.reviews[r])), doc::Cell::of_int(t.totals[r]),
                       r == 0 ? doc::Cell::blank() : doc::Cell::of_int(t.changes[r]),
                       t.levels[r] ? doc::Cell::of_text(t.levels[r]->name.in(lang)) : doc::Cell::blank()});
    return table;
}

doc::Table sections_table(const Trend& t, Lang lang) {
    doc::Table table{"sections", L.sections.in(lang), {{"section", L.section.in(lang)}}, {}, {}, {}, {}};
    for (const Review* review : t.reviews)
        table.columns.push_back({review->review_date, review->review_date});
    for (const auto& section : t.sections) {
        std::vector<doc::Cell> row{doc::Cell::of_text(section.section->name.in(lang))};
        for (double mean : section.means) row.push_back(doc::Cell::of_number(mean, 2));
        table.add_row(std::move(row));
    }
    return table;
}

doc::Table items_table(const Trend& t, Lang lang) {
    doc::Table table{
        "items", L.items.in(lang), {{"item", L.item.in(lang)}, {"name", L.name.in(lang)}}, {}, {}, {}, {}};
    for (std::size_t r = 0; r < t.reviews.size(); ++r) {
        table.columns.push_back({t.reviews[r]->review_date, t.reviews[r]->review_date});
        if (r > 0) table.columns.push_back({"change_" + t.reviews[r]->review_date, L.change.in(lang)});
    }
    table.columns.push_back({"first_to_last", L.first_last.in(lang)});
    for (const auto& item : t.items) {
        std::vector<doc::Cell> row{doc::Cell::of_int(item.item->number),
                                   doc::Cell::of_text(item.item->name.in(lang))};
        for (std::size_t r = 0; r < item.scores.size(); ++r) {
            row.push_back(doc::Cell::of_int(item.scores[r]));
            if (r > 0) row.push_back(doc::Cell::of_text(change_text(item.steps[r - 1]).in(lang)));
        }
        row.push_back(doc::Cell::of_text(change_text(item.overall).in(lang)));
        table.add_row(std::move(row));
    }
    return table;
}

doc::Table priorities_table(const Trend& t, Lang lang) {
    doc::Table table{"priorities",
                     f(L.priorities, lang, t.scale->score_max - 2),
                     {{"set_on", L.set_on.in(lang)},
                      {"checked_on", L.checked_on.in(lang)},
                      {"item", L.item.in(lang)},
                      {"name", L.name.in(lang)},
                      {"before", L.before.in(lang)},
                      {"after", L.after.in(lang)},
                      {"met", f(L.met, lang, t.scale->score_max - 1)}},
                     {},
                     {},
                     {},
                     {}};
    for (const auto& p : t.priorities)
        table.add_row({doc::Cell::of_text(t.reviews[p.review]->review_date),
                       doc::Cell::of_text(t.reviews[p.review + 1]->review_date),
                       doc::Cell::of_int(p.item->number), doc::Cell::of_text(p.item->name.in(lang)),
                       doc::Cell::of_int(p.before), doc::Cell::of_int(p.after),
                       doc::Cell::of_text((p.met ? L.yes : L.no).in(lang))});
    if (t.priorities.empty()) table.notes.push_back(L.none.in(lang));
    return table;
}

}  // namespace

doc::Document trend_report(const Trend& t, Lang lang) {
    const Review& first = *t.reviews.front();
    doc::Document d{"trend", f(L.title, lang, first.site), {}, {}};
    d.facts = {
        {"scale", L.scale.in(lang), doc::Cell::of_text(t.scale->name.in(lang) + " (" + t.scale->id + ")")},
        {"site", L.site.in(lang), doc::Cell::of_text(first.site)},
        {"reviews", L.reviews.in(lang), doc::Cell::of_int(static_cast<long long>(t.reviews.size()))}};
    d.blocks.push_back(totals_table(t, lang));
    d.blocks.push_back(sections_table(t, lang));
    d.blocks.push_back(items_table(t, lang));
    d.blocks.push_back(priorities_table(t, lang));
    return d;
}

}  // namespace ipskit::writers::reports
