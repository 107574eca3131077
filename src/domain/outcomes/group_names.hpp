#pragma once
// Group names as people read them: spellings that differ only in case are
// one group ("Ærø" and "ærø"), shown as most rows spell it, and groups are
// listed in the order of the report's language (domain/collation.hpp).

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/text.hpp"

namespace ipskit::outcomes {

// One group name counted under several spellings.
struct NamedGroup {
    std::string spelling;
    long rows = 0;  // rows of the extract spelt so; the first seen wins a tie
};

// For names given in the order first seen, with their rows: the spelling
// each name is shown in (parallel to `names`), and a MergedSpellings entry
// for every folded name seen in more than one spelling.
std::vector<std::string> shown_spellings(const std::vector<NamedGroup>& names, GroupField field,
                                         std::vector<MergedSpellings>& merged);

// A group's key is its fields' values, each followed by this separator (a
// character no extract's text holds), so one string identifies the group.
inline constexpr char kKeySeparator = '\x1f';

// The fields' values of a group's key, in order.
std::vector<std::string> split_key(std::string_view key);

// The names --by knows for its fields, English and Danish (the extract's
// own headers: kommune, klynge, målgruppe, konsulent, år).
const std::vector<std::pair<std::string, GroupField>>& group_field_names();
std::optional<GroupField> group_field_named(std::string_view name);

// Whether a cluster map's attribute may not be called `name`: a --by field
// would shadow it, or the JSON and the tables use it for the period.
bool is_reserved_attribute_name(std::string_view name);

}  // namespace ipskit::outcomes
