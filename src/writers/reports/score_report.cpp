#include "writers/reports/score_report.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace ipskit::writers::reports {

namespace {

// Every label of the report, in both languages.
const std::map<std::string, Text>& labels() {
    static const std::map<std::string, Text> table = {
        {"title", {"IPS fidelity review: {}, {}", "IPS-fidelitetsvurdering: {}, {}"}},
        {"scale", {"Scale", "Skala"}},
        {"scale_name", {"Scale name", "Skalaens navn"}},
        {"level_id", {"", ""}},  // a stable key for pipelines, not shown in reports
        {"missing_elements", {"Not yet in place: {}", "Endnu ikke på plads: {}"}},
        {"scale_version", {"Scale version", "Skalaversion"}},
        {"scale_source", {"Scale source", "Skalaens kilde"}},
        {"site", {"Site", "Sted"}},
        {"review_date", {"Review date", "Vurderingsdato"}},
        {"reviewers", {"Reviewers", "Bedømmere"}},
        {"total", {"Total score", "Samlet score"}},
        {"total_max", {"Highest possible total", "Højest mulige score"}},
        {"level", {"Fidelity level", "Fidelitetsniveau"}},
        {"summary",
         {"Total {} of {} ({}–{} possible): {} ({}–{}).",
          "Samlet score {} af {} ({}–{} mulige): {} ({}–{})."}},
        {"items_title", {"Item scores", "Score for hvert punkt"}},
        {"number", {"#", "Nr."}},
        {"section", {"Section", "Område"}},
        {"item", {"Item", "Punkt"}},
        {"score", {"Score", "Score"}},
        {"no_fit", {"No fit", "Passer ikke"}},
        {"yes", {"yes", "ja"}},
        {"value", {"Measured", "Målt"}},
        {"note", {"Note", "Bemærkning"}},
        {"sections_title", {"Section subtotals", "Delsummer pr. område"}},
        {"items", {"Items", "Punkter"}},
        {"subtotal", {"Subtotal", "Delsum"}},
        {"max", {"Max", "Maks."}},
        {"mean", {"Mean", "Gennemsnit"}},
        {"all", {"Total", "I alt"}},
        {"strengths_title", {"Strengths (items scored {})", "Styrker (punkter med {})"}},
        {"none", {"None.", "Ingen."}},
        {"priorities_title",
         {"Priorities for improvement (items scored {} or less, lowest first)",
          "Indsatsområder (punkter med {} eller mindre, laveste først)"}},
        {"target_column", {"Target (next level up)", "Mål (næste trin)"}},
        {"no_fit_note",
         {"No fit: the item could not be rated as the programme does not fit it, and scores {}.",
          "Passer ikke: punktet kunne ikke vurderes, fordi indsatsen ikke passer til det, og får {}."}},
        {"to_check",
         {"Items {} follow the scale file's wording, which has not been re-read against the manual (to_check "
          "in {}); "
          "check their anchors and thresholds against the manual before relying on them.",
          "Punkt {} følger skalafilens formulering, som ikke er gennemlæst mod manualen (to_check i {}); "
          "tjek deres beskrivelser og grænser mod manualen, før der lægges vægt på dem."}},
    };
    return table;
}

std::string label(const std::string& key, Lang lang) {
    return labels().at(key).in(lang);
}

doc::Column column(const std::string& key, Lang lang) {
    return {key, label(key, lang)};
}

doc::Cell text_or_blank(const std::string& s) {
    return s.empty() ? doc::Cell::blank() : doc::Cell::of_text(s);
}

std::vector<doc::Fact> facts(const ReviewScore& s, Lang lang) {
    const auto fact = [&](const std::string& key, doc::Cell value) {
        return doc::Fact{key, label(key, lang), std::move(value)};
    };
    return {
        fact("scale", doc::Cell::of_text(s.scale->id)),
        fact("scale_name", doc::Cell::of_text(s.scale->name.in(lang))),
        fact("scale_version", doc::Cell::of_text(s.scale->version)),
        fact("scale_source", doc::Cell::of_text(s.scale->source)),
        fact("site", doc::Cell::of_text(s.review->site)),
        fact("review_date", doc::Cell::of_text(s.review->review_date)),
        fact("reviewers", doc::Cell::of_text(fmt::format("{}", fmt::join(s.review->reviewers, ", ")))),
        fact("total", doc::Cell::of_int(s.total)),
        fact("total_max", doc::Cell::of_int(s.total_max)),
        fact("level", s.level ? doc::Cell::of_text(s.level->name.in(lang)) : doc::Cell::blank()),
        fact("level_id", s.level ? doc::Cell::of_text(s.level->id) : doc::Cell::blank()),
    };
}

doc::Table items_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"items", label("items_title", lang), {}, {}, {}, {}};
    for (const char* key : {"number", "section", "item", "score", "no_fit", "value", "note"})
        t.columns.push_back(column(key, lang));
    bool any_no_fit = false;
    for (const auto& is : s.items) {
        const Rating& r = *is.rating;
        const Item& item = *is.item;
        any_no_fit = any_no_fit || r.no_fit;
        const int decimals = item.rule ? item.rule->decimals : 0;
        t.add_row({doc::Cell::of_int(item.number),
                   doc::Cell::of_text(s.scale->find_section(item.section)->name.in(lang)),
                   doc::Cell::of_text(item.name.in(lang)), doc::Cell::of_int(r.score),
                   r.no_fit ? doc::Cell::of_text(label("yes", lang)) : doc::Cell::blank(),
                   r.value ? doc::Cell::of_number(*r.value, decimals) : doc::Cell::blank(),
                   text_or_blank(r.note)});
    }
    if (any_no_fit)
        t.notes.push_back(fmt::format(fmt::runtime(label("no_fit_note", lang)), s.scale->no_fit_score));
    return t;
}

doc::Table sections_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"sections", label("sections_title", lang), {}, {}, {}, {}};
    for (const char* key : {"section", "items", "subtotal", "max", "mean"})
        t.columns.push_back(column(key, lang));
    for (const auto& sec : s.sections)
        t.add_row({doc::Cell::of_text(sec.section->name.in(lang)), doc::Cell::of_int(sec.items),
                   doc::Cell::of_int(sec.subtotal), doc::Cell::of_int(sec.max),
                   doc::Cell::of_number(sec.mean, 2)});
    const auto n = static_cast<long long>(s.items.size());
    t.add_row({doc::Cell::of_text(label("all", lang)), doc::Cell::of_int(n), doc::Cell::of_int(s.total),
               doc::Cell::of_int(s.total_max), doc::Cell::of_number(s.mean, 2)},
              true);
    return t;
}

doc::Table strengths_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"strengths", fmt::format(fmt::runtime(label("strengths_title", lang)), s.scale->score_max),
                 {},          {},
                 {},          {}};
    for (const char* key : {"number", "item", "score"}) t.columns.push_back(column(key, lang));
    for (const auto& is : s.strengths)
        t.add_row({doc::Cell::of_int(is.item->number), doc::Cell::of_text(is.item->name.in(lang)),
                   doc::Cell::of_int(is.rating->score)});
    if (s.strengths.empty()) t.notes.push_back(label("none", lang));
    return t;
}

// For an item scored by ticking elements, the ones not ticked are the concrete next steps.
std::string missing_elements(const Item& item, const Rating& rating, Lang lang) {
    std::vector<std::string> missing;
    for (const auto& e : item.elements)
        if (std::find(rating.elements.begin(), rating.elements.end(), e.id) == rating.elements.end())
            missing.push_back(e.text.in(lang));
    return fmt::format(fmt::runtime(label("missing_elements", lang)), fmt::join(missing, " "));
}

doc::Table priorities_table(const ReviewScore& s, Lang lang) {
    doc::Table t{
        "priorities", fmt::format(fmt::runtime(label("priorities_title", lang)), s.scale->score_max - 2),
        {},           {},
        {},           {}};
    for (const char* key : {"number", "item", "score", "no_fit"}) t.columns.push_back(column(key, lang));
    t.columns.push_back({"target", label("target_column", lang)});
    for (const auto& is : s.priorities) {
        const Text* anchor = next_anchor(*is.item, is.rating->score);
        std::string target = anchor ? fmt::format("{}: {}", is.rating->score + 1, anchor->in(lang)) : "";
        if (!is.rating->elements.empty()) target += " " + missing_elements(*is.item, *is.rating, lang);
        t.add_row({doc::Cell::of_int(is.item->number), doc::Cell::of_text(is.item->name.in(lang)),
                   doc::Cell::of_int(is.rating->score),
                   is.rating->no_fit ? doc::Cell::of_text(label("yes", lang)) : doc::Cell::blank(),
                   text_or_blank(target)});
    }
    if (s.priorities.empty()) t.notes.push_back(label("none", lang));
    return t;
}

std::string summary(const ReviewScore& s, Lang lang) {
    const Level* level = s.level;
    return fmt::format(fmt::runtime(label("summary", lang)), s.total, s.total_max, s.scale->total_min(),
                       s.total_max, level ? level->name.in(lang) : "?", level ? level->min : 0,
                       level ? level->max : 0);
}

std::string to_check_line(const ReviewScore& s, Lang lang) {
    std::vector<int> numbers;
    for (const Item* item : s.to_check) numbers.push_back(item->number);
    return fmt::format(fmt::runtime(label("to_check", lang)), fmt::join(numbers, ", "),
                       s.scale->id + ".yaml");
}

}  // namespace

doc::Document score_report(const ReviewScore& s, Lang lang) {
    doc::Document d;
    d.kind = "score";
    d.title = fmt::format(fmt::runtime(label("title", lang)), s.review->site, s.review->review_date);
    d.facts = facts(s, lang);
    d.blocks.push_back(doc::Paragraph{summary(s, lang)});
    doc::Table items = items_table(s, lang);
    if (!s.to_check.empty()) items.notes.push_back(to_check_line(s, lang));
    d.blocks.push_back(std::move(items));
    d.blocks.push_back(sections_table(s, lang));
    d.blocks.push_back(strengths_table(s, lang));
    d.blocks.push_back(priorities_table(s, lang));
    return d;
}

}  // namespace ipskit::writers::reports
