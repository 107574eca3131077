#include "writers/reports/score_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "domain/date.hpp"
#include "writers/reports/label_columns.hpp"
#include "writers/reports/score_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace score_labels;

namespace {

doc::Cell text_or_blank(const std::string& s) {
    return s.empty() ? doc::Cell::blank() : doc::Cell::of_text(s);
}

std::vector<doc::Fact> facts(const ReviewScore& s, Lang lang) {
    const auto fact = [&](const std::string& key, const Text& text, doc::Cell value) {
        return doc::Fact{key, text.in(lang), std::move(value)};
    };
    return {
        fact("scale", kScale, doc::Cell::of_text(s.scale->id)),
        fact("scale_name", kScaleName, doc::Cell::of_text(s.scale->name.in(lang))),
        fact("scale_version", kScaleVersion, doc::Cell::of_text(s.scale->version.in(lang))),
        fact("scale_source", kScaleSource, doc::Cell::of_text(s.scale->source.in(lang))),
        fact("site", kSite, doc::Cell::of_text(s.review->site)),
        fact("review_date", kReviewDate, doc::Cell::of_date(s.review->review_date)),
        fact("reviewers", kReviewers,
             doc::Cell::of_text(fmt::format("{}", fmt::join(s.review->reviewers, ", ")))),
        fact("total", kTotal, doc::Cell::of_int(s.total)),
        fact("total_max", kTotalMax, doc::Cell::of_int(s.total_max)),
        fact("level", kLevel,
             s.level ? doc::Cell::of_choice(s.level->id, s.level->name.in(lang)) : doc::Cell::blank()),
        // A stable key for pipelines; its empty label keeps it out of reports.
        doc::Fact{"level_id", "", s.level ? doc::Cell::of_text(s.level->id) : doc::Cell::blank()},
    };
}

doc::Table items_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"items", kItemsTitle.in(lang), {}, {}, {}, {}};
    add_columns(t,
                {{"number", &kNumber},
                 {"section", &kSection},
                 {"item", &kItem},
                 {"score", &kScore},
                 {"no_fit", &kNoFit},
                 {"value", &kValue},
                 {"note", &kNote}},
                lang);
    bool any_no_fit = false;
    for (const auto& is : s.items) {
        const Rating& r = *is.rating;
        const Item& item = *is.item;
        any_no_fit = any_no_fit || r.no_fit;
        const int decimals = item.rule ? item.rule->decimals : 0;
        t.add_row({doc::Cell::of_int(item.number),
                   doc::Cell::of_choice(item.section, s.scale->find_section(item.section)->name.in(lang)),
                   doc::Cell::of_choice(item.id, item.name.in(lang)), doc::Cell::of_int(r.score),
                   doc::Cell::of_flag(r.no_fit, r.no_fit ? kYes.in(lang) : std::string()),
                   r.value ? doc::Cell::of_number(*r.value, decimals) : doc::Cell::blank(),
                   text_or_blank(r.note)});
    }
    if (any_no_fit) t.notes.push_back(fmt::format(fmt::runtime(kNoFitNote.in(lang)), s.scale->no_fit_score));
    return t;
}

doc::Table sections_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"sections", kSectionsTitle.in(lang), {}, {}, {}, {}};
    add_columns(t,
                {{"section", &kSection},
                 {"items", &kItems},
                 {"subtotal", &kSubtotal},
                 {"max", &kMax},
                 {"mean", &kMean}},
                lang);
    for (const auto& sec : s.sections)
        t.add_row({doc::Cell::of_choice(sec.section->id, sec.section->name.in(lang)),
                   doc::Cell::of_int(sec.items), doc::Cell::of_int(sec.subtotal), doc::Cell::of_int(sec.max),
                   doc::Cell::of_number(sec.mean, 2)});
    const auto n = static_cast<long long>(s.items.size());
    t.add_row({doc::Cell::undefined(kAllSections.in(lang)), doc::Cell::of_int(n), doc::Cell::of_int(s.total),
               doc::Cell::of_int(s.total_max), doc::Cell::of_number(s.mean, 2)},
              true);
    return t;
}

doc::Table strengths_table(const ReviewScore& s, Lang lang) {
    doc::Table t{
        "strengths", fmt::format(fmt::runtime(kStrengthsTitle.in(lang)), s.scale->score_max), {}, {}, {}, {}};
    add_columns(t, {{"number", &kNumber}, {"item", &kItem}, {"score", &kScore}}, lang);
    for (const auto& is : s.strengths)
        t.add_row({doc::Cell::of_int(is.item->number),
                   doc::Cell::of_choice(is.item->id, is.item->name.in(lang)),
                   doc::Cell::of_int(is.rating->score)});
    if (s.strengths.empty()) t.notes.push_back(kNone.in(lang));
    return t;
}

// For an item scored by ticking elements, the ones not ticked are the concrete next steps.
std::string missing_elements(const Item& item, const Rating& rating, Lang lang) {
    std::vector<std::string> missing;
    for (const auto& e : item.elements)
        if (std::find(rating.elements.begin(), rating.elements.end(), e.id) == rating.elements.end())
            missing.push_back(e.text.in(lang));
    return fmt::format(fmt::runtime(kMissingElements.in(lang)), fmt::join(missing, " "));
}

doc::Table priorities_table(const ReviewScore& s, Lang lang) {
    doc::Table t{"priorities", fmt::format(fmt::runtime(kPrioritiesTitle.in(lang)), s.priority_at_or_below),
                 {},           {},
                 {},           {}};
    add_columns(t, {{"number", &kNumber}, {"item", &kItem}, {"score", &kScore}, {"no_fit", &kNoFit}}, lang);
    t.columns.push_back({"target", kTargetColumn.in(lang)});
    for (const auto& is : s.priorities) {
        const Text* anchor = next_anchor(*is.item, is.rating->score);
        std::string target = anchor ? fmt::format("{}: {}", is.rating->score + 1, anchor->in(lang)) : "";
        if (!is.rating->elements.empty()) target += " " + missing_elements(*is.item, *is.rating, lang);
        t.add_row({doc::Cell::of_int(is.item->number),
                   doc::Cell::of_choice(is.item->id, is.item->name.in(lang)),
                   doc::Cell::of_int(is.rating->score),
                   doc::Cell::of_flag(is.rating->no_fit, is.rating->no_fit ? kYes.in(lang) : std::string()),
                   text_or_blank(target)});
    }
    if (s.priorities.empty()) t.notes.push_back(kNone.in(lang));
    return t;
}

std::string summary(const ReviewScore& s, Lang lang) {
    const Level* level = s.level;
    return fmt::format(fmt::runtime(kSummary.in(lang)), s.total, s.total_max, s.scale->total_min(),
                       s.total_max, level ? level->name.in(lang) : "?", level ? level->min : 0,
                       level ? level->max : 0);
}

std::string to_check_line(const ReviewScore& s, Lang lang) {
    std::vector<int> numbers;
    for (const Item* item : s.to_check) numbers.push_back(item->number);
    return fmt::format(fmt::runtime(kToCheck.in(lang)), fmt::join(numbers, ", "), s.scale->id + ".yaml");
}

}  // namespace

doc::Document score_report(const ReviewScore& s, Lang lang) {
    doc::Document d;
    d.kind = "score";
    d.title = fmt::format(fmt::runtime(kTitle.in(lang)), s.review->site,
                          date_for_reader(s.review->review_date, lang == Lang::da));
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
