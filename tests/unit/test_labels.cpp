// Every label table of every report: each label has an English and a Danish
// text, and both take the same figures, so no report shows a blank heading or
// fails in fmt in one language only.

#include <algorithm>
#include <string>

#include <doctest/doctest.h>

#include "domain/outcomes/case.hpp"
#include "writers/charts/chart_labels.hpp"
#include "writers/questionnaire/consensus_labels.hpp"
#include "writers/questionnaire/report_settings_labels.hpp"
#include "writers/questionnaire/staff_template_labels.hpp"
#include "writers/questionnaire/template_labels.hpp"
#include "writers/questionnaire/workbook_labels.hpp"
#include "writers/render/render_labels.hpp"
#include "writers/reports/agreement_labels.hpp"
#include "writers/reports/compare_labels.hpp"
#include "writers/reports/derive_labels.hpp"
#include "writers/reports/fidelity_outcomes_labels.hpp"
#include "writers/reports/outcomes_group_labels.hpp"
#include "writers/reports/outcomes_labels.hpp"
#include "writers/reports/outcomes_periods_labels.hpp"
#include "writers/reports/referral_labels.hpp"
#include "writers/reports/report_labels.hpp"
#include "writers/reports/report_sheet_labels.hpp"
#include "writers/reports/scale_labels.hpp"
#include "writers/reports/score_evidence_labels.hpp"
#include "writers/reports/score_labels.hpp"
#include "writers/reports/trend_labels.hpp"

using ipskit::Text;
namespace reports = ipskit::writers::reports;
namespace questionnaire = ipskit::writers::questionnaire;

namespace {

// "{}" and "{0}" take a figure; "{{" is a brace written out.
long placeholders(const std::string& s) {
    long n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '{') continue;
        if (i + 1 < s.size() && s[i + 1] == '{') {
            ++i;
            continue;
        }
        ++n;
    }
    return n;
}

void check_label(const Text& t, const char* table) {
    INFO("table: " << table << ", label: " << t.en);
    CHECK_FALSE(t.en.empty());
    CHECK_FALSE(t.da.empty());
    CHECK(placeholders(t.en) == placeholders(t.da));
}

template <typename Table>
void check_table(const Table& labels, const char* table) {
    for (const Text* t : labels) check_label(*t, table);
    // A label listed twice hints that another was left out of the list.
    for (auto it = labels.begin(); it != labels.end(); ++it)
        CHECK_MESSAGE(std::count(labels.begin(), labels.end(), *it) == 1, table, ": ", (*it)->en);
}

}  // namespace

TEST_CASE("labels: every label has an English and a Danish text") {
    check_table(reports::score_labels::kAllLabels, "score");
    check_table(reports::scale_labels::kAllLabels, "scale");
    check_table(reports::trend_labels::kAllLabels, "trend");
    check_table(reports::derive_labels::kAllLabels, "derive");
    check_table(reports::compare_labels::kAllLabels, "compare");
    check_table(reports::agreement_labels::kAllLabels, "agreement");
    check_table(reports::kAllLabels, "outcomes");
    check_table(reports::period_labels::kAllLabels, "outcomes over periods");
    check_table(reports::group_labels::kAllLabels, "outcomes by group");
    check_table(reports::report_labels::kAllLabels, "report");
    check_table(reports::report_sheet_labels::kAllLabels, "report sheets");
    check_table(questionnaire::report_settings_labels::kAllLabels, "report settings");
    check_table(questionnaire::staff_template_labels::kAllLabels, "staff template");
    check_table(reports::score_evidence_labels::kAllLabels, "score evidence");
    check_table(questionnaire::template_labels::kAllLabels, "template");
    check_table(questionnaire::workbook_labels::kAllLabels, "workbook");
    check_table(questionnaire::consensus_labels::kAllLabels, "consensus");
    check_table(ipskit::writers::render::render_labels::kAllLabels, "render");
    check_table(ipskit::writers::charts::chart_labels::kAllLabels, "charts");
    check_table(reports::fidelity_outcomes_labels::kAllLabels, "fidelity beside outcomes");
    check_table(reports::referral_labels::kAllLabels, "referral path");
}

TEST_CASE("labels: every outcome and group field has an English and a Danish name") {
    for (auto outcome : ipskit::outcomes::kOutcomes) check_label(reports::outcome_name(outcome), "outcomes");
    using ipskit::outcomes::GroupField;
    for (auto field : {GroupField::site, GroupField::cluster, GroupField::target_group,
                       GroupField::consultant, GroupField::year})
        check_label(reports::group_field_name(field, {}), "group fields");
}
