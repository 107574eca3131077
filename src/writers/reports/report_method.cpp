// The method section of the fidelity report: the scale and its source, the
// data sources with their codes explained, how consensus was reached, the
// agreement between the reviewers when their own ratings were given, and
// the scale file's to_check caveat, once, here rather than in every table.

#include <algorithm>

#include <fmt/format.h>

#include "writers/reports/label_columns.hpp"
#include "writers/reports/report.hpp"
#include "writers/reports/report_labels.hpp"
#include "writers/reports/score_labels.hpp"

namespace ipskit::writers::reports {

using namespace report_labels;
namespace score = score_labels;

namespace {

// The codes of the IPS fidelity forms; a scale may use others, shown as written.
const Text* meaning_of(const std::string& code) {
    if (code == "MIS") return &kMis;
    if (code == "DOC") return &kDoc;
    if (code == "INT") return &kInt;
    if (code == "OBS") return &kObs;
    return nullptr;
}

doc::Table data_sources(const Scale& scale, Lang lang) {
    std::vector<std::string> codes;
    for (const Item& item : scale.items)
        for (const auto& code : item.data_sources)
            if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
    doc::Table t{"data_sources", kDataSourcesTitle.in(lang), {}, {}, {}, {}};
    add_columns(t, {{"code", &kCode}, {"meaning", &kMeaning}, {"items", &kUsedBy}}, lang);
    for (const auto& code : codes) {
        std::vector<int> items;
        for (const Item& item : scale.items)
            if (std::find(item.data_sources.begin(), item.data_sources.end(), code) !=
                item.data_sources.end())
                items.push_back(item.number);
        const Text* meaning = meaning_of(code);
        t.add_row({doc::Cell::of_text(code),
                   meaning ? doc::Cell::of_text(meaning->in(lang)) : doc::Cell::blank(),
                   doc::Cell::of_text(fmt::format("{}", fmt::join(items, ", ")))});
    }
    return t;
}

doc::Cell coefficient(const stats::Coefficient& c, bool percent, Lang lang) {
    if (!c.value) return doc::Cell::undefined(c.undefined_reason.in(lang));
    return percent ? doc::Cell::of_percent(*c.value, 0) : doc::Cell::of_number(*c.value, 2);
}

// The first pair's figures: with two reviewers, the only pair.
doc::Table agreement_table(const ReviewerComparison& a, Lang lang) {
    doc::Table t{"agreement", kAgreementTitle.in(lang), {}, {}, {}, {}};
    add_columns(t, {{"statistic", &kStatistic}, {"value", &kValueColumn}}, lang);
    const PairAgreement& pair = a.pairs.front();
    t.add_row({doc::Cell::of_text(kExact.in(lang)), coefficient(pair.exact, true, lang)});
    t.add_row({doc::Cell::of_text(kWithinOne.in(lang)), coefficient(pair.within_one, true, lang)});
    t.add_row({doc::Cell::of_text(kWeightedKappa.in(lang)), coefficient(pair.weighted_kappa, false, lang)});
    t.add_row(
        {doc::Cell::of_text(kIcc.in(lang)), coefficient(a.icc_all ? *a.icc_all : pair.icc, false, lang)});
    return t;
}

}  // namespace

void add_fidelity_method(const ReportParts& p, doc::Document& d) {
    const Lang lang = p.lang;
    const ReviewScore& s = p.fidelity->score;
    d.blocks.push_back(doc::Heading{2, kMethodHeading.in(lang)});
    d.blocks.push_back(
        doc::Paragraph{fmt::format(fmt::runtime(kMethodScale.in(lang)), s.scale->name.in(lang), s.scale->id,
                                   s.scale->version.in(lang), s.scale->source.in(lang))});
    d.blocks.push_back(doc::Paragraph{(s.review->consensus ? kConsensusMethod : kSingleMethod).in(lang)});
    d.blocks.push_back(data_sources(*s.scale, lang));
    if (p.agreement && !p.agreement->pairs.empty()) d.blocks.push_back(agreement_table(*p.agreement, lang));
    if (s.to_check.empty()) return;
    std::vector<int> numbers;
    for (const Item* item : s.to_check) numbers.push_back(item->number);
    d.blocks.push_back(doc::Heading{3, kCaveatHeading.in(lang)});
    d.blocks.push_back(doc::Paragraph{fmt::format(fmt::runtime(score::kToCheck.in(lang)),
                                                  fmt::join(numbers, ", "), s.scale->id + ".yaml")});
}

}  // namespace ipskit::writers::reports
