#include "readers/review/cluster_map.hpp"

#include "domain/cpr.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

std::map<std::string, std::string> read_cluster_map(const std::string& path) {
    const yaml::Node root = yaml::load_file(path);
    if (!root.IsMap())
        throw util::Error(
            {path, 1, 1},
            util::tr("a cluster map must be a YAML map of site to cluster",
                     "en klyngefil skal være et YAML-map fra sted til klynge"),
            util::tr("write one 'Site: Cluster' per line", "skriv én 'Sted: Klynge' pr. linje"));
    yaml::NodeReader in(path);
    in.refuse_duplicate_keys(root, util::tr("site", "stedet"));
    std::map<std::string, std::string> clusters;
    for (const auto& pair : root) {
        if (!pair.first.IsScalar() || !pair.second.IsScalar() || pair.second.Scalar().empty()) {
            in.error(pair.first,
                     util::tr("each entry must be 'Site: Cluster'", "hver linje skal være 'Sted: Klynge'"),
                     util::tr("write the cluster's name after the site", "skriv klyngens navn efter stedet"));
            continue;
        }
        // The map's names are shown in reports, so they pass the extract's check.
        if (looks_like_cpr(pair.first.Scalar()) || looks_like_cpr(pair.second.Scalar())) {
            in.error(pair.first,
                     util::tr("this entry holds a value that looks like a CPR number",
                              "linjen indeholder en værdi, der ligner et CPR-nummer"),
                     util::tr("name sites and clusters, never people",
                              "angiv steder og klynger, aldrig personer"));
            continue;
        }
        clusters[pair.first.Scalar()] = pair.second.Scalar();
    }
    in.errors().throw_if_any();
    return clusters;
}

}  // namespace ipskit::readers::review
