#include "domain/outcomes/aggregator.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include "domain/collation.hpp"
#include "domain/outcomes/group_names.hpp"

namespace ipskit::outcomes {

namespace {

// The value of a text field of `c`; empty for year, which is no text.
std::string_view text_of(const Case& c, GroupField field) {
    if (const auto k = attribute_number(field); k >= 0)
        return static_cast<std::size_t>(k) < c.attributes.size()
                   ? std::string_view(c.attributes[static_cast<std::size_t>(k)])
                   : std::string_view{};
    switch (field) {
        case GroupField::site:
            return c.site;
        case GroupField::cluster:
            return c.cluster;
        case GroupField::target_group:
            return c.target_group;
        case GroupField::consultant:
            return c.consultant;
        case GroupField::year:
        case GroupField::attribute:
            break;
    }
    return {};
}

void append_value(std::string& key, const Case& c, GroupField field) {
    switch (field) {
        case GroupField::year: {
            if (!c.end) break;  // still active: no year of closing
            char digits[16];
            const auto end = std::to_chars(digits, digits + sizeof digits, c.end_year).ptr;
            key.append(digits, end);
            break;
        }
        default:
            key += text_of(c, field);
            break;
    }
    key += kKeySeparator;
}

}  // namespace

std::string group_field_key(GroupField f, const std::vector<std::string>& attributes) {
    if (const auto k = attribute_number(f); k >= 0)
        return static_cast<std::size_t>(k) < attributes.size() ? attributes[static_cast<std::size_t>(k)]
                                                               : std::string{};
    switch (f) {
        case GroupField::site:
            return "site";
        case GroupField::cluster:
            return "cluster";
        case GroupField::target_group:
            return "target_group";
        case GroupField::consultant:
            return "consultant";
        case GroupField::year:
            return "year";
        case GroupField::attribute:
            break;
    }
    return "";
}

OutcomeAggregator::OutcomeAggregator(AggregationRules rules, std::vector<GroupField> by,
                                     std::vector<std::string> attributes)
    : rules_(std::move(rules)), by_(std::move(by)), attributes_(std::move(attributes)) {}

void OutcomeAggregator::add(const Case& c) {
    if (!c.started) return;  // a referral that never started is no course
    add_at(place_of(c), c);
}

OutcomeAggregator::Place OutcomeAggregator::place_of(const Case& c) {
    return {group_of(c), c.consultant.empty() ? kNoConsultant : consultant_of(c.consultant)};
}

void OutcomeAggregator::add_at(const Place& place, const Case& c) {
    if (!c.started) return;  // a referral that never started is no course
    const std::size_t group = place.group < groups_.size() ? place.group : group_of(c);
    groups_[group].stats.add(c, rules_);
    const bool known = place.consultant == kNoConsultant || place.consultant < consultant_active_.size();
    add_caseload(c, group, known ? place.consultant : consultant_of(c.consultant));
    note_dates(c);
}

std::size_t OutcomeAggregator::group_of(const Case& c) {
    // The usual breakdown, by one text field: its value is the key as it
    // is, without building a key per row.
    if (by_.size() == 1 && by_.front() != GroupField::year) {
        const std::string_view value = text_of(c, by_.front());
        const std::size_t group = index_.find_or_add(value);
        if (group == groups_.size()) groups_.push_back({{std::string(value)}, GroupStats(rules_), {}});
        return group;
    }
    key_.clear();
    for (GroupField field : by_) append_value(key_, c, field);
    const std::size_t group = index_.find_or_add(key_);
    if (group == groups_.size()) groups_.push_back({split_key(key_), GroupStats(rules_), {}});
    return group;
}

namespace {

std::uint64_t pair_key(std::size_t group, std::size_t consultant) {
    return static_cast<std::uint64_t>(group) << 32 | static_cast<std::uint64_t>(consultant);
}

}  // namespace

void OutcomeAggregator::merge(const OutcomeAggregator& other) {
    std::vector<std::size_t> group_at(other.index_.size()), consultant_at(other.consultant_index_.size());
    for (std::size_t i = 0; i < other.index_.size(); ++i) {
        const std::size_t group = group_at[i] = index_.find_or_add(other.index_.key(i));
        if (group == groups_.size())
            groups_.push_back(other.groups_[i]);
        else
            groups_[group].stats.merge(other.groups_[i].stats);
    }
    for (std::size_t i = 0; i < other.consultant_index_.size(); ++i) {
        const std::size_t consultant = consultant_at[i] =
            consultant_index_.find_or_add(other.consultant_index_.key(i));
        if (consultant == consultant_active_.size()) {
            add_consultant();
        }
        consultant_active_[consultant] += other.consultant_active_[i];
        consultant_rows_[consultant] += other.consultant_rows_[i];
    }
    other.for_each_group_load([&](std::size_t group, std::size_t consultant, long n) {
        add_group_load(group_at[group], consultant_at[consultant], n);
    });
    without_consultant_ += other.without_consultant_;
    if (other.any_date_) latest_ = any_date_ ? std::max(latest_, other.latest_) : other.latest_;
    any_date_ = any_date_ || other.any_date_;
}

std::size_t OutcomeAggregator::consultant_of(std::string_view name) {
    const std::size_t consultant = consultant_index_.find_or_add(name);
    if (consultant == consultant_active_.size()) add_consultant();
    return consultant;
}

void OutcomeAggregator::add_consultant() {
    consultant_active_.push_back(0);
    consultant_rows_.push_back(0);
    home_group_.push_back(kNoGroup);
    home_load_.push_back(0);
}

// Nearly every consultant works in one group: the load there is kept beside
// the consultant, and only the pairs of a consultant in several groups are
// looked up in a hash table, which with every period costs a cache miss a
// row.
void OutcomeAggregator::add_group_load(std::size_t group, std::size_t consultant, long n) {
    std::size_t& home = home_group_[consultant];
    if (home == kNoGroup) home = group;
    if (home == group)
        home_load_[consultant] += n;
    else
        group_loads_[pair_key(group, consultant)] += n;
}

void OutcomeAggregator::add_caseload(const Case& c, std::size_t group, std::size_t consultant) {
    const std::optional<DayNumber> day = rules_.capacity_day();
    const bool active_then = day ? c.start <= *day && (!c.end || *c.end > *day) : !c.end;
    if (consultant == kNoConsultant) {
        if (active_then) ++without_consultant_;
        return;
    }
    // Each group's own caseloads, only when the report breaks down by group:
    // a look-up per course that the plain report does without. A consultant
    // of the group with no active course is listed with 0, as in the
    // overall table.
    if (!by_.empty()) add_group_load(group, consultant, active_then ? 1 : 0);
    ++consultant_rows_[consultant];
    if (active_then) ++consultant_active_[consultant];
}

void OutcomeAggregator::note_dates(const Case& c) {
    DayNumber latest = c.start;
    for (const auto& day : {c.referral, c.first_employer_contact, c.outcome_date, c.end})
        if (day) latest = std::max(latest, *day);
    latest_ = any_date_ ? std::max(latest_, latest) : latest;
    any_date_ = true;
}

// Emits the groups that share a key prefix of length `depth`, each subgroup
// followed by its subtotal, so that nested breakdowns read top-down.
void OutcomeAggregator::emit_nested(std::vector<const Group*>& members, std::size_t depth,
                                    OutcomeResult& result) const {
    // The loads keep the extract's spellings here; finish() folds them.
    const auto loads_of = [](const Loads& loads) {
        std::vector<ConsultantLoad> list;
        for (const auto& [consultant, n] : loads) list.push_back({consultant, n});
        return list;
    };
    if (depth == by_.size()) {
        for (const Group* g : members) result.groups.push_back({g->key, g->stats, {}, loads_of(g->loads)});
        return;
    }
    std::size_t begin = 0;
    while (begin < members.size()) {
        std::size_t end = begin;
        while (end < members.size() && members[end]->key[depth] == members[begin]->key[depth]) ++end;
        std::vector<const Group*> part(members.begin() + static_cast<long>(begin),
                                       members.begin() + static_cast<long>(end));
        emit_nested(part, depth + 1, result);
        if (depth + 1 < by_.size()) {
            GroupRow subtotal{{}, GroupStats(rules_), {}, {}};
            subtotal.key.assign(part.front()->key.begin(),
                                part.front()->key.begin() + static_cast<long>(depth + 1));
            Loads loads;
            for (const Group* g : part) {
                subtotal.stats.merge(g->stats);
                for (const auto& [consultant, n] : g->loads) loads[consultant] += n;
            }
            subtotal.caseloads = loads_of(loads);
            result.groups.push_back(std::move(subtotal));
        }
        begin = end;
    }
}

// The groups with every name spelt as most rows spell it, groups that then
// have the same name summed into the first of them.
std::vector<OutcomeAggregator::Group> OutcomeAggregator::folded_groups(
    std::vector<Group> groups, std::vector<MergedSpellings>& merged) const {
    for (std::size_t depth = 0; depth < by_.size(); ++depth) {
        std::vector<NamedGroup> names;
        std::map<std::string, std::size_t> number;
        for (const Group& g : groups) {
            auto [it, added] = number.try_emplace(g.key[depth], names.size());
            if (added) names.push_back({g.key[depth], 0});
            names[it->second].rows += g.stats.courses;
        }
        const std::vector<std::string> shown = shown_spellings(names, by_[depth], merged);
        for (Group& g : groups) g.key[depth] = shown[number.at(g.key[depth])];
    }
    std::vector<Group> joined;
    std::map<std::vector<std::string>, std::size_t> at;
    for (Group& g : groups) {
        auto [it, added] = at.try_emplace(g.key, joined.size());
        if (added) {
            joined.push_back(std::move(g));
            continue;
        }
        joined[it->second].stats.merge(g.stats);
        for (const auto& [consultant, n] : g.loads) joined[it->second].loads[consultant] += n;
    }
    return joined;
}

// Each consultant's spelling in the extract -> the spelling shown.
std::map<std::string, std::string> OutcomeAggregator::consultant_spellings(
    std::vector<MergedSpellings>& merged) const {
    std::vector<NamedGroup> names;
    for (std::size_t i = 0; i < consultant_index_.size(); ++i)
        names.push_back({consultant_index_.key(i), consultant_rows_[i]});
    const std::vector<std::string> shown = shown_spellings(names, GroupField::consultant, merged);
    std::map<std::string, std::string> spelling;
    for (std::size_t i = 0; i < shown.size(); ++i) spelling.emplace(consultant_index_.key(i), shown[i]);
    return spelling;
}

std::vector<ConsultantLoad> OutcomeAggregator::folded_caseloads(
    const std::map<std::string, std::string>& shown) const {
    std::vector<ConsultantLoad> loads;
    std::map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < consultant_index_.size(); ++i) {
        const std::string& name = shown.at(consultant_index_.key(i));
        auto [it, added] = at.try_emplace(name, loads.size());
        if (added) loads.push_back({name, 0});
        loads[it->second].active += consultant_active_[i];
    }
    return loads;
}

// A group's loads under the shown spellings, in the order of `order`.
std::vector<ConsultantLoad> OutcomeAggregator::group_caseloads(
    const Loads& loads, const std::map<std::string, std::string>& shown, Lang order) const {
    std::map<std::string, long> folded;
    for (const auto& [consultant, n] : loads) folded[shown.at(consultant)] += n;
    std::vector<std::pair<std::vector<std::uint32_t>, ConsultantLoad>> keyed;
    for (const auto& [consultant, n] : folded)
        keyed.push_back({collation_key(consultant, order), {consultant, n}});
    std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    std::vector<ConsultantLoad> sorted;
    for (auto& k : keyed) sorted.push_back(std::move(k.second));
    return sorted;
}

OutcomeResult OutcomeAggregator::finish(Lang order) const {
    OutcomeResult result{
        rules_, by_,   attributes_, {}, {{}, GroupStats(rules_), {}, {}}, {}, without_consultant_,
        0,      false, {}};
    result.as_of = rules_.as_of ? *rules_.as_of : latest_;
    result.as_of_from_data = !rules_.as_of;
    for (const Group& g : groups_) result.total.stats.merge(g.stats);
    if (!by_.empty()) {
        // The loads by the extract's spellings; sorted, since Loads is ordered.
        std::vector<Group> named = groups_;
        for_each_group_load([&](std::size_t group, std::size_t consultant, long n) {
            named[group].loads[consultant_index_.key(consultant)] += n;
        });
        const std::vector<Group> groups = folded_groups(std::move(named), result.merged_spellings);
        // One key per name, computed once: 100,000 groups are sorted in a blink.
        std::vector<std::pair<std::vector<std::vector<std::uint32_t>>, const Group*>> keyed;
        for (const Group& g : groups) {
            std::vector<std::vector<std::uint32_t>> key;
            for (const std::string& part : g.key) key.push_back(collation_key(part, order));
            keyed.emplace_back(std::move(key), &g);
        }
        std::sort(keyed.begin(), keyed.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
        std::vector<const Group*> sorted;
        for (const auto& k : keyed) sorted.push_back(k.second);
        emit_nested(sorted, 0, result);
    }
    const std::map<std::string, std::string> consultants = consultant_spellings(result.merged_spellings);
    for (GroupRow& row : result.groups) {
        Loads loads;
        for (ConsultantLoad& load : row.caseloads) loads.emplace(std::move(load.consultant), load.active);
        row.caseloads = group_caseloads(loads, consultants, order);
    }
    if (rules_.cohort) {
        result.total.cohort = result.total.stats.cohort.estimate(result.as_of);
        for (GroupRow& row : result.groups) row.cohort = row.stats.cohort.estimate(result.as_of);
    }
    std::vector<std::pair<std::vector<std::uint32_t>, ConsultantLoad>> loads;
    for (ConsultantLoad& load : folded_caseloads(consultants))
        loads.emplace_back(collation_key(load.consultant, order), std::move(load));
    std::sort(loads.begin(), loads.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto& load : loads) result.caseloads.push_back(std::move(load.second));
    return result;
}

}  // namespace ipskit::outcomes
