#include "cli/outcome_grouping.hpp"

#include <algorithm>
#include <iostream>
#include <utility>

#include <fmt/format.h>

#include "cli/usage.hpp"
#include "domain/collation.hpp"
#include "domain/cpr.hpp"
#include "domain/outcomes/group_names.hpp"
#include "readers/review/cluster_map.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "util/plural.hpp"
#include "writers/reports/outcomes_labels.hpp"

namespace ipskit::cli {

namespace {

using outcomes::GroupField;
using util::tr;

// The map's attribute that `name` names: as the map spells it, else in any case.
std::optional<std::string> attribute_named(const std::string& name, const SiteMap& map) {
    for (const std::string& attribute : map.attribute_names)
        if (attribute == name) return attribute;
    std::optional<std::string> found;
    for (const std::string& attribute : map.attribute_names)
        if (fold_case(attribute) == fold_case(name)) {
            if (found) return std::nullopt;  // `Model` and `model` both: neither is meant more
            found = attribute;
        }
    return found;
}

[[noreturn]] void refuse_unknown(const std::string& name, const SiteMap* map) {
    std::vector<std::string> candidates;
    for (const auto& entry : outcomes::group_field_names()) candidates.push_back(entry.first);
    std::string attributes;
    if (map) {
        candidates.insert(candidates.end(), map->attribute_names.begin(), map->attribute_names.end());
        attributes = map->attribute_names.empty()
                         ? tr(", and the cluster map gives its sites no attribute besides the cluster",
                              ", og klyngefilen giver ikke stederne andre egenskaber end klyngen")
                         : fmt::format(fmt::runtime(tr(", or an attribute of the cluster map: {}",
                                                       " eller en egenskab i klyngefilen: {}")),
                                       fmt::join(map->attribute_names, ", "));
    }
    refuse_usage(
        fmt::format(fmt::runtime(tr("--by: unknown group field \"{}\"", "--by: ukendt gruppering \"{}\"")),
                    quoted_value(name)),
        tr("use site, cluster, target_group, consultant or year (in Danish kommune, klynge, målgruppe, "
           "konsulent, år)",
           "brug kommune, klynge, målgruppe, konsulent eller år (på engelsk site, cluster, target_group, "
           "consultant, year)") +
            attributes + did_you_mean(name, candidates));
}

bool uses_map(const OutcomeGrouping& g) {
    for (GroupField field : g.by)
        if (field == GroupField::cluster || outcomes::attribute_number(field) >= 0) return true;
    return false;
}

std::vector<std::string> map_site_names(const SiteMap& map) {
    std::vector<std::string> names;
    for (const auto& [key, site] : map.sites) names.push_back(site.name);
    return names;
}

void warn(const std::string& file, const std::string& what, const std::string& fix) {
    std::cerr << util::format_warning({util::Location{file, 0, 0}, what, fix}) << '\n';
}

}  // namespace

std::optional<std::string> group_field_name_key(const std::string& name) {
    const auto field = outcomes::group_field_named(name);
    if (!field) return std::nullopt;
    return outcomes::group_field_key(*field, {});
}

OutcomeGrouping outcome_grouping(const OutcomesOptions& o) {
    std::optional<SiteMap> map;
    // Without a map an unknown name is refused at once, in the words the parser used.
    for (const std::string& name : o.by)
        if (!outcomes::group_field_named(name) && o.clusters.empty()) refuse_unknown(name, nullptr);
    if (!o.clusters.empty()) map = readers::review::read_site_map(o.clusters);
    OutcomeGrouping grouping;
    for (const std::string& name : o.by) {
        if (const auto field = outcomes::group_field_named(name)) {
            grouping.by.push_back(*field);
            continue;
        }
        const auto attribute = attribute_named(name, *map);
        if (!attribute) refuse_unknown(name, &*map);
        // `--by model cluster model` is the same attribute twice, as `--by site site` is the site twice.
        std::size_t k = 0;
        while (k < grouping.attributes.size() && grouping.attributes[k] != *attribute) ++k;
        if (k == grouping.attributes.size()) grouping.attributes.push_back(*attribute);
        grouping.by.push_back(outcomes::attribute_field(k));
    }
    if (map) {
        grouping.sites = outcomes::SiteAttributes(*map, grouping.attributes);
        grouping.map_sites = map_site_names(*map);
    }
    return grouping;
}

void warn_site_map(const outcomes::SiteAttributes& met, const OutcomeGrouping& grouping,
                   const OutcomesOptions& o) {
    if (met.empty() || !uses_map(grouping)) return;
    const std::vector<std::string>& known = grouping.map_sites;
    for (const auto& site : met.unmapped())
        warn(o.cases,
             fmt::format(fmt::runtime(util::by_count(
                             site.rows,
                             tr("site '{}' has {} course in the extract but is not in the cluster map{}",
                                "stedet '{}' har {} forløb i udtrækket, men findes ikke i klyngefilen{}"),
                             tr("site '{}' has {} courses in the extract but is not in the cluster map{}",
                                "stedet '{}' har {} forløb i udtrækket, men findes ikke i klyngefilen{}"))),
                         quoted_value(site.site), site.rows, did_you_mean(site.site, known)),
             fmt::format(fmt::runtime(tr("add the site to {}, or spell it as the map does",
                                         "tilføj stedet i {}, eller stav det, som klyngefilen gør")),
                         o.clusters));
    if (grouping.by.end() != std::find(grouping.by.begin(), grouping.by.end(), GroupField::cluster))
        for (const auto& d : met.disagreements())
            warn(o.clusters,
                 fmt::format(
                     fmt::runtime(util::by_count(
                         d.rows,
                         tr("the extract gives site '{}' the cluster '{}' on {} row, the cluster map '{}'",
                            "udtrækket giver stedet '{}' klyngen '{}' i {} række, klyngefilen '{}'"),
                         tr("the extract gives site '{}' the cluster '{}' on {} rows, the cluster map '{}'",
                            "udtrækket giver stedet '{}' klyngen '{}' i {} rækker, klyngefilen '{}'"))),
                     quoted_value(d.site), quoted_value(d.extract_cluster), d.rows,
                     quoted_value(d.map_cluster)),
                 tr("the map's cluster is counted; correct the map if the extract is right",
                    "klyngefilens klynge tælles; ret klyngefilen, hvis udtrækket har ret"));
    const std::string not_given = tr(writers::reports::kNotGiven.en, writers::reports::kNotGiven.da);
    for (const auto& m : met.missing_attributes())
        warn(o.clusters,
             fmt::format(fmt::runtime(tr("site '{}' has courses but no '{}' in the cluster map; they are "
                                         "counted as {}",
                                         "stedet '{}' har forløb, men ingen '{}' i klyngefilen; de tælles "
                                         "som {}")),
                         quoted_value(m.site), quoted_value(m.attribute), not_given),
             fmt::format(
                 fmt::runtime(tr("give the site its '{}' in the map", "angiv stedets '{}' i klyngefilen")),
                 quoted_value(m.attribute)));
}

}  // namespace ipskit::cli
