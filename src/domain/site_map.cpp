#include "domain/site_map.hpp"

#include "domain/collation.hpp"

namespace ipskit {

const MappedSite* SiteMap::find(std::string_view name) const {
    const auto it = sites.find(fold_case(name));
    return it == sites.end() ? nullptr : &it->second;
}

std::string SiteMap::attribute(std::string_view name, const std::string& attribute) const {
    const MappedSite* site = find(name);
    if (!site) return {};
    const auto it = site->attributes.find(attribute);
    return it == site->attributes.end() ? std::string{} : it->second;
}

std::map<std::string, std::string> SiteMap::clusters() const {
    std::map<std::string, std::string> out;
    for (const auto& [key, site] : sites)
        if (!site.cluster.empty()) out[site.name] = site.cluster;
    return out;
}

}  // namespace ipskit
