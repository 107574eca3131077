#pragma once
// A region's sites as its cluster map lists them: each site's cluster and
// its free attributes (e.g. `model: Slagelse`, the local model it works by).
// Sites are found by name case-folded, as the outcomes grouping folds them,
// so `Køge` in the map is `KØGE` in an extract.

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace ipskit {

struct MappedSite {
    std::string name;                               // as the map spells it
    std::string cluster;                            // empty when the entry gives none
    std::map<std::string, std::string> attributes;  // attribute -> value, `cluster` not among them
};

struct SiteMap {
    std::map<std::string, MappedSite> sites;   // by fold_case(name)
    std::vector<std::string> attribute_names;  // every attribute some site has, sorted

    bool empty() const { return sites.empty(); }
    // The site named `name` in any case; nullptr when the map does not list it.
    const MappedSite* find(std::string_view name) const;
    // The value of `attribute` for site `name`; empty when either is not given.
    std::string attribute(std::string_view name, const std::string& attribute) const;
    // `site: cluster` for every site with a cluster, as the map spells the site.
    std::map<std::string, std::string> clusters() const;
};

}  // namespace ipskit
