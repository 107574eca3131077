// The charts hold what their inputs say: one bar per item, per outcome or
// per group, one point per review or horizon, each with its figure written
// as text; hidden counts draw nothing. Counts of elements are of the SVG
// text itself; the end-to-end test `report_charts` parses the files as XML.

#include <string>

#include <doctest/doctest.h>

#include "domain/fidelity_report.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/figures.hpp"
#include "review_fixtures.hpp"
#include "writers/charts/charts.hpp"
#include "writers/charts/svg.hpp"

using namespace ipskit;
using namespace ipskit::writers::charts;
namespace doc = ipskit::writers::doc;

namespace {

long count(const std::string& text, const std::string& what) {
    long n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size()))
        ++n;
    return n;
}

bool has_text(const std::string& svg, const std::string& text) {
    return svg.find(">" + text + "</text>") != std::string::npos;
}

constexpr outcomes::DayNumber k2020_01_01 = 18262;

// Two sites: A with 6 job, 1 education, 3 other (70 %); B with 2 job, 8 other (20 %).
outcomes::OutcomeResult two_sites(long small_other) {
    outcomes::AggregationRules rules;
    rules.period = {k2020_01_01, k2020_01_01 + 365};
    rules.cohort = true;
    rules.horizons_months = {6, 12};
    rules.as_of = k2020_01_01 + 700;
    outcomes::OutcomeAggregator agg(rules, {outcomes::GroupField::site});
    auto add = [&](std::string_view site, outcomes::Outcome o, long n) {
        for (long i = 0; i < n; ++i) {
            outcomes::Case c;
            c.site = site;
            c.start = k2020_01_01 + 10;
            c.end = c.start + 200;
            c.outcome = o;
            if (outcomes::is_job_or_education(o)) c.outcome_date = c.start + 100;
            agg.add(c);
        }
    };
    add("A", outcomes::Outcome::job, 6);
    add("A", outcomes::Outcome::education, 1);
    add("A", outcomes::Outcome::other, 3);
    add("B", outcomes::Outcome::job, 2);
    add("B", outcomes::Outcome::other, small_other);
    return agg.finish();
}

}  // namespace

TEST_CASE("charts::escape and charts::number") {
    CHECK(escape("A & B <\"x\"> 'y'") == "A &amp; B &lt;&quot;x&quot;&gt; &apos;y&apos;");
    CHECK(escape("line\nbreak\x01") == "line break ");
    CHECK(escape("Hjørring") == "Hjørring");
    CHECK(number(3) == "3");
    CHECK(number(12.25) == "12.3");
    CHECK(number(-0.04) == "0");
    CHECK(number(-2.5) == "-2.5");
}

TEST_CASE("charts::Svg") {
    Svg svg(100, 50, "A <title>");
    svg.text({1, 2}, "Søjle & tekst", {10, Anchor::middle, true});
    const std::string out = svg.finish();
    CHECK(out.rfind(
              "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\" viewBox=\"0 0 100 50\"",
              0) == 0);
    CHECK(out.find("<title>A &lt;title&gt;</title>") != std::string::npos);
    CHECK(
        out.find(
            R"(<text x="1" y="2" font-size="10" text-anchor="middle" font-weight="bold">Søjle &amp; tekst</text>)") !=
        std::string::npos);
    CHECK(out.back() == '\n');
}

TEST_CASE("charts::item_profile") {
    const Scale scale = fixtures::scale_of(25);
    const Review now = fixtures::review_of("Hjørring", "2020-11-12", "A", fixtures::hjorring_a);
    const Review before = fixtures::review_of("Hjørring", "2019-11-01", "A", fixtures::hjorring_b);
    SUBCASE("this review beside the previous one") {
        const doc::Figure f = item_profile(fidelity_report(scale, now, {&before}), Lang::en);
        CHECK(f.id == "item_profile");
        // background, 2 legend swatches, 5 score shades, 25 bars of each review
        CHECK(count(f.svg, "<rect ") == 1 + 2 + 5 + 25 + 25);
        CHECK(count(f.svg, "fill=\"#ffffff\" stroke=") == 1 + 25);  // the previous review's bars are outlined
        CHECK(has_text(f.svg, "Item profile"));
        CHECK(has_text(f.svg, "Section A"));
        CHECK(has_text(f.svg, "Item 25"));
        CHECK(has_text(f.svg, "This review (2020-11-12)"));
        CHECK(has_text(f.svg, "Previous review (2019-11-01)"));
        CHECK(has_text(f.svg, "Score"));
        CHECK(has_text(f.svg, "3 (-2)"));  // item 10: 5 before, 3 now
        CHECK(has_text(f.svg, "4"));       // item 1: 4 both times
        // item 6 scored 1: the lightest shade
        CHECK(count(f.svg, "fill=\"#ffffcc\"") == 1 + 1);
        CHECK(item_profile(fidelity_report(scale, now, {&before}), Lang::en).svg == f.svg);
    }
    SUBCASE("alone, in Danish") {
        const doc::Figure f = item_profile(fidelity_report(scale, now, {}), Lang::da);
        CHECK(count(f.svg, "<rect ") == 1 + 1 + 5 + 25);
        CHECK(has_text(f.svg, "Punktprofil"));
        CHECK(has_text(f.svg, "Område B"));
        CHECK(has_text(f.svg, "Punkt 3"));
    }
}

TEST_CASE("charts::section_means") {
    const Scale scale = fixtures::scale_of(25);
    const Review now = fixtures::review_of("Hjørring", "2020-11-12", "A", fixtures::hjorring_a);
    const Review before = fixtures::review_of("Hjørring", "2019-11-01", "A", fixtures::hjorring_b);
    const doc::Figure f = section_means(fidelity_report(scale, now, {&before}), Lang::da);
    CHECK(count(f.svg, "<rect ") == 1 + 2 + 2 + 2);
    // Python: hjorring_a items 1-12 sum to 48 (4.00), 13-25 to 57 (4.38);
    // hjorring_b 48 (4.00) and 56 (4.31).
    CHECK(count(f.svg, ">4,00</text>") == 2);
    CHECK(has_text(f.svg, "4,38"));
    CHECK(has_text(f.svg, "4,31"));
}

TEST_CASE("charts::total_trend") {
    const Scale scale = fixtures::scale_of(25);
    const Review r1 = fixtures::review_of("Hjørring", "2018-10-01", "A", std::vector<int>(25, 3));
    const Review r2 = fixtures::review_of("Hjørring", "2019-11-01", "A", fixtures::hjorring_b);
    const Review r3 = fixtures::review_of("Hjørring", "2020-11-12", "A", fixtures::hjorring_a);
    const doc::Figure f = total_trend(fidelity_report(scale, r3, {&r2, &r1}), Lang::en);
    CHECK(count(f.svg, "<circle ") == 3);
    CHECK(count(f.svg, "<rect ") == 1 + 4);                          // background, one band per level
    CHECK(has_text(f.svg, "75"));                                    // 25 x 3
    CHECK(has_text(f.svg, "104"));                                   // hjorring_b
    CHECK(has_text(f.svg, "105"));                                   // hjorring_a
    CHECK(f.svg.find(">2018-10-01<") < f.svg.find(">2019-11-01<"));  // oldest first
    CHECK(has_text(f.svg, "Good"));
    CHECK(has_text(f.svg, "100–114"));
    CHECK(has_text(f.svg, "Total score"));
}

TEST_CASE("charts::outcome_distribution and share_by_group") {
    const outcomes::OutcomeResult result = two_sites(8);
    const outcomes::OutcomeFigures figures = outcomes::compute_figures(result, {50, 0, 20});
    OutcomeChartOptions options;
    SUBCASE("one bar per outcome with share and count") {
        const doc::Figure f = outcome_distribution(figures, options);
        CHECK(count(f.svg, "<rect ") == 1 + 4);  // flexjob's 0 % is a bar of no width
        CHECK(has_text(f.svg, "40% (8)"));       // job 8 of 20
        CHECK(has_text(f.svg, "5% (1)"));
        CHECK(has_text(f.svg, "55% (11)"));
        CHECK(has_text(f.svg, "Closed courses: 20"));
    }
    SUBCASE("groups and the total against the target") {
        const doc::Figure f = share_by_group(result, figures, options);
        CHECK(count(f.svg, "<rect ") == 1 + 2 + 3);  // background, legend, A, B, total
        CHECK(has_text(f.svg, "70% (10)"));
        CHECK(has_text(f.svg, "20% (10)"));
        CHECK(has_text(f.svg, "45% (20)"));
        CHECK(has_text(f.svg, "Target 50%"));
        CHECK(count(f.svg, "stroke-dasharray") == 1);
    }
    SUBCASE("with suppression, a hidden share draws no bar") {
        // B's 4 courses are under 5; A's 10 are hidden too, or total - A would tell B.
        const outcomes::OutcomeResult small = two_sites(2);
        const outcomes::OutcomeFigures hidden = outcomes::compute_figures(small, {50, 5, 20});
        options.suppress_below = 5;
        const doc::Figure f = share_by_group(small, hidden, options);
        CHECK(count(f.svg, "<rect ") == 1 + 2 + 1);  // background, legend, the total
        CHECK(has_text(f.svg, "&lt;5"));
        CHECK(has_text(f.svg, "x"));
        CHECK(has_text(f.svg, "64% (14)"));
    }
}

TEST_CASE("charts::cohort_curve") {
    const outcomes::OutcomeResult result = two_sites(8);
    const outcomes::OutcomeFigures figures = outcomes::compute_figures(result, {50, 0, 20});
    const doc::Figure f = cohort_curve(result, figures, {});
    // Every course reached job or education on day 100 or closed on day 200: 45 % by 6 and 12 months.
    CHECK(count(f.svg, "<circle ") == 2);
    CHECK(count(f.svg, "<polyline ") == 1);
    CHECK(count(f.svg, ">45%</text>") == 2);
    CHECK(has_text(f.svg, "12"));
    CHECK(has_text(f.svg, "Months since start"));
}
