// The fidelity review report, in the order a site reads it: the title
// block, the summary, the items by section, what each score rests on,
// strengths, priorities with the reviewers' recommendations, the action
// plan, the follow-up of the previous review, and the method last.

#include <fmt/format.h>

#include "domain/date.hpp"
#include "domain/review_type_words.hpp"
#include "util/plural.hpp"
#include "writers/charts/charts.hpp"
#include "writers/reports/label_columns.hpp"
#include "writers/reports/report.hpp"
#include "writers/reports/report_labels.hpp"
#include "writers/reports/score_evidence.hpp"
#include "writers/reports/score_labels.hpp"

namespace ipskit::writers::reports {

using namespace report_labels;
namespace score = score_labels;

namespace {

std::string f(const Text& t, Lang lang, auto&&... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

doc::Cell text_or_blank(const std::string& s) {
    return s.empty() ? doc::Cell::blank() : doc::Cell::of_text(s);
}

doc::Cell optional_int(const std::optional<int>& n) {
    return n ? doc::Cell::of_int(*n) : doc::Cell::blank();
}

const Text& status_name(FollowUpStatus status) {
    switch (status) {
        case FollowUpStatus::met:
            return kMet;
        case FollowUpStatus::improved:
            return kImproved;
        case FollowUpStatus::unchanged:
            return kUnchanged;
        case FollowUpStatus::worse:
            return kWorse;
    }
    return kUnchanged;
}

std::string anchor_text(const Text* anchor, int score, Lang lang) {
    return anchor ? fmt::format("{}: {}", score, anchor->in(lang)) : std::string();
}

// The note, after "No fit." when the item could not be rated.
std::string note_of(const Rating& rating, Lang lang) {
    if (!rating.no_fit) return rating.note;
    const std::string no_fit = score::kNoFit.in(lang) + ".";
    return rating.note.empty() ? no_fit : no_fit + " " + rating.note;
}

std::vector<doc::Fact> title_block(const ReportParts& p) {
    const Lang lang = p.lang;
    const ReviewScore& s = p.fidelity->score;
    const Review& r = *s.review;
    std::vector<doc::Fact> facts;
    const auto add = [&](const char* key, const Text& label, const std::string& value) {
        if (!value.empty())
            facts.push_back(
                {key, label.in(lang), doc::Cell::of_text(date_for_reader(value, lang == Lang::da))});
    };
    add("organisation", kOrganisation, p.settings->organisation);
    add("site", score::kSite, r.site);
    if (!r.review_date.empty())
        facts.push_back({"review_date", score::kReviewDate.in(lang), doc::Cell::of_date(r.review_date)});
    if (!r.period.from.empty() || !r.period.to.empty())
        add("review_period", kReviewPeriod,
            fmt::format("{} – {}", r.period.from.empty() ? "…" : r.period.from,
                        r.period.to.empty() ? "…" : r.period.to));
    add("visit_dates", kVisitDates, fmt::format("{}", fmt::join(r.period.visit_dates, ", ")));
    add("reviewers", score::kReviewers, fmt::format("{}", fmt::join(r.reviewers, ", ")));
    if (r.review_type) add("review_type", kReviewType, review_type_words(*r.review_type).in(lang));
    add("scale", kScaleAndVersion,
        fmt::format("{} ({}, {})", s.scale->name.in(lang), s.scale->id, s.scale->version.in(lang)));
    return facts;
}

// Priorities are listed lowest first, as the score report lists them.
const ItemReport& report_of(const FidelityReport& fr, const Item& item) {
    return fr.items[static_cast<std::size_t>(&item - fr.score.scale->items.data())];
}

void add_paragraphs(const std::string& text, doc::Document& d) {
    // The reviewers' blank lines part their paragraphs, as in the questionnaire.
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find("\n\n", start);
        if (end == std::string::npos) end = text.size();
        const std::string part = text.substr(start, end - start);
        if (part.find_first_not_of(" \n") != std::string::npos) d.blocks.push_back(doc::Paragraph{part});
        start = end + 2;
    }
}

void add_summary(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const FidelityReport& fr = *p.fidelity;
    const ReviewScore& s = fr.score;
    const Level* level = s.level;
    std::string text = f(kSummaryTotal, lang, s.review->site, s.total, s.total_max,
                         level ? level->name.in(lang) : "?", level ? level->min : 0, level ? level->max : 0);
    if (fr.total_change) {
        const int change = *fr.total_change;
        const std::string words =
            change > 0   ? f(util::by_count(change, kMorePoint, kMorePoints), lang, change)
            : change < 0 ? f(util::by_count(change, kFewerPoint, kFewerPoints), lang, -change)
                         : kSamePoints.in(lang);
        text +=
            " " + f(kSummaryChange, lang, words, date_for_reader(fr.previous->review_date, lang == Lang::da),
                    *fr.previous_total, fr.previous_level ? fr.previous_level->name.in(lang) : "?");
        const auto up = static_cast<long long>(fr.up.size());
        const std::string items_up = f(util::by_count(up, kItemCountOne, kItemCountMany), lang, up);
        const std::string down = fr.down.empty() ? kNoItems.in(lang) : std::to_string(fr.down.size());
        text += " " + f(kSummaryItems, lang, items_up, down);
    }
    text += " " + f(kSummaryCounts, lang, s.strengths.size(), s.scale->score_max, s.priorities.size(),
                    s.priority_at_or_below);
    d.blocks.push_back(doc::Heading{2, kSummaryHeading.in(lang)});
    d.blocks.push_back(doc::Paragraph{text});
    if (s.review->summary.empty()) return;
    d.blocks.push_back(doc::Heading{3, kReviewersSummary.in(lang)});
    add_paragraphs(s.review->summary, d);
}

doc::Table section_table(const ReportParts& p, const Section& section) {
    const Lang lang = p.lang;
    doc::Table t{"items_" + section.id, section.name.in(lang), {}, {}, {}, {}};
    add_columns(t,
                {{"number", &score::kNumber},
                 {"item", &score::kItem},
                 {"score", &score::kScore},
                 {"previous", &kPrevious},
                 {"change", &kChange},
                 {"value", &score::kValue},
                 {"note", &score::kNote}},
                lang);
    if (p.evidence) add_evidence_columns(t, lang);
    for (const ItemReport& r : p.fidelity->items) {
        if (r.item->section != section.id) continue;
        const int decimals = r.item->rule ? r.item->rule->decimals : 0;
        std::vector<doc::Cell> row{
            doc::Cell::of_int(r.item->number),
            doc::Cell::of_text(r.item->name.in(lang)),
            doc::Cell::of_int(r.rating->score),
            optional_int(r.previous),
            optional_int(r.change),
            r.rating->value ? doc::Cell::of_number(*r.rating->value, decimals) : doc::Cell::blank(),
            text_or_blank(note_of(*r.rating, lang))};
        if (p.evidence) add_evidence_cells(*p.evidence, r.item->number, lang, row);
        t.add_row(std::move(row));
    }
    return t;
}

void add_items(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    d.blocks.push_back(doc::Heading{2, kItemScoresHeading.in(lang)});
    d.blocks.push_back(doc::Paragraph{kItemScoresIntro.in(lang)});
    d.blocks.push_back(charts::item_profile(*p.fidelity, lang));
    for (const Section& section : p.fidelity->score.scale->sections)
        d.blocks.push_back(section_table(p, section));
    d.blocks.push_back(charts::section_means(*p.fidelity, lang));
    d.blocks.push_back(doc::Heading{2, kAnchorsHeading.in(lang)});
    doc::Table t{"anchors", "", {}, {}, {}, {}};
    add_columns(t, {{"number", &score::kNumber}, {"item", &score::kItem}, {"anchor", &kAnchorMet}}, lang);
    for (const ItemReport& r : p.fidelity->items)
        t.add_row({doc::Cell::of_int(r.item->number), doc::Cell::of_text(r.item->name.in(lang)),
                   text_or_blank(anchor_text(r.anchor, r.rating->score, lang))});
    d.blocks.push_back(doc::Paragraph{kAnchorsIntro.in(lang)});
    d.blocks.push_back(std::move(t));
}

void add_strengths_and_priorities(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const ReviewScore& s = p.fidelity->score;
    d.blocks.push_back(doc::Heading{2, kStrengthsHeading.in(lang)});
    doc::BulletList strengths;
    for (const ItemScore& is : s.strengths)
        strengths.items.push_back(fmt::format("{}. {}", is.item->number, is.item->name.in(lang)));
    if (strengths.items.empty())
        d.blocks.push_back(doc::Paragraph{score::kNone.in(lang)});
    else
        d.blocks.push_back(std::move(strengths));
    d.blocks.push_back(doc::Heading{2, kPrioritiesHeading.in(lang)});
    doc::Table t{"priorities", "", {}, {}, {}, {}};
    add_columns(t,
                {{"number", &score::kNumber},
                 {"item", &score::kItem},
                 {"score", &score::kScore},
                 {"target", &score::kTargetColumn},
                 {"recommendations", &kRecommendations}},
                lang);
    for (const ItemScore& is : s.priorities) {
        const ItemReport& r = report_of(*p.fidelity, *is.item);
        t.add_row({doc::Cell::of_int(r.item->number), doc::Cell::of_text(r.item->name.in(lang)),
                   doc::Cell::of_int(r.rating->score),
                   text_or_blank(anchor_text(r.target, r.rating->score + 1, lang)),
                   text_or_blank(r.rating->recommendations)});
    }
    d.blocks.push_back(doc::Paragraph{f(score::kPrioritiesTitle, lang, s.priority_at_or_below)});
    if (t.rows.empty())
        d.blocks.push_back(doc::Paragraph{score::kNone.in(lang)});
    else
        d.blocks.push_back(std::move(t));
    if (s.review->recommendations.empty()) return;
    d.blocks.push_back(doc::Heading{3, kOverallRecommendations.in(lang)});
    add_paragraphs(s.review->recommendations, d);
}

void add_action_plan(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    doc::Table t{"action_plan", "", {}, {}, {}, {}};
    add_columns(t,
                {{"number", &score::kNumber},
                 {"item", &score::kItem},
                 {"target", &kTargetAnchor},
                 {"recommendations", &kRecommendations},
                 {"owner", &kOwner},
                 {"date", &kDate}},
                lang);
    for (const ItemScore& is : p.fidelity->score.priorities) {
        const ItemReport& r = report_of(*p.fidelity, *is.item);
        const auto owner = p.settings->action_plan.find(r.item->number);
        const bool named = owner != p.settings->action_plan.end();
        t.add_row({doc::Cell::of_int(r.item->number), doc::Cell::of_text(r.item->name.in(lang)),
                   text_or_blank(anchor_text(r.target, r.rating->score + 1, lang)),
                   text_or_blank(r.rating->recommendations),
                   named ? text_or_blank(owner->second.owner) : doc::Cell::blank(),
                   named ? text_or_blank(owner->second.date) : doc::Cell::blank()});
    }
    if (t.rows.empty()) return;
    d.blocks.push_back(doc::Heading{2, kActionPlanHeading.in(lang)});
    d.blocks.push_back(doc::Paragraph{kActionPlanIntro.in(lang)});
    d.blocks.push_back(std::move(t));
}

void add_follow_up(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const FidelityReport& fr = *p.fidelity;
    if (!fr.previous) return;
    d.blocks.push_back(doc::Heading{2, kFollowUpHeading.in(lang)});
    d.blocks.push_back(
        doc::Paragraph{f(kFollowUpIntro, lang, date_for_reader(fr.previous->review_date, lang == Lang::da),
                         fr.score.priority_at_or_below)});
    doc::Table t{"follow_up", "", {}, {}, {}, {}};
    add_columns(t,
                {{"number", &score::kNumber},
                 {"item", &score::kItem},
                 {"then", &kThen},
                 {"now", &kNow},
                 {"status", &kStatus},
                 {"recommended_then", &kThenRecommended}},
                lang);
    for (const FollowUp& u : fr.follow_up)
        t.add_row({doc::Cell::of_int(u.item->number), doc::Cell::of_text(u.item->name.in(lang)),
                   doc::Cell::of_int(u.then->score), doc::Cell::of_int(u.now),
                   doc::Cell::of_text(status_name(u.status).in(lang)),
                   text_or_blank(u.then->recommendations)});
    if (t.rows.empty())
        d.blocks.push_back(doc::Paragraph{score::kNone.in(lang)});
    else
        d.blocks.push_back(std::move(t));
    doc::Table totals{"totals", kTotalsHeading.in(lang), {}, {}, {}, {}};
    add_columns(totals,
                {{"review_date", &score::kReviewDate}, {"total", &score::kTotal}, {"level", &score::kLevel}},
                lang);
    for (const TotalPoint& point : fr.totals)
        totals.add_row({doc::Cell::of_date(point.review->review_date), doc::Cell::of_int(point.total),
                        point.level ? doc::Cell::of_text(point.level->name.in(lang)) : doc::Cell::blank()});
    d.blocks.push_back(std::move(totals));
    d.blocks.push_back(charts::total_trend(fr, lang));
}

}  // namespace

void add_fidelity_chapter(const ReportParts& p, doc::Document& d) {
    const std::string title = f(kFidelityTitle, p.lang, p.fidelity->score.review->site);
    if (d.title.empty()) {
        d.title = title;
        d.facts = title_block(p);
    } else {
        d.blocks.push_back(doc::Heading{1, title});
    }
    add_summary(p, d);
    add_items(p, d);
    add_strengths_and_priorities(p, d);
    add_action_plan(p, d);
    add_follow_up(p, d);
    add_fidelity_method(p, d);
}

}  // namespace ipskit::writers::reports
