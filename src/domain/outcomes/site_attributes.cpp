#include "domain/outcomes/site_attributes.hpp"

#include <algorithm>
#include <map>

#include "domain/collation.hpp"

namespace ipskit::outcomes {

SiteAttributes::SiteAttributes(const SiteMap& map, std::vector<std::string> names)
    : names_(std::move(names)), active_(true) {
    for (const auto& [folded, site] : map.sites) {
        Entry entry{site.name, site.cluster, {}};
        for (const std::string& name : names_) {
            const auto it = site.attributes.find(name);
            entry.values.push_back(it == site.attributes.end() ? std::string{} : it->second);
        }
        folded_.emplace_back(folded, entries_.size());
        entries_.push_back(std::move(entry));
    }
    // map.sites is ordered by the folded name already; sort anyway, as find relies on it.
    std::sort(folded_.begin(), folded_.end());
}

std::size_t SiteAttributes::entry_of(std::string_view site) const {
    const std::string folded = fold_case(site);
    const auto it =
        std::lower_bound(folded_.begin(), folded_.end(), folded,
                         [](const auto& entry, const std::string& key) { return entry.first < key; });
    return it != folded_.end() && it->first == folded ? it->second : kUnmapped;
}

void SiteAttributes::apply(Case& c) {
    if (!active_ || c.site.empty()) return;  // no site: nothing to look up, its attributes are not given
    const std::size_t number = spellings_.find_or_add(c.site);
    if (number == met_.size()) met_.push_back({entry_of(c.site), 0, {}});
    Met& met = met_[number];
    ++met.rows;
    if (met.entry == kUnmapped) return;
    const Entry& entry = entries_[met.entry];
    c.attributes = entry.values;
    if (entry.cluster.empty()) return;
    if (!c.cluster.empty() && c.cluster != entry.cluster) {
        // Only on rows that differ; an extract that agrees costs one comparison.
        auto it = std::find_if(met.other_clusters.begin(), met.other_clusters.end(),
                               [&](const auto& other) { return other.first == c.cluster; });
        if (it == met.other_clusters.end())
            met.other_clusters.emplace_back(std::string(c.cluster), 1);
        else
            ++it->second;
    }
    c.cluster = entry.cluster;
}

void SiteAttributes::merge(const SiteAttributes& other) {
    for (std::size_t i = 0; i < other.met_.size(); ++i) {
        const std::string& spelling = other.spellings_.key(i);
        const std::size_t number = spellings_.find_or_add(spelling);
        if (number == met_.size()) met_.push_back({other.met_[i].entry, 0, {}});
        Met& met = met_[number];
        met.rows += other.met_[i].rows;
        for (const auto& count : other.met_[i].other_clusters) {
            auto it = std::find_if(met.other_clusters.begin(), met.other_clusters.end(),
                                   [&](const auto& known) { return known.first == count.first; });
            if (it == met.other_clusters.end())
                met.other_clusters.push_back(count);
            else
                it->second += count.second;
        }
    }
}

std::vector<UnmappedSite> SiteAttributes::unmapped() const {
    // Spellings that differ only in case are one site, as the tables count them.
    std::map<std::string, UnmappedSite> by_folded;
    for (std::size_t i = 0; i < met_.size(); ++i) {
        if (met_[i].entry != kUnmapped) continue;
        const std::string& spelling = spellings_.key(i);
        auto [it, added] = by_folded.try_emplace(fold_case(spelling), UnmappedSite{spelling, 0});
        if (!added && spelling < it->second.site) it->second.site = spelling;
        it->second.rows += met_[i].rows;
    }
    std::vector<UnmappedSite> out;
    for (auto& [folded, site] : by_folded) out.push_back(std::move(site));
    return out;
}

std::vector<ClusterDisagreement> SiteAttributes::disagreements() const {
    std::vector<std::map<std::string, long>> other(entries_.size());  // by entry: the extract's clusters
    for (const Met& met : met_)
        if (met.entry != kUnmapped)
            for (const auto& [cluster, rows] : met.other_clusters) other[met.entry][cluster] += rows;
    std::vector<ClusterDisagreement> out;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
        // A cluster spelt in other case is the same cluster.
        const std::string shown = fold_case(entries_[e].cluster);
        ClusterDisagreement d{entries_[e].name, entries_[e].cluster, {}, 0};
        long most = 0;
        for (const auto& [cluster, rows] : other[e]) {
            if (fold_case(cluster) == shown) continue;
            d.rows += rows;
            if (rows > most) {
                most = rows;
                d.extract_cluster = cluster;
            }
        }
        if (d.rows > 0) out.push_back(std::move(d));
    }
    return out;
}

std::vector<MissingAttribute> SiteAttributes::missing_attributes() const {
    std::vector<long> rows(entries_.size(), 0);
    for (const Met& met : met_)
        if (met.entry != kUnmapped) rows[met.entry] += met.rows;
    std::vector<MissingAttribute> out;
    for (std::size_t e = 0; e < entries_.size(); ++e)
        for (std::size_t k = 0; k < names_.size(); ++k)
            if (rows[e] > 0 && entries_[e].values[k].empty())
                out.push_back({entries_[e].name, names_[k], rows[e]});
    return out;
}

}  // namespace ipskit::outcomes
