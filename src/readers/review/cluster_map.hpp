#pragma once
// Reads a cluster map (YAML, `site: cluster` per line) for ipskit compare,
// e.g. `Hjørring: Nord` to group sites of one psychiatric district.

#include <map>
#include <string>

namespace ipskit::readers::review {

std::map<std::string, std::string> read_cluster_map(const std::string& path);

}  // namespace ipskit::readers::review
