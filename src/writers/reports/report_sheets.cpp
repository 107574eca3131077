#include "writers/reports/report_sheets.hpp"

#include <algorithm>
#include <string_view>

#include "writers/charts/chart_labels.hpp"
#include "writers/reports/report_sheet_labels.hpp"
#include "writers/reports/score_labels.hpp"

namespace ipskit::writers::reports {

namespace {

using namespace report_sheet_labels;
using Kind = doc::SheetChart::Kind;
namespace chart_labels = charts::chart_labels;

const Text* sheet_of(std::string_view id) {
    if (id.starts_with("items_") || id == "anchors") return &kItemsSheet;
    if (id == "totals" || id == "data_sources") return &kSummarySheet;
    if (id == "agreement") return &kReviewersSheet;
    if (id == "priorities" || id == "action_plan" || id == "follow_up") return &kActionPlanSheet;
    if (id == "outcome_counts_by_group" || id == "outcome_shares_by_group") return &kBreakdownsSheet;
    if (id == "cohort") return &kCohortSheet;
    return &kOutcomesSheet;
}

doc::ColourScale scores(std::size_t first, std::size_t last, const ReportParts& p) {
    const Scale& scale = *p.fidelity->score.scale;
    return {first, last, static_cast<double>(scale.score_min), static_cast<double>(scale.score_max)};
}

bool has_previous(const ReportParts& p) {
    return std::any_of(p.fidelity->items.begin(), p.fidelity->items.end(),
                       [](const ItemReport& r) { return r.previous.has_value(); });
}

// The item tables are stacked into one on the Items sheet (a first column
// names the section), so the profile spans all items; it is set on the first.
void item_table(doc::Table& t, bool first, const ReportParts& p) {
    const Lang lang = p.lang;
    t.group_label = score_labels::kSection.in(lang);
    t.colour_scale = scores(2, 3, p);  // this review's score and the previous one
    if (!first) return;
    std::vector<std::size_t> values{2};
    if (has_previous(p)) values.push_back(3);
    t.charts.push_back(
        {Kind::column, chart_labels::kItemProfile.in(lang), 0, values, chart_labels::kScore.in(lang)});
}

void fidelity_table(doc::Table& t, bool& first_items, const ReportParts& p) {
    const Lang lang = p.lang;
    if (t.id.starts_with("items_")) {
        item_table(t, first_items, p);
        first_items = false;
    } else if (t.id == "priorities") {
        t.colour_scale = scores(2, 2, p);
    } else if (t.id == "follow_up") {
        t.colour_scale = scores(2, 3, p);
    } else if (t.id == "totals") {
        t.charts.push_back(
            {Kind::line, chart_labels::kTrend.in(lang), 0, {1}, chart_labels::kTotalScore.in(lang)});
    }
}

void outcome_table(doc::Table& t, const ReportParts& p) {
    const Lang lang = p.lang;
    if (t.id == "closed_outcomes")
        t.charts.push_back({Kind::bar, chart_labels::kDistribution.in(lang), 0, {1}, {}});
    else if (t.id == "cohort")
        t.charts.push_back(
            {Kind::line, chart_labels::kCohort.in(lang), 0, {2}, chart_labels::kShareOfCohort.in(lang)});
}

}  // namespace

void place_on_sheets(const ReportParts& p, doc::Document& document) {
    bool first_items = true;
    for (auto& block : document.blocks) {
        auto* t = std::get_if<doc::Table>(&block);
        if (t == nullptr) continue;
        t->sheet = sheet_of(t->id)->in(p.lang);
        if (p.fidelity) fidelity_table(*t, first_items, p);
        if (p.outcomes) outcome_table(*t, p);
    }
}

}  // namespace ipskit::writers::reports
