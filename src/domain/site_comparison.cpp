#include "domain/site_comparison.hpp"

#include <algorithm>
#include <stdexcept>

#include "domain/collation.hpp"

namespace ipskit {

namespace {

ClusterMean cluster_mean(const Scale& scale, const std::string& name, const std::vector<SiteRow>& sites) {
    ClusterMean c{name, 0, 0, std::vector<double>(scale.items.size(), 0)};
    for (const auto& site : sites) {
        if (site.cluster != name) continue;
        ++c.sites;
        c.mean_total += site.total;
        for (std::size_t i = 0; i < scale.items.size(); ++i) c.item_means[i] += site.review->ratings[i].score;
    }
    c.mean_total /= c.sites;
    for (double& m : c.item_means) m /= c.sites;
    return c;
}

std::vector<RegionItem> items_by_mean(const Scale& scale, const std::vector<SiteRow>& sites) {
    std::vector<RegionItem> items;
    for (std::size_t i = 0; i < scale.items.size(); ++i) {
        RegionItem item{&scale.items[i], 0, 0};
        for (const auto& site : sites) {
            const int score = site.review->ratings[i].score;
            item.mean += score;
            if (scale.is_priority(score)) ++item.sites_at_or_below;
        }
        item.mean /= static_cast<double>(sites.size());
        items.push_back(item);
    }
    std::stable_sort(items.begin(), items.end(), [](const RegionItem& a, const RegionItem& b) {
        if (a.mean != b.mean) return a.mean < b.mean;
        return a.sites_at_or_below > b.sites_at_or_below;
    });
    return items;
}

}  // namespace

int weak_score(const Scale& scale) {
    return scale.priority_threshold();
}

SiteComparison compare_sites(const Scale& scale, const std::vector<const Review*>& reviews,
                             const std::map<std::string, std::string>& clusters, Lang order) {
    if (reviews.empty()) throw std::logic_error("compare_sites: no reviews");
    SiteComparison result;
    result.scale = &scale;
    for (const Review* review : reviews) {
        if (review->ratings.size() != scale.items.size())
            throw std::logic_error("compare_sites: a review does not rate every item of the scale");
        const auto mapped = clusters.find(review->site);
        const int total = score_review(scale, *review).total;
        result.sites.push_back({review, mapped != clusters.end() ? mapped->second : review->cluster, total,
                                scale.level_for(total)});
        result.mean_total += total;
    }
    result.mean_total /= static_cast<double>(reviews.size());
    std::stable_sort(result.sites.begin(), result.sites.end(), [order](const SiteRow& a, const SiteRow& b) {
        return collates_before(a.review->site, b.review->site, order);
    });
    std::vector<std::string> names;
    for (const auto& site : result.sites)
        if (!site.cluster.empty()) names.push_back(site.cluster);
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    for (const auto& name : names) result.clusters.push_back(cluster_mean(scale, name, result.sites));
    result.weakest = items_by_mean(scale, result.sites);
    return result;
}

namespace {

// Whether `a` is to be used for its site rather than `b`: the later review,
// and of one date the consensus, which is the official result.
bool preferred(const Review& a, const Review& b) {
    if (a.review_date != b.review_date) return a.review_date > b.review_date;
    return a.consensus && !b.consensus;
}

}  // namespace

std::vector<const Review*> latest_per_site(const std::vector<const Review*>& reviews) {
    std::map<std::string, const Review*> latest;
    for (const Review* review : reviews) {
        auto [it, fresh] = latest.emplace(review->site, review);
        if (!fresh && preferred(*review, *it->second)) it->second = review;
    }
    std::vector<const Review*> out;
    for (const auto& [site, review] : latest) out.push_back(review);
    return out;
}

}  // namespace ipskit
