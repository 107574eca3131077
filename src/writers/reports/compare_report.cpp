#include "writers/reports/compare_report.hpp"

#include <fmt/format.h>

#include "writers/reports/compare_labels.hpp"

namespace ipskit::writers::reports {

// Labels are named constants, so a misspelt one does not compile.
using namespace compare_labels;

namespace {

std::string f(const Text& t, Lang lang, auto... args) {
    return fmt::format(fmt::runtime(t.in(lang)), args...);
}

void add_item_columns(doc::Table& table, const Scale& scale) {
    for (const auto& item : scale.items)
        table.columns.push_back({fmt::format("item_{}", item.number), fmt::format("{}", item.number)});
}

doc::Table matrix_table(const SiteComparison& c, Lang lang) {
    const Scale& scale = *c.scale;
    doc::Table t{
        "matrix",
        kMatrix.in(lang),
        {{"site", kSite.in(lang)}, {"cluster", kCluster.in(lang)}, {"review_date", kReviewDate.in(lang)}},
        {},
        {},
        {f(kMatrixNote, lang, scale.items.size()), kFileNote.in(lang)},
        {}};
    const std::size_t first_item = t.columns.size();
    add_item_columns(t, scale);
    t.columns.push_back({"total", kTotal.in(lang)});
    t.columns.push_back({"level", kLevel.in(lang)});
    // Last, so that a column added does not move the others for those who read them by place.
    t.columns.push_back({"file", kFile.in(lang)});
    t.colour_scale =
        doc::ColourScale{first_item, first_item + scale.items.size() - 1,
                         static_cast<double>(scale.score_min), static_cast<double>(scale.score_max)};
    for (const auto& site : c.sites) {
        std::vector<doc::Cell> row{doc::Cell::of_text(site.review->site), doc::Cell::of_text(site.cluster),
                                   doc::Cell::of_date(site.review->review_date)};
        for (const auto& rating : site.review->ratings) row.push_back(doc::Cell::of_int(rating.score));
        row.push_back(doc::Cell::of_int(site.total));
        row.push_back(site.level ? doc::Cell::of_choice(site.level->id, site.level->name.in(lang))
                                 : doc::Cell::blank());
        row.push_back(doc::Cell::of_text(site.review->file));
        t.add_row(std::move(row));
    }
    std::vector<doc::Cell> mean_row{doc::Cell::undefined(kRegionMean.in(lang)), doc::Cell::blank(),
                                    doc::Cell::blank()};
    std::vector<double> item_means(scale.items.size(), 0);
    for (const auto& item : c.weakest)
        item_means[static_cast<std::size_t>(item.item - scale.items.data())] = item.mean;
    for (double mean : item_means) mean_row.push_back(doc::Cell::of_number(mean, 1));
    mean_row.push_back(doc::Cell::of_number(c.mean_total, 1));
    mean_row.push_back(doc::Cell::blank());
    mean_row.push_back(doc::Cell::blank());
    t.add_row(std::move(mean_row), true);
    return t;
}

doc::Table clusters_table(const SiteComparison& c, Lang lang) {
    doc::Table t{
        "clusters",
        kClusters.in(lang),
        {{"cluster", kCluster.in(lang)}, {"sites", kSites.in(lang)}, {"mean_total", kMeanTotal.in(lang)}},
        {},
        {},
        {},
        {}};
    add_item_columns(t, *c.scale);
    for (const auto& cluster : c.clusters) {
        std::vector<doc::Cell> row{doc::Cell::of_text(cluster.cluster), doc::Cell::of_int(cluster.sites),
                                   doc::Cell::of_number(cluster.mean_total, 1)};
        for (double mean : cluster.item_means) row.push_back(doc::Cell::of_number(mean, 1));
        t.add_row(std::move(row));
    }
    if (c.clusters.empty()) t.notes.push_back(kNoClusters.in(lang));
    return t;
}

doc::Table weakest_table(const SiteComparison& c, Lang lang) {
    const std::size_t shown = std::min(kWeakestShown, c.weakest.size());
    doc::Table t{"weakest",
                 kWeakest.in(lang),
                 {{"item", kItem.in(lang)},
                  {"name", kName.in(lang)},
                  {"mean", kMean.in(lang)},
                  {"sites_at_or_below", f(kAtOrBelow, lang, weak_score(*c.scale), c.sites.size())}},
                 {},
                 {},
                 {f(kWeakestNote, lang, shown)},
                 {}};
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& item = c.weakest[i];
        t.add_row({doc::Cell::of_int(item.item->number),
                   doc::Cell::of_choice(item.item->id, item.item->name.in(lang)),
                   doc::Cell::of_number(item.mean, 2), doc::Cell::of_int(item.sites_at_or_below)});
    }
    return t;
}

}  // namespace

doc::Document compare_report(const SiteComparison& c, Lang lang) {
    doc::Document d{"compare", f(kTitle, lang, c.sites.size()), {}, {}};
    d.facts = {{"scale", kScale.in(lang),
                doc::Cell::of_choice(c.scale->id, c.scale->name.in(lang) + " (" + c.scale->id + ")")},
               {"sites", kSites.in(lang), doc::Cell::of_int(static_cast<long long>(c.sites.size()))}};
    d.blocks.push_back(matrix_table(c, lang));
    d.blocks.push_back(clusters_table(c, lang));
    d.blocks.push_back(weakest_table(c, lang));
    return d;
}

}  // namespace ipskit::writers::reports
