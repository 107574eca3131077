#pragma once
// Many sites' reviews on one scale, side by side: a site x item matrix with
// totals and levels, the mean of each cluster of sites, and the items that
// are weakest across the region.

#include <map>
#include <string>
#include <vector>

#include "domain/review.hpp"
#include "domain/text.hpp"

namespace ipskit {

struct SiteRow {
    const Review* review = nullptr;
    std::string cluster;  // empty when the site belongs to none
    int total = 0;
    const Level* level = nullptr;
};

struct ClusterMean {
    std::string cluster;
    int sites = 0;
    double mean_total = 0;
    std::vector<double> item_means;  // in item order
};

struct RegionItem {
    const Item* item = nullptr;
    double mean = 0;
    int sites_at_or_below = 0;  // sites that scored the item kWeakScore or less
};

struct SiteComparison {
    const Scale* scale = nullptr;
    std::vector<SiteRow> sites;         // by site name
    std::vector<ClusterMean> clusters;  // by cluster name; sites without one are left out
    std::vector<RegionItem>
        weakest;  // every item, lowest mean first, then most sites at or below, then item order
    double mean_total = 0;
};

// The highest score a site's item can have and still count as weak: the
// scale's priority threshold (see Scale::is_priority).
int weak_score(const Scale& scale);

// Compares one review per site. `clusters` maps a site to its cluster and
// wins over the review's own `cluster`. Sites are listed in the order of
// `order` (domain/collation.hpp). Points into the arguments.
SiteComparison compare_sites(const Scale& scale, const std::vector<const Review*>& reviews,
                             const std::map<std::string, std::string>& clusters, Lang order = Lang::en);

// Of several reviews per site, the latest of each (by review date); of a
// site's reviews of that date, the reviewers' consensus rather than one
// reviewer's own questionnaire (readers::review::refuse_tied_latest refuses
// the ties left).
std::vector<const Review*> latest_per_site(const std::vector<const Review*>& reviews);

}  // namespace ipskit
