#include "writers/reports/scale_report.hpp"

#include <fmt/format.h>

#include "util/plural.hpp"
#include "writers/reports/label_columns.hpp"
#include "writers/reports/scale_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace scale_labels;

namespace {

std::string figure(double x, Lang lang) {
    std::string s = fmt::format("{:g}", x);
    if (lang == Lang::da)
        for (char& c : s)
            if (c == '.') c = ',';
    return s;
}

// What a data-source code stands for; nullptr for a code the scale reader
// would have refused.
const Text* source_meaning(const std::string& code) {
    if (code == "MIS") return &kRecords;
    if (code == "DOC") return &kDocuments;
    if (code == "INT") return &kInterviews;
    if (code == "OBS") return &kObservation;
    return nullptr;
}

// How an item is scored, as an id for machines and a word for people.
doc::Cell scored_by(const Item& item, Lang lang) {
    if (item.rule) return doc::Cell::of_choice("figure", kByRule.in(lang));
    if (!item.elements.empty()) return doc::Cell::of_choice("elements", kByElements.in(lang));
    return doc::Cell::of_choice("judgement", kByJudgement.in(lang));
}

doc::Table items_table(const Scale& scale, const Section& section, Lang lang) {
    doc::Table t{"items_" + section.id,
                 fmt::format(fmt::runtime(kItemsTitle.in(lang)), section.name.in(lang)),
                 {},
                 {},
                 {},
                 {}};
    add_columns(t,
                {{"number", &kNumber},
                 {"id", &kId},
                 {"name", &kName},
                 {"data_sources", &kDataSources},
                 {"scored_by", &kScoredBy},
                 {"to_check", &kToCheck}},
                lang);
    for (const auto& item : scale.items) {
        if (item.section != section.id) continue;
        t.add_row({doc::Cell::of_int(item.number), doc::Cell::of_text(item.id),
                   doc::Cell::of_choice(item.id, item.name.in(lang)),
                   doc::Cell::of_text(fmt::format("{}", fmt::join(item.data_sources, ", "))),
                   scored_by(item, lang),
                   doc::Cell::of_flag(item.to_check, item.to_check ? kYes.in(lang) : std::string())});
    }
    t.notes.push_back(sources_legend(lang));
    return t;
}

doc::Table levels_table(const Scale& scale, Lang lang) {
    doc::Table t{"levels", kLevelsTitle.in(lang), {}, {}, {}, {}};
    add_columns(t, {{"id", &kId}, {"level", &kLevel}, {"min", &kMin}, {"max", &kMax}}, lang);
    for (const auto& level : scale.levels)
        t.add_row({doc::Cell::of_text(level.id), doc::Cell::of_choice(level.id, level.name.in(lang)),
                   doc::Cell::of_int(level.min), doc::Cell::of_int(level.max)});
    return t;
}

void item_detail(const Item& item, Lang lang, std::vector<doc::Block>& blocks) {
    blocks.push_back(doc::Heading{3, fmt::format("{}. {} ({})", item.number, item.name.in(lang), item.id)});
    blocks.push_back(doc::Paragraph{item.description.in(lang)});
    blocks.push_back(doc::Paragraph{
        fmt::format(fmt::runtime(kSourcesLine.in(lang)), describe_sources(item.data_sources, lang))});
    if (item.to_check) blocks.push_back(doc::Paragraph{kToCheckLine.in(lang)});
    doc::Table anchors{"anchors_" + item.id,
                       kAnchorsTitle.in(lang),
                       {column("score", kScore, lang), column("anchor", kAnchor, lang)},
                       {},
                       {},
                       {}};
    for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
        anchors.add_row({doc::Cell::of_int(it->first), doc::Cell::of_text(it->second.in(lang))});
    if (item.rule)
        anchors.notes.push_back(fmt::format(fmt::runtime(kBandsLine.in(lang)), item.rule->metric.in(lang),
                                            describe_unit(*item.rule, lang),
                                            describe_bands(item.rule->bands, lang)));
    if (!item.elements.empty())
        anchors.notes.push_back(fmt::format(fmt::runtime(kElementScoringLine.in(lang)),
                                            describe_bands(item.element_scoring, lang)));
    blocks.push_back(std::move(anchors));
    if (item.elements.empty()) return;
    doc::Table elements{"elements_" + item.id,
                        kElementsTitle.in(lang),
                        {column("id", kId, lang), column("element", kElement, lang)},
                        {},
                        {},
                        {}};
    for (const auto& e : item.elements)
        elements.add_row({doc::Cell::of_text(e.id), doc::Cell::of_text(e.text.in(lang))});
    blocks.push_back(std::move(elements));
}

}  // namespace

std::string describe_unit(const Rule& rule, Lang lang) {
    const Text* unit = rule.unit == "participants" ? &kParticipants
                       : rule.unit == "percent"    ? &kPercent
                       : rule.unit == "days"       ? &kDaysUnit
                                                   : &kContactsPerWeek;
    if (rule.decimals == 0) return fmt::format(fmt::runtime(kRoundedWhole.in(lang)), unit->in(lang));
    return fmt::format(
        fmt::runtime(util::by_count(rule.decimals, kRoundedOneDecimal, kRoundedDecimals).in(lang)),
        unit->in(lang), rule.decimals);
}

std::string describe_sources(const std::vector<std::string>& codes, Lang lang) {
    std::vector<std::string> parts;
    for (const auto& code : codes) {
        const Text* meaning = source_meaning(code);
        parts.push_back(meaning ? fmt::format("{} ({})", code, meaning->in(lang)) : code);
    }
    return fmt::format("{}", fmt::join(parts, ", "));
}

std::string sources_legend(Lang lang) {
    std::vector<std::string> parts;
    for (const char* code : {"MIS", "DOC", "INT", "OBS"})
        parts.push_back(fmt::format("{} = {}", code, source_meaning(code)->in(lang)));
    return fmt::format(fmt::runtime(kSourcesLegend.in(lang)), fmt::join(parts, ", "));
}

std::string describe_bands(const std::vector<Band>& bands, Lang lang) {
    std::string out;
    for (const auto& band : bands) {
        if (!out.empty()) out += "; ";
        const std::string range =
            !band.max               ? fmt::format(fmt::runtime(kOrMore.in(lang)), figure(band.min, lang))
            : *band.max == band.min ? figure(band.min, lang)
                                    : figure(band.min, lang) + "–" + figure(*band.max, lang);
        out += fmt::format("{} → {}", range, band.score);
    }
    return out;
}

doc::Document scale_list(const std::vector<Scale>& scales, Lang lang) {
    doc::Document d{"scales", kListTitle.in(lang), {}, {}};
    doc::Table t{"scales", "", {}, {}, {}, {}};
    add_columns(t,
                {{"id", &kId},
                 {"name", &kName},
                 {"items", &kItems},
                 {"total_min", &kTotalMin},
                 {"total_max", &kTotalMax},
                 {"version", &kVersion}},
                lang);
    for (const auto& s : scales)
        t.add_row({doc::Cell::of_text(s.id), doc::Cell::of_choice(s.id, s.name.in(lang)),
                   doc::Cell::of_int(static_cast<long long>(s.items.size())),
                   doc::Cell::of_int(s.total_min()), doc::Cell::of_int(s.total_max()),
                   doc::Cell::of_text(s.version.in(lang))});
    d.blocks.push_back(std::move(t));
    return d;
}

doc::Document scale_sheet(const Scale& scale, const Item* only, Lang lang) {
    doc::Document d{"scale", fmt::format("{} ({})", scale.name.in(lang), scale.id), {}, {}};
    const auto fact = [&](const std::string& key, const Text& text, doc::Cell value) {
        d.facts.push_back({key, text.in(lang), std::move(value)});
    };
    fact("version", kVersion, doc::Cell::of_text(scale.version.in(lang)));
    fact("source", kSource, doc::Cell::of_text(scale.source.in(lang)));
    fact("score_range", kScoreRange,
         doc::Cell::of_text(fmt::format("{}–{}", scale.score_min, scale.score_max)));
    fact("no_fit_score", kNoFitScore, doc::Cell::of_int(scale.no_fit_score));
    fact("boundary_rule", kBoundaryRule, doc::Cell::of_text(scale.boundary_rule.in(lang)));
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
