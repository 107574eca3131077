#include "readers/review/cluster_map.hpp"

#include "domain/cpr.hpp"
#include "readers/yaml/nodes.hpp"

namespace ipskit::readers::review {

std::map<std::string, std::string> read_cluster_map(const std::string& path) {
    const yaml::Node root = yaml::load_file(path);
    if (!root.IsMap())
        throw util::Error({path, 1, 1}, "a cluster map must be a YAML map of site to cluster",
                          "write one 'Site: Cluster' per line");
    yaml::NodeReader in(path);
    in.refuse_duplicate_keys(root, "site");
    std::map<std::string, std::string> clusters;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar() || !pair.second.IsScalar() || pair.second.Scalar().empty()) {
            in.error(pair.first, "each entry must be 'Site: Cluster'",
                     "write the cluster's name after the site");
            continue;
        }
        // The map's names are shown in reports, so they pass the extract's check.
        if (looks_like_cpr(pair.first.Scalar()) || looks_like_cpr(pair.second.Scalar())) {
            in.error(pair.first, "this entry holds a value that looks like a CPR number",
                     "name sites and clusters, never people");
            continue;
        }
        clusters[pair.first.Scalar()] = pair.second.Scalar();
    }
    in.errors().throw_if_any();
    return clusters;
}

}  // namespace ipskit::readers::review
