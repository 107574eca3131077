#pragma once
// Reads a cluster map (YAML) for ipskit compare and outcomes: one entry per
// site, either `Site: Cluster` (e.g. `Hjørring: Nord`, to group the sites of
// one psychiatric district) or a map of the site's cluster and free
// attributes, e.g. `Kalundborg: {cluster: Vest, model: Kalundborg}`.

#include <map>
#include <string>

#include "domain/site_map.hpp"

namespace ipskit::readers::review {

SiteMap read_site_map(const std::string& path);

// The map's `site: cluster` pairs, as the map spells each site.
std::map<std::string, std::string> read_cluster_map(const std::string& path);

}  // namespace ipskit::readers::review
