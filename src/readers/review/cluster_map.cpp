#include "readers/review/cluster_map.hpp"

#include <algorithm>

#include "domain/collation.hpp"
#include "domain/cpr.hpp"
#include "domain/outcomes/group_names.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

// The map's names are shown in reports, so they pass the extract's check.
bool refuse_cpr(yaml::NodeReader& in, const yaml::Node& where, const std::string& a, const std::string& b) {
    if (!looks_like_cpr(a) && !looks_like_cpr(b)) return false;
    in.error(where,
             util::tr("this entry holds a value that looks like a CPR number",
                      "linjen indeholder en værdi, der ligner et CPR-nummer"),
             util::tr("name sites and clusters, never people", "angiv steder og klynger, aldrig personer"));
    return true;
}

void bad_entry(yaml::NodeReader& in, const yaml::Node& where) {
    in.error(where,
             util::tr("each entry must be 'Site: Cluster', or 'Site:' with 'cluster:' and other "
                      "attributes under it",
                      "hver linje skal være 'Sted: Klynge', eller 'Sted:' med 'cluster:' og andre "
                      "egenskaber under"),
             util::tr("write the cluster's name after the site, or 'attribute: value' lines under it",
                      "skriv klyngens navn efter stedet, eller linjer med 'egenskab: værdi' under det"));
}

void reserved_name(yaml::NodeReader& in, const yaml::Node& where, const std::string& key) {
    const bool field = outcomes::group_field_named(key).has_value();
    const std::string why = field ? util::tr("--by " + key + " already names one of ipskit's own groupings",
                                             "--by " + key + " er allerede en af ipskits egne grupperinger")
                                  : util::tr("the tables and the JSON use it for the period",
                                             "tabellerne og JSON bruger det til perioden");
    in.error(where,
             util::tr("'" + key + "' cannot name an attribute: " + why,
                      "'" + key + "' kan ikke være navn på en egenskab: " + why),
             util::tr("give the attribute another name, e.g. '" + key + "_group'",
                      "giv egenskaben et andet navn, f.eks. '" + key + "_gruppe'"));
}

// `Site: {cluster: Vest, model: Kalundborg}`: `cluster` (or `klynge`) is
// the cluster, every other key a free attribute.
void read_attributes(yaml::NodeReader& in, const yaml::Node& entry, MappedSite& site) {
    in.refuse_duplicate_keys(entry, "attribute");
    for (const auto& pair : entry) {
        const std::string& key = pair.first.Scalar();
        if (!pair.first.IsScalar() || key.empty() || !pair.second.IsScalar() ||
            pair.second.Scalar().empty()) {
            bad_entry(in, pair.first);
            continue;
        }
        if (refuse_cpr(in, pair.first, key, pair.second.Scalar())) continue;
        if (key == "cluster" || key == "klynge")
            site.cluster = pair.second.Scalar();
        else if (outcomes::is_reserved_attribute_name(key))
            reserved_name(in, pair.first, key);
        else
            site.attributes[key] = pair.second.Scalar();
    }
}

void add_site(yaml::NodeReader& in, const yaml::Node& key, MappedSite site, SiteMap& map) {
    const auto [it, fresh] = map.sites.emplace(fold_case(site.name), site);
    if (fresh) return;
    in.error(key,
             util::tr("'" + quoted_value(site.name) + "' and '" + quoted_value(it->second.name) +
                          "' differ only in upper and lower case and name one site",
                      "'" + quoted_value(site.name) + "' og '" + quoted_value(it->second.name) +
                          "' er kun forskellige i store og små bogstaver og er ét sted"),
             util::tr("list each site once", "angiv hvert sted én gang"));
}

}  // namespace

SiteMap read_site_map(const std::string& path) {
    const yaml::Node root = yaml::load_file(path);
    if (!root.IsMap())
        throw util::Error(
            {path, 1, 1},
            util::tr("a cluster map must be a YAML map of site to cluster",
                     "en klyngefil skal være et YAML-map fra sted til klynge"),
            util::tr("write one 'Site: Cluster' per line", "skriv én 'Sted: Klynge' pr. linje"));
    yaml::NodeReader in(path);
    in.refuse_duplicate_keys(root, util::tr("site", "stedet"));
    SiteMap map;
    for (const auto& pair : root) {
        MappedSite site{pair.first.Scalar(), {}, {}};
        const bool scalar = pair.second.IsScalar() && !pair.second.Scalar().empty();
        if (!pair.first.IsScalar() || site.name.empty() || (!scalar && !pair.second.IsMap())) {
            bad_entry(in, pair.first);
            continue;
        }
        if (refuse_cpr(in, pair.first, site.name, scalar ? pair.second.Scalar() : std::string{})) continue;
        if (scalar)
            site.cluster = pair.second.Scalar();
        else
            read_attributes(in, pair.second, site);
        add_site(in, pair.first, std::move(site), map);
    }
    in.errors().throw_if_any();
    for (const auto& [key, site] : map.sites)
        for (const auto& [name, value] : site.attributes) map.attribute_names.push_back(name);
    std::sort(map.attribute_names.begin(), map.attribute_names.end());
    map.attribute_names.erase(std::unique(map.attribute_names.begin(), map.attribute_names.end()),
                              map.attribute_names.end());
    return map;
}

std::map<std::string, std::string> read_cluster_map(const std::string& path) {
    return read_site_map(path).clusters();
}

}  // namespace ipskit::readers::review
