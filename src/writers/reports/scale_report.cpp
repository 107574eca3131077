#include "writers/reports/scale_report.hpp"

#include <map>

#include <fmt/format.h>

namespace ipskit::writers::reports {

namespace {

const std::map<std::string, Text>& labels() {
    static const std::map<std::string, Text> table = {
        {"list_title", {"Fidelity scales", "Fidelitetsskalaer"}},
        {"id", {"Id", "Id"}},
        {"name", {"Name", "Navn"}},
        {"items", {"Items", "Punkter"}},
        {"total_min", {"Lowest total", "Laveste score"}},
        {"total_max", {"Highest total", "Højeste score"}},
        {"version", {"Version", "Version"}},
        {"source", {"Source", "Kilde"}},
        {"score_range", {"Scores", "Scoreskala"}},
        {"no_fit_score", {"Score when an item does not fit", "Score, når et punkt ikke passer"}},
        {"boundary_rule", {"Boundary rule", "Grænseregel"}},
        {"levels_title", {"Fidelity levels of the total", "Fidelitetsniveauer for den samlede score"}},
        {"level", {"Level", "Niveau"}},
        {"min", {"From", "Fra"}},
        {"max", {"To", "Til"}},
        {"items_title", {"Items: {}", "Punkter: {}"}},
        {"number", {"#", "Nr."}},
        {"data_sources", {"Data sources", "Datakilder"}},
        {"to_check", {"To check", "Skal tjekkes"}},
        {"yes", {"yes", "ja"}},
        {"scored_by", {"Scored by", "Scores efter"}},
        {"by_rule", {"figure", "tal"}},
        {"by_elements", {"elements", "elementer"}},
        {"by_judgement", {"judgement", "vurdering"}},
        {"anchors_title", {"Anchors", "Beskrivelser"}},
        {"score", {"Score", "Score"}},
        {"anchor", {"Anchor", "Beskrivelse"}},
        {"sources_line", {"Data sources: {}.", "Datakilder: {}."}},
        {"to_check_line",
         {"To check: this item's wording and thresholds have not been re-read against the manual.",
          "Skal tjekkes: punktets formulering og grænser er ikke gennemlæst mod manualen."}},
        {"bands_line",
         {"Measure: {} ({}, rounded to {} decimals). Bands: {}.",
          "Mål: {} ({}, afrundet til {} decimaler). Intervaller: {}."}},
        {"elements_title", {"Elements to tick", "Elementer at krydse af"}},
        {"element", {"Element", "Element"}},
        {"element_scoring_line", {"Elements present → score: {}.", "Antal elementer til stede → score: {}."}},
        {"or_more", {"{} or more", "{} eller mere"}},
    };
    return table;
}

std::string label(const std::string& key, Lang lang) {
    return labels().at(key).in(lang);
}
doc::Column column(const std::string& key, Lang lang) {
    return {key, label(key, lang)};
}

std::string figure(double x, Lang lang) {
    std::string s = fmt::format("{:g}", x);
    if (lang == Lang::da)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

std::string scored_by(const Item& item, Lang lang) {
    return label(item.rule ? "by_rule" : !item.elements.empty() ? "by_elements" : "by_judgement", lang);
}

doc::Table items_table(const Scale& scale, const Section& section, Lang lang) {
    doc::Table t{"items_" + section.id,
                 fmt::format(fmt::runtime(label("items_title", lang)), section.name.in(lang)),
                 {},
                 {},
                 {},
                 {}};
    for (const char* key : {"number", "id", "name", "data_sources", "scored_by", "to_check"})
        t.columns.push_back(column(key, lang));
    for (const auto& item : scale.items) {
        if (item.section != section.id) continue;
        t.add_row({doc::Cell::of_int(item.number), doc::Cell::of_text(item.id),
                   doc::Cell::of_text(item.name.in(lang)),
                   doc::Cell::of_text(fmt::format("{}", fmt::join(item.data_sources, ", "))),
                   doc::Cell::of_text(scored_by(item, lang)),
                   item.to_check ? doc::Cell::of_text(label("yes", lang)) : doc::Cell::blank()});
    }
    return t;
}

doc::Table levels_table(const Scale& scale, Lang lang) {
    doc::Table t{"levels", label("levels_title", lang), {}, {}, {}, {}};
    for (const char* key : {"id", "level", "min", "max"}) t.columns.push_back(column(key, lang));
    for (const auto& level : scale.levels)
        t.add_row({doc::Cell::of_text(level.id), doc::Cell::of_text(level.name.in(lang)),
                   doc::Cell::of_int(level.min), doc::Cell::of_int(level.max)});
    return t;
}

void item_detail(const Item& item, Lang lang, std::vector<doc::Block>& blocks) {
    blocks.push_back(doc::Heading{3, fmt::format("{}. {} ({})", item.number, item.name.in(lang), item.id)});
    blocks.push_back(doc::Paragraph{item.description.in(lang)});
    blocks.push_back(doc::Paragraph{
        fmt::format(fmt::runtime(label("sources_line", lang)), fmt::join(item.data_sources, ", "))});
    if (item.to_check) blocks.push_back(doc::Paragraph{label("to_check_line", lang)});
    doc::Table anchors{"anchors_" + item.id,
                       label("anchors_title", lang),
                       {column("score", lang), column("anchor", lang)},
                       {},
                       {},
                       {}};
    for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
        anchors.add_row({doc::Cell::of_int(it->first), doc::Cell::of_text(it->second.in(lang))});
    if (item.rule)
        anchors.notes.push_back(fmt::format(fmt::runtime(label("bands_line", lang)),
                                            item.rule->metric.in(lang), item.rule->unit, item.rule->decimals,
                                            describe_bands(item.rule->bands, lang)));
    if (!item.elements.empty())
        anchors.notes.push_back(fmt::format(fmt::runtime(label("element_scoring_line", lang)),
                                            describe_bands(item.element_scoring, lang)));
    blocks.push_back(std::move(anchors));
    if (item.elements.empty()) return;
    doc::Table elements{"elements_" + item.id,
                        label("elements_title", lang),
                        {column("id", lang), column("element", lang)},
                        {},
                        {},
                        {}};
    for (const auto& e : item.elements)
        elements.add_row({doc::Cell::of_text(e.id), doc::Cell::of_text(e.text.in(lang))});
    blocks.push_back(std::move(elements));
}

}  // namespace

std::string describe_bands(const std::vector<Band>& bands, Lang lang) {
    std::string out;
    for (const auto& band : bands) {
        if (!out.empty()) out += "; ";
        const std::string range =
            !band.max ? fmt::format(fmt::runtime(label("or_more", lang)), figure(band.min, lang))
            : *band.max == band.min ? figure(band.min, lang)
                                    : figure(band.min, lang) + "–" + figure(*band.max, lang);
        out += fmt::format("{} → {}", range, band.score);
    }
    return out;
}

doc::Document scale_list(const std::vector<Scale>& scales, Lang lang) {
    doc::Document d{"scales", label("list_title", lang), {}, {}};
    doc::Table t{"scales", "", {}, {}, {}, {}};
    for (const char* key : {"id", "name", "items", "total_min", "total_max", "version"})
        t.columns.push_back(column(key, lang));
    for (const auto& s : scales)
        t.add_row({doc::Cell::of_text(s.id), doc::Cell::of_text(s.name.in(lang)),
                   doc::Cell::of_int(static_cast<long long>(s.items.size())),
                   doc::Cell::of_int(s.total_min()), doc::Cell::of_int(s.total_max()),
                   doc::Cell::of_text(s.version)});
    d.blocks.push_back(std::move(t));
    return d;
}

doc::Document scale_sheet(const Scale& scale, const Item* only, Lang lang) {
    doc::Document d{"scale", fmt::format("{} ({})", scale.name.in(lang), scale.id), {}, {}};
    const auto fact = [&](const std::string& key, doc::Cell value) {
        d.facts.push_back({key, label(key, lang), std::move(value)});
    };
    fact("version", doc::Cell::of_text(scale.version));
    fact("source", doc::Cell::of_text(scale.source));
    fact("score_range", doc::Cell::of_text(fmt::format("{}–{}", scale.score_min, scale.score_max)));
    fact("no_fit_score", doc::Cell::of_int(scale.no_fit_score));
    fact("boundary_rule", doc::Cell::of_text(scale.boundary_rule.in(lang)));
    if (only) {
        item_detail(*only, lang, d.blocks);
        return d;
    }
    d.blocks.push_back(levels_table(scale, lang));
    for (const auto& section : scale.sections) d.blocks.push_back(items_table(scale, section, lang));
    for (const auto& item : scale.items) item_detail(item, lang, d.blocks);
    return d;
}

}  // namespace ipskit::writers::reports
