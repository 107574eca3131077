#pragma once
// Streams cases into per-group figures: each course is added as it is read
// and then forgotten, so memory grows with the number of groups (and
// consultants), never with the number of rows.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "domain/outcomes/case.hpp"
#include "domain/outcomes/group_stats.hpp"
#include "domain/outcomes/string_index.hpp"
#include "domain/text.hpp"

namespace ipskit::outcomes {

// A field courses can be grouped by (--by). Besides the fields of the
// extract, each attribute of a cluster map (`model: Slagelse`) is a field:
// the k-th attribute a grouping names is `attribute_field(k)`, a value past
// the named ones, so that a grouping stays a list of small values that
// every table and the hot path compare as they compare the others.
enum class GroupField : std::uint8_t { site, cluster, target_group, consultant, year, attribute };

// The field of the k-th attribute of a grouping (Case::attributes[k]).
constexpr GroupField attribute_field(std::size_t k) {
    return static_cast<GroupField>(static_cast<std::size_t>(GroupField::attribute) + k);
}

// The k of an attribute field; -1 for the extract's own fields.
constexpr std::ptrdiff_t attribute_number(GroupField f) {
    return static_cast<std::ptrdiff_t>(f) - static_cast<std::ptrdiff_t>(GroupField::attribute);
}

// Stable machine name: "site", "cluster", "target_group", "consultant",
// "year", or an attribute's name as `attributes` (the grouping's) spells it.
std::string group_field_key(GroupField f, const std::vector<std::string>& attributes);

struct ConsultantLoad {
    std::string consultant;  // staff initials; never a participant identifier
    long active = 0;         // active courses on the capacity day
};

struct GroupRow {
    // One value per --by field; a subtotal row has fewer (depth < by.size()),
    // the overall total none. An empty value means "not given" (for year:
    // still active).
    std::vector<std::string> key;
    GroupStats stats;
    std::vector<HorizonFigure> cohort;
    // With --by: the active courses on the capacity day of each consultant
    // who has a course in the group, in the order of the report's language.
    std::vector<ConsultantLoad> caseloads;
};

// A group name that the extract spells in more than one way, differing only
// in case: its rows are counted as one group, shown as `shown`.
struct MergedSpellings {
    GroupField field;
    std::string shown;                // the spelling of most rows (the first seen of a tie)
    std::vector<std::string> others;  // in the order first seen
};

struct OutcomeResult {
    AggregationRules rules;
    std::vector<GroupField> by;
    std::vector<std::string> attributes;  // the names of by's attribute fields, by number
    // Groups in the order of the report's language, each subtotal after the
    // groups it sums up; empty without --by.
    std::vector<GroupRow> groups;
    GroupRow total;
    std::vector<ConsultantLoad> caseloads;  // in the order of the report's language
    long courses_without_consultant = 0;    // active on the capacity day, no consultant given
    DayNumber as_of = 0;                    // --as-of, else the latest date in the extract
    bool as_of_from_data = false;
    std::vector<MergedSpellings> merged_spellings;  // groups and consultants, by field

    bool grouped_by(GroupField field) const { return std::find(by.begin(), by.end(), field) != by.end(); }
};

class OutcomeAggregator {
public:
    // `attributes` names the attribute fields of `by` (attribute_field(k)
    // is attributes[k]), whose values each course carries in Case::attributes.
    OutcomeAggregator(AggregationRules rules, std::vector<GroupField> by,
                      std::vector<std::string> attributes = {});

    void add(const Case& c);

    // Where a course is counted: its group and consultant. Several periods
    // (periods.hpp) look them up once per row in one aggregator and add the
    // course at the same place in the others, which saw the same courses in
    // the same order and so number groups and consultants alike; a number
    // one has not seen yet is looked up there as add() would.
    struct Place {
        std::size_t group = 0;
        std::size_t consultant = kNoConsultant;
    };
    static constexpr std::size_t kNoConsultant = static_cast<std::size_t>(-1);
    Place place_of(const Case& c);
    void add_at(const Place& place, const Case& c);
    // Adds the courses of `other`, which has the same rules and grouping
    // (another part of the same extract).
    void merge(const OutcomeAggregator& other);
    // The figures, groups and consultants listed in the order of `order`.
    OutcomeResult finish(Lang order = Lang::en) const;

private:
    // Consultant (as the extract spells it) -> active courses on the capacity day.
    using Loads = std::map<std::string, long, std::less<>>;
    struct Group {
        std::vector<std::string> key;
        GroupStats stats;
        Loads loads;  // only with --by, filled by finish()
    };

    std::size_t group_of(const Case& c);
    void add_caseload(const Case& c, std::size_t group, std::size_t consultant);
    std::size_t consultant_of(std::string_view consultant);
    void add_consultant();
    void add_group_load(std::size_t group, std::size_t consultant, long n);
    // Calls visit(group, consultant, active) for every consultant with a
    // course in the group, in no particular order.
    template <typename Visit>
    void for_each_group_load(Visit visit) const {
        for (std::size_t c = 0; c < home_group_.size(); ++c)
            if (home_group_[c] != kNoGroup) visit(home_group_[c], c, home_load_[c]);
        for (const auto& [key, n] : group_loads_) visit(key >> 32, key & 0xffffffffu, n);
    }
    void note_dates(const Case& c);
    std::vector<Group> folded_groups(std::vector<Group> groups, std::vector<MergedSpellings>& merged) const;
    std::map<std::string, std::string> consultant_spellings(std::vector<MergedSpellings>& merged) const;
    std::vector<ConsultantLoad> folded_caseloads(const std::map<std::string, std::string>& shown) const;
    std::vector<ConsultantLoad> group_caseloads(const Loads& loads,
                                                const std::map<std::string, std::string>& shown,
                                                Lang order) const;
    void emit_nested(std::vector<const Group*>& members, std::size_t depth, OutcomeResult& result) const;

    AggregationRules rules_;
    std::vector<GroupField> by_;
    std::vector<std::string> attributes_;
    std::string key_;    // reused for every row: no allocation once it has grown
    StringIndex index_;  // key_ (or, by one text field, its value) -> index in groups_
    std::vector<Group> groups_;
    StringIndex consultant_index_;  // consultant -> index in consultant_active_
    std::vector<long> consultant_active_;
    std::vector<long> consultant_rows_;  // every row naming the consultant, to pick a spelling
    // With --by, the active courses of every consultant in every group with
    // a course of theirs: in the first group the consultant was seen in (the
    // home group, by consultant), and for other groups by (group << 32 |
    // consultant).
    static constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);
    std::vector<std::size_t> home_group_;
    std::vector<long> home_load_;
    std::unordered_map<std::uint64_t, long> group_loads_;
    long without_consultant_ = 0;
    DayNumber latest_ = 0;
    bool any_date_ = false;
};

}  // namespace ipskit::outcomes
