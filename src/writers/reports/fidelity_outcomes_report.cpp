#include "writers/reports/fidelity_outcomes_report.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "writers/doc/cell_format.hpp"
#include "writers/reports/fidelity_outcomes_labels.hpp"
#include "writers/reports/outcomes_report_parts.hpp"

namespace ipskit::writers::reports {

using namespace fidelity_outcomes_labels;

namespace {

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

doc::Cell optional_percent(std::optional<double> x) {
    return x ? doc::Cell::of_percent(*x, 0) : doc::Cell::blank();
}

using outcomes::Mark;

// A figure, or the marker of suppression when it is hidden.
doc::Cell or_marker(Mark mark, long threshold, doc::Cell shown) {
    return mark == Mark::shown ? std::move(shown) : hidden_cell(mark, threshold);
}

doc::Cell flag_cell(const SiteBesideOutcome& site, Lang lang) {
    if (!site.in_correlation) return doc::Cell::of_choice("not_in_correlation", kNotCorrelated.in(lang));
    switch (site.flag) {
        case OutcomeFlag::below:
            return doc::Cell::of_choice("below", kBelow.in(lang));
        case OutcomeFlag::above:
            return doc::Cell::of_choice("above", kAbove.in(lang));
        case OutcomeFlag::none:
            break;
    }
    return doc::Cell::blank();
}

std::vector<doc::Column> site_columns(const FidelityBesideOutcomes& j, Lang lang) {
    std::vector<doc::Column> columns{{"site", kSite.in(lang)}, {"cluster", kCluster.in(lang)}};
    std::vector<doc::Column> figures{
        {"review_date", kReviewDate.in(lang)}, {"total", kTotal.in(lang)}, {"level", kLevel.in(lang)}};
    for (const Section* section : j.sections)
        figures.push_back({"section_" + section->id, section->name.in(lang)});
    figures.insert(figures.end(), {{"closed", kClosed.in(lang)},
                                   {"job_or_education", kJobOrEducation.in(lang)},
                                   {"share", kShare.in(lang)},
                                   {"median_days", kMedianDays.in(lang)},
                                   {"expected_share", kExpected.in(lang)},
                                   {"standardised_residual", kResidual.in(lang)},
                                   {"flag", kFlag.in(lang)}});
    // The map's attributes are its own words (e.g. model), shown as written;
    // one named as a column of ours is keyed attribute_NAME in JSON and CSV.
    for (const auto& name : j.attribute_names) {
        const bool taken = std::any_of(figures.begin(), figures.end(),
                                       [&](const doc::Column& c) { return c.key == name; }) ||
                           name == "site" || name == "cluster";
        columns.push_back({taken ? "attribute_" + name : name, name});
    }
    columns.insert(columns.end(), figures.begin(), figures.end());
    return columns;
}

std::vector<doc::Cell> site_row(const SiteBesideOutcome& site, long t, Lang lang) {
    const auto& fidelity = *site.fidelity;
    std::vector<doc::Cell> row{doc::Cell::of_text(fidelity.review->site),
                               doc::Cell::of_text(fidelity.cluster)};
    for (const auto& value : site.attributes) row.push_back(doc::Cell::of_text(value));
    row.push_back(doc::Cell::of_date(fidelity.review->review_date));
    row.push_back(doc::Cell::of_int(fidelity.total));
    row.push_back(fidelity.level ? doc::Cell::of_choice(fidelity.level->id, fidelity.level->name.in(lang))
                                 : doc::Cell::blank());
    for (int subtotal : site.section_subtotals) row.push_back(doc::Cell::of_int(subtotal));
    row.push_back(or_marker(site.closed_mark, t, doc::Cell::of_int(site.closed)));
    row.push_back(or_marker(site.job_or_education_mark, t, doc::Cell::of_int(site.job_or_education)));
    row.push_back(or_marker(site.share_mark, t, optional_percent(site.share)));
    row.push_back(
        or_marker(site.median_mark, t,
                  site.median_days ? doc::Cell::of_number(*site.median_days, 0) : doc::Cell::blank()));
    // Blank for a site left out of the line, whatever is hidden: it has no expected share.
    const Mark line = site.predicted_share ? site.line_figures_mark : Mark::shown;
    row.push_back(or_marker(line, t, optional_percent(site.predicted_share)));
    row.push_back(or_marker(line, t,
                            site.standardised_residual ? doc::Cell::of_number(*site.standardised_residual, 2)
                                                       : doc::Cell::blank()));
    row.push_back(flag_cell(site, lang));
    return row;
}

doc::Table sites_table(const FidelityBesideOutcomes& j, const FidelityOutcomesReportOptions& o) {
    const Lang lang = o.lang;
    doc::Table t{"fidelity_outcomes", kBySite.in(lang), site_columns(j, lang), {}, {}, {}};
    const long threshold = j.suppress_below;
    const auto count = [&](long n, Mark mark) {
        return mark == Mark::shown ? std::to_string(n) : marker(mark, threshold);
    };
    for (const auto& site : j.sites) t.add_row(site_row(site, threshold, lang));
    t.notes.push_back(f(kShareNote, lang, count(j.with_days, j.with_days_mark)));
    t.notes.push_back(f(kExpectedNote, lang, kFlagResidual));
    t.notes.push_back(f(kLeftOutNote, lang, j.min_closed));
    if (j.courses_without_site > 0)
        t.notes.push_back(
            f(kWithoutSiteNote, lang, count(j.courses_without_site, j.courses_without_site_mark)));
    if (threshold > 0) {
        // The note of the outcomes report, word for word: the markers mean the same.
        OutcomesReportOptions outcomes;
        outcomes.lang = lang;
        outcomes.suppress_below = threshold;
        t.notes.push_back(suppression_note(outcomes));
    }
    if (j.line_mark != Mark::shown) t.notes.push_back(kLineHiddenNote.in(lang));
    return t;
}

doc::Cell optional_figure(std::optional<double> x, int decimals) {
    return x ? doc::Cell::of_number(*x, decimals) : doc::Cell::blank();
}

doc::Table correlation_table(const FidelityBesideOutcomes& j, Lang lang) {
    const auto line_cell = [&](doc::Cell shown) {
        return j.line ? or_marker(j.line_mark, j.suppress_below, std::move(shown)) : doc::Cell::blank();
    };
    doc::Table t{"rank_correlation",
                 kCorrelationTitle.in(lang),
                 {{"measure", kMeasure.in(lang)}, {"value", kValue.in(lang)}},
                 {},
                 {},
                 {}};
    const auto& r = j.correlation;
    const auto row = [&](const char* id, const Text& label, doc::Cell value) {
        t.add_row({doc::Cell::of_choice(id, label.in(lang)), std::move(value)});
    };
    row("sites", kSites, doc::Cell::of_int(r.n));
    row("spearman_rho", kRho, optional_figure(r.rho, 2));
    row("ci_lower", kLower, optional_figure(r.ci ? std::optional(r.ci->lower) : std::nullopt, 2));
    row("ci_upper", kUpper, optional_figure(r.ci ? std::optional(r.ci->upper) : std::nullopt, 2));
    // In percentage points, as the shares are read; the line is of fractions.
    row("line_intercept_points", kIntercept,
        line_cell(doc::Cell::of_number(100 * (j.line ? j.line->intercept : 0), 1)));
    row("line_slope_points", kSlope, line_cell(doc::Cell::of_number(100 * (j.line ? j.line->slope : 0), 2)));
    t.notes.push_back(kMethodNote.in(lang));
    if (j.few_sites()) t.notes.push_back(f(kFewSitesNote, lang, r.n, kFewSitesForCorrelation));
    return t;
}

// The correlation and the flagged sites in words, as a steering group reads them.
std::vector<std::string> findings(const FidelityBesideOutcomes& j, Lang lang) {
    const auto style = doc::NumberStyle::for_lang(lang);
    const auto number = [&](double x) { return doc::format_fixed(x, 2, style.decimal_mark); };
    const auto percent = [&](double x) { return doc::format_cell(doc::Cell::of_percent(x, 0), style); };
    const auto& r = j.correlation;
    std::vector<std::string> out;
    switch (j.relation()) {
        case Relation::not_computed:
            out.push_back(kNoRho.in(lang));
            break;
        case Relation::unclear:
            out.push_back(
                r.ci ? f(kUnclear, lang, r.n, number(*r.rho), number(r.ci->lower), number(r.ci->upper))
                     : f(kUnclearNoCi, lang, r.n, number(*r.rho)));
            break;
        case Relation::positive:
        case Relation::negative: {
            const Text& text = j.relation() == Relation::positive ? kPositive : kNegative;
            const double lower = r.ci ? r.ci->lower : *r.rho;
            const double upper = r.ci ? r.ci->upper : *r.rho;
            out.push_back(f(text, lang, r.n, number(*r.rho), number(lower), number(upper)));
            break;
        }
    }
    bool any = false;
    for (const auto& site : j.sites) {
        if (site.flag == OutcomeFlag::none) continue;
        if (site.share_mark == Mark::shown && site.line_figures_mark == Mark::shown)
            out.push_back(f(kFlagged, lang, site.fidelity->review->site, percent(*site.share),
                            percent(*site.predicted_share)));
        else
            out.push_back(f(kFlaggedHidden, lang, site.fidelity->review->site));
        any = true;
    }
    if (!any && j.line) out.push_back(kNoneFlagged.in(lang));
    return out;
}

doc::Table unmatched_table(const FidelityBesideOutcomes& j, Lang lang) {
    doc::Table t{"unmatched_sites",
                 kUnmatchedTitle.in(lang),
                 {{"site", kSite.in(lang)}, {"found_in", kWhere.in(lang)}, {"file", kFile.in(lang)}},
                 {},
                 {},
                 {kUnmatchedNote.in(lang)}};
    for (const auto& site : j.unmatched)
        t.add_row({doc::Cell::of_text(site.site),
                   site.reviewed ? doc::Cell::of_choice("reviews", kReviewsOnly.in(lang))
                                 : doc::Cell::of_choice("extract", kExtractOnly.in(lang)),
                   doc::Cell::of_text(site.file)});
    return t;
}

}  // namespace

void add_fidelity_outcomes(doc::Document& document, const FidelityBesideOutcomes& joined,
                           const FidelityOutcomesReportOptions& o) {
    document.facts.push_back({"extract", kExtract.in(o.lang), doc::Cell::of_text(o.extract)});
    if (!o.period.empty())
        document.facts.push_back({"period", kPeriod.in(o.lang), doc::Cell::of_text(o.period)});
    document.blocks.push_back(
        doc::Heading{2, o.period.empty() ? kTitle.in(o.lang) : f(kTitleIn, o.lang, o.period)});
    for (auto& finding : findings(joined, o.lang))
        document.blocks.push_back(doc::Paragraph{std::move(finding)});
    document.blocks.push_back(sites_table(joined, o));
    document.blocks.push_back(correlation_table(joined, o.lang));
    if (!joined.unmatched.empty()) document.blocks.push_back(unmatched_table(joined, o.lang));
}

}  // namespace ipskit::writers::reports
