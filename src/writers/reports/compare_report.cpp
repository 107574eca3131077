#include "writers/reports/compare_report.hpp"

#include <fmt/format.h>

namespace ipskit::writers::reports {

namespace {

struct Labels {
    Text title{"Fidelity across {} sites", "Fidelitet på tværs af {} steder"};
    Text scale{"Scale", "Skala"};
    Text sites{"Sites", "Steder"};
    Text matrix{"Item scores by site", "Punkternes scorer pr. sted"};
    Text site{"Site", "Sted"};
    Text cluster{"Cluster", "Klynge"};
    Text date{"Review date", "Vurderingsdato"};
    Text total{"Total", "Total"};
    Text level{"Level", "Niveau"};
    Text region_mean{"Mean of all sites", "Gennemsnit af alle steder"};
    Text matrix_note{"Columns 1–{} are the scale's items.", "Kolonne 1–{} er skalaens punkter."};
    Text clusters{"Cluster means", "Gennemsnit pr. klynge"};
    Text mean_total{"Mean total", "Gennemsnitlig total"};
    Text no_clusters{"No site belongs to a cluster (give 'cluster:' in the reviews or --clusters).",
                     "Intet sted hører til en klynge (angiv 'cluster:' i vurderingerne eller --clusters)."};
    Text weakest{"Weakest items across the region", "Svageste punkter på tværs af regionen"};
    Text item{"Item", "Punkt"};
    Text name{"Name", "Navn"};
    Text mean{"Mean", "Gennemsnit"};
    Text at_or_below{"Sites scoring {} or less (of {})", "Steder med {} eller mindre (af {})"};
    Text weakest_note{"The {} items with the lowest mean over the sites, lowest first.",
                      "De {} punkter med det laveste gennemsnit over stederne, laveste først."};
};

const Labels L;

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
        L.matrix.in(lang),
        {{"site", L.site.in(lang)}, {"cluster", L.cluster.in(lang)}, {"review_date", L.date.in(lang)}},
        {},
        {},
        {f(L.matrix_note, lang, scale.items.size())},
        {}};
    const std::size_t first_item = t.columns.size();
    add_item_columns(t, scale);
    t.columns.push_back({"total", L.total.in(lang)});
    t.columns.push_back({"level", L.level.in(lang)});
    t.colour_scale =
        doc::ColourScale{first_item, first_item + scale.items.size() - 1,
                         static_cast<double>(scale.score_min), static_cast<double>(scale.score_max)};
    for (const auto& site : c.sites) {
        std::vector<doc::Cell> row{doc::Cell::of_text(site.review->site), doc::Cell::of_text(site.cluster),
                                   doc::Cell::of_text(site.review->review_date)};
        for (const auto& rating : site.review->ratings) row.push_back(doc::Cell::of_int(rating.score));
        row.push_back(doc::Cell::of_int(site.total));
        row.push_back(site.level ? doc::Cell::of_text(site.level->name.in(lang)) : doc::Cell::blank());
        t.add_row(std::move(row));
    }
    std::vector<doc::Cell> mean_row{doc::Cell::of_text(L.region_mean.in(lang)), doc::Cell::blank(),
                                    doc::Cell::blank()};
    std::vector<double> item_means(scale.items.size(), 0);
    for (const auto& item : c.weakest)
        item_means[static_cast<std::size_t>(item.item - scale.items.data())] = item.mean;
    for (double mean : item_means) mean_row.push_back(doc::Cell::of_number(mean, 1));
    mean_row.push_back(doc::Cell::of_number(c.mean_total, 1));
    mean_row.push_back(doc::Cell::blank());
    t.add_row(std::move(mean_row), true);
    return t;
}

doc::Table clusters_table(const SiteComparison& c, Lang lang) {
    doc::Table t{
        "clusters",
        L.clusters.in(lang),
        {{"cluster", L.cluster.in(lang)}, {"sites", L.sites.in(lang)}, {"mean_total", L.mean_total.in(lang)}},
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
    if (c.clusters.empty()) t.notes.push_back(L.no_clusters.in(lang));
    return t;
}

doc::Table weakest_table(const SiteComparison& c, Lang lang) {
    const std::size_t shown = std::min(kWeakestShown, c.weakest.size());
    doc::Table t{"weakest",
                 L.weakest.in(lang),
                 {{"item", L.item.in(lang)},
                  {"name", L.name.in(lang)},
                  {"mean", L.mean.in(lang)},
                  {"sites_at_or_below", f(L.at_or_below, lang, weak_score(*c.scale), c.sites.size())}},
                 {},
                 {},
                 {f(L.weakest_note, lang, shown)},
                 {}};
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& item = c.weakest[i];
        t.add_row({doc::Cell::of_int(item.item->number), doc::Cell::of_text(item.item->name.in(lang)),
                   doc::Cell::of_number(item.mean, 2), doc::Cell::of_int(item.sites_at_or_below)});
    }
    return t;
}

}  // namespace

doc::Document compare_report(const SiteComparison& c, Lang lang) {
    doc::Document d{"compare", f(L.title, lang, c.sites.size()), {}, {}};
    d.facts = {
        {"scale", L.scale.in(lang), doc::Cell::of_text(c.scale->name.in(lang) + " (" + c.scale->id + ")")},
        {"sites", L.sites.in(lang), doc::Cell::of_int(static_cast<long long>(c.sites.size()))}};
    d.blocks.push_back(matrix_table(c, lang));
    d.blocks.push_back(clusters_table(c, lang));
    d.blocks.push_back(weakest_table(c, lang));
    return d;
}

}  // namespace ipskit::writers::reports
