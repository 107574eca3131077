// The outcomes report laid out from aggregated cases: the published Hjørring
// 2020 figures (37 job, 2 flexjob, 30 education, 55 other of 124) must come
// out as the published table: 30 %, 2 %, 24 %, 44 %; job or education 69 = 56 %.

#include <doctest/doctest.h>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "writers/render/markdown.hpp"
#include "writers/reports/outcomes_report.hpp"

using namespace ipskit;
using namespace ipskit::outcomes;

namespace {

constexpr DayNumber k2020_01_01 = 18262;

OutcomeResult hjoerring_2020() {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    OutcomeAggregator agg(rules, {});
    auto add = [&](Outcome o, int n) {
        for (int i = 0; i < n; ++i) {
            Case c;
            c.start = k2020_01_01 - 300;
            c.end = k2020_01_01 + 100;
            c.outcome = o;
            if (is_job_or_education(o)) c.outcome_date = c.start + 308;
            agg.add(c);
        }
    };
    add(Outcome::job, 37);
    add(Outcome::flexjob, 2);
    add(Outcome::education, 30);
    add(Outcome::other, 55);
    Case active;
    active.start = k2020_01_01;
    agg.add(active);
    return agg.finish();
}

const writers::doc::Table& table(const writers::doc::Document& d, const std::string& id) {
    for (const auto& block : d.blocks)
        if (const auto* t = std::get_if<writers::doc::Table>(&block); t && t->id == id) return *t;
    FAIL("no table " << id);
    throw 0;
}

// The report as the command builds it: the figures first, with the
// options' target and threshold.
writers::doc::Document report(const writers::reports::OutcomesReportOptions& options) {
    const auto result = hjoerring_2020();
    const auto figures =
        compute_figures(result, {options.target * 100, options.suppress_below, options.max_caseload});
    return writers::reports::build_outcomes_report(result, figures, options);
}

}  // namespace

TEST_CASE("writers::build_outcomes_report") {
    writers::reports::OutcomesReportOptions options;
    options.lang = Lang::da;
    options.period_name = "2020";
    options.period_from = "2020-01-01";
    options.period_to = "2020-12-31";
    const auto document = report(options);
    const std::string md = writers::render::render_markdown(document, Lang::da);

    SUBCASE("the published table, in Danish") {
        CHECK(md.find("| Ordinært job | 37 | 30 % |") != std::string::npos);
        CHECK(md.find("| Fleksjob | 2 | 2 % |") != std::string::npos);
        CHECK(md.find("| Uddannelse | 30 | 24 % |") != std::string::npos);
        CHECK(md.find("| Andet | 55 | 44 % |") != std::string::npos);
        CHECK(md.find("| **I alt** | **124** | **100 %** |") != std::string::npos);
        CHECK(md.find("| Job eller uddannelse | 69 | 56 % |") != std::string::npos);
        CHECK(md.find("| Job eller uddannelse | 56 % | 50 % | opfyldt |") != std::string::npos);
    }
    SUBCASE("shares are stored unrounded, as fractions") {
        const auto& closed = table(document, "closed_outcomes");
        CHECK(closed.rows[0][2].value == doctest::Approx(37.0 / 124));
        CHECK(closed.rows[5][1].value == 69);
    }
    SUBCASE("time to job or education: 308 days = 0.8 years") {
        const auto& time = table(document, "time_from_start");
        CHECK(time.rows[0][1].value == 69);
        CHECK(time.rows[0][2].value == doctest::Approx(308));
        CHECK(time.rows[0][6].value == doctest::Approx(308 / 365.25));
        CHECK(md.find("| 308 | 308 | 308 | 308 | 0,8 | 0,8 |") != std::string::npos);
    }
    SUBCASE("the notes say what was counted and what was left out") {
        CHECK(md.find("Forløb med slutdato fra 01-01-2020 til 31-12-2020.") != std::string::npos);
        CHECK(md.find("de 124 forløb, der blev afsluttet i perioden") != std::string::npos);
        CHECK(md.find(
                  "Udeladt: stadig aktive (1), afsluttet før perioden (0), afsluttet efter perioden (0).") !=
              std::string::npos);
    }
    SUBCASE("with --ci every share has its Wilson interval") {
        // R: prop.test(37, 124, correct = FALSE)$conf.int = 0.2249000372 0.3839905335
        options.ci = true;
        const auto with_ci = report(options);
        const auto& closed = table(with_ci, "closed_outcomes");
        REQUIRE(closed.columns.size() == 5);
        CHECK(closed.rows[0][3].value == doctest::Approx(0.2249000372));
        CHECK(closed.rows[0][4].value == doctest::Approx(0.3839905335));
    }
}
