#pragma once
// A cluster map (domain/site_map.hpp) as the outcome sums apply it to each
// course: the site's cluster, and the attributes a grouping names
// (`--by model`), looked up once per spelling of a site in the extract, so
// that a course costs one look-up of its site and no text is built per row.
//
// The map's cluster wins over the extract's, as in ipskit compare: the map
// is the region's own list of which site works in which cluster, and an
// extract's cluster column is typed per row. A site the map does not list
// keeps the extract's cluster, and has no attributes (shown as not given).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/outcomes/case.hpp"
#include "domain/outcomes/string_index.hpp"
#include "domain/site_map.hpp"

namespace ipskit::outcomes {

// A site of the extract the map does not list, with its courses.
struct UnmappedSite {
    std::string site;  // as the extract spells it (of several spellings, the first in order)
    long rows = 0;
};

// A site of the map with courses whose extract gives another cluster.
struct ClusterDisagreement {
    std::string site;             // as the map spells it
    std::string map_cluster;      // the one counted
    std::string extract_cluster;  // the extract's most frequent other spelling
    long rows = 0;                // rows whose cluster differs (not only in case) from the map's
};

// A site of the map with courses that lacks an attribute the grouping names.
struct MissingAttribute {
    std::string site;  // as the map spells it
    std::string attribute;
    long rows = 0;
};

class SiteAttributes {
public:
    // No map: courses are counted as read.
    SiteAttributes() = default;
    // `names`: the attributes of the map a grouping names, in the order of
    // its attribute fields (attribute_field(k) is names[k]).
    SiteAttributes(const SiteMap& map, std::vector<std::string> names);

    bool empty() const { return !active_; }
    // Gives `c` its site's cluster and attribute values. The values are
    // views into this object, valid while it lives unchanged.
    void apply(Case& c);
    // Adds what `other` (the same map, another part of the extract) has met.
    void merge(const SiteAttributes& other);

    // What the courses met, ordered by name so that a report does not
    // depend on which thread read which rows.
    std::vector<UnmappedSite> unmapped() const;
    std::vector<ClusterDisagreement> disagreements() const;
    std::vector<MissingAttribute> missing_attributes() const;

private:
    static constexpr std::size_t kUnmapped = static_cast<std::size_t>(-1);
    struct Entry {
        std::string name;  // as the map spells it
        std::string cluster;
        std::vector<std::string> values;  // by name number; empty: not given
    };
    // Per spelling of a site in the extract.
    struct Met {
        std::size_t entry = kUnmapped;
        long rows = 0;
        std::vector<std::pair<std::string, long>> other_clusters;  // the extract's, rows each
    };

    std::size_t entry_of(std::string_view site) const;

    std::vector<std::string> names_;
    std::vector<Entry> entries_;  // one per site of the map, never changed after construction
    std::vector<std::pair<std::string, std::size_t>> folded_;  // fold_case(site) -> entry, sorted
    StringIndex spellings_;                                    // the extract's spellings of sites
    std::vector<Met> met_;                                     // by spelling number
    bool active_ = false;
};

// A sum for readers::cases::read_cases_summed that applies the map to each
// course before `Sum` counts it: every table (the referral path, each
// period) then sees the same clusters and attributes.
template <typename Sum>
struct MappedSum {
    SiteAttributes sites;
    Sum sum;

    void add(const Case& c) {
        if (sites.empty()) return sum.add(c);
        Case mapped = c;
        sites.apply(mapped);
        sum.add(mapped);
    }
    void merge(const MappedSum& other) {
        sites.merge(other.sites);
        sum.merge(other.sum);
    }
};

}  // namespace ipskit::outcomes
