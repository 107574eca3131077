#pragma once
// What `--by` and `--clusters` group the outcome tables by, for `outcomes`
// and `report`: the extract's fields by their English or Danish names, and
// each attribute of the cluster map (`model: Slagelse`) as the map spells it.

#include <optional>
#include <string>
#include <vector>

#include "cli/outcomes_options.hpp"
#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/site_attributes.hpp"

namespace ipskit::cli {

struct OutcomeGrouping {
    std::vector<outcomes::GroupField> by;
    std::vector<std::string> attributes;  // the names of by's attribute fields, as the map spells them
    outcomes::SiteAttributes sites;       // the map as the sums apply it; empty without --clusters
    std::vector<std::string> map_sites;   // the map's sites as it spells them, for "did you mean"
};

// The English name of the extract's field named `name` in English or
// Danish ("kommune" is "site"); nullopt for any other name.
std::optional<std::string> group_field_name_key(const std::string& name);

// Reads --clusters, if given, and resolves the names of --by: a name that is
// neither a field nor an attribute of the map is a usage error (exit 2)
// listing both, as the parser would have refused it.
OutcomeGrouping outcome_grouping(const OutcomesOptions& o);

// After the extract is read: the sites it holds that the map does not list
// (counted as a group of their own, not given), the sites whose cluster the
// extract gives otherwise than the map, and the sites without an attribute
// the grouping names, each a warning naming the map. `met` is the sums'
// SiteAttributes, which met the extract's sites.
void warn_site_map(const outcomes::SiteAttributes& met, const OutcomeGrouping& grouping,
                   const OutcomesOptions& o);

}  // namespace ipskit::cli
