#include "domain/outcomes/group_names.hpp"

#include <algorithm>
#include <map>

#include "domain/collation.hpp"

namespace ipskit::outcomes {

namespace {

struct Spellings {
    std::vector<NamedGroup> seen;  // in the order first seen, rows summed
    std::size_t first = 0;         // where the name was first seen, for a stable warning order
};

void count(Spellings& s, const NamedGroup& name) {
    for (NamedGroup& known : s.seen)
        if (known.spelling == name.spelling) {
            known.rows += name.rows;
            return;
        }
    s.seen.push_back(name);
}

const std::string& most_rows(const Spellings& s) {
    const NamedGroup* best = &s.seen.front();
    for (const NamedGroup& g : s.seen)
        if (g.rows > best->rows) best = &g;  // strictly more: a tie keeps the first seen
    return best->spelling;
}

}  // namespace

std::vector<std::string> shown_spellings(const std::vector<NamedGroup>& names, GroupField field,
                                         std::vector<MergedSpellings>& merged) {
    std::map<std::string, Spellings> by_folded;
    std::vector<std::string> folded;
    folded.reserve(names.size());
    for (std::size_t i = 0; i < names.size(); ++i) {
        folded.push_back(fold_case(names[i].spelling));
        auto [it, added] = by_folded.try_emplace(folded.back());
        if (added) it->second.first = i;
        count(it->second, names[i]);
    }
    std::vector<std::pair<std::size_t, const Spellings*>> several;
    for (const auto& [key, s] : by_folded)
        if (s.seen.size() > 1) several.emplace_back(s.first, &s);
    std::sort(several.begin(), several.end());
    for (const auto& [first, s] : several) {
        MergedSpellings m{field, most_rows(*s), {}};
        for (const NamedGroup& g : s->seen)
            if (g.spelling != m.shown) m.others.push_back(g.spelling);
        merged.push_back(std::move(m));
    }
    std::vector<std::string> shown;
    shown.reserve(names.size());
    for (const std::string& f : folded) shown.push_back(most_rows(by_folded.at(f)));
    return shown;
}

std::vector<std::string> split_key(std::string_view key) {
    std::vector<std::string> parts;
    while (!key.empty()) {
        const auto cut = key.find(kKeySeparator);
        parts.emplace_back(key.substr(0, cut));
        key.remove_prefix(cut + 1);
    }
    return parts;
}

const std::vector<std::pair<std::string, GroupField>>& group_field_names() {
    static const std::vector<std::pair<std::string, GroupField>> names = {
        {"site", GroupField::site},
        {"cluster", GroupField::cluster},
        {"target_group", GroupField::target_group},
        {"consultant", GroupField::consultant},
        {"year", GroupField::year},
        {"kommune", GroupField::site},
        {"klynge", GroupField::cluster},
        {"maalgruppe", GroupField::target_group},
        {"målgruppe", GroupField::target_group},
        {"konsulent", GroupField::consultant},
        {"aar", GroupField::year},
        {"år", GroupField::year}};
    return names;
}

std::optional<GroupField> group_field_named(std::string_view name) {
    for (const auto& [known, field] : group_field_names())
        if (name == known) return field;
    return std::nullopt;
}

bool is_reserved_attribute_name(std::string_view name) {
    return group_field_named(name) || name == "period" || name == "period_label";
}

}  // namespace ipskit::outcomes
