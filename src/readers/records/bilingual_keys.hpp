#pragma once
// The keys of a YAML map that a person writes in English or Danish
// (staff.yaml): matched like CSV headers, so that `Stillingsbrøk` is
// `stillingsbroek`, with did-you-mean for a typo and an error for a key given
// twice, also once in each language.

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/header_names.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/edit_distance.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::records {

// A key in both languages, as the template writes it;
// `slot` is where its value is kept.
struct KeyName {
    int slot;
    const char* en;
    const char* da;
};

// The value of each known key of one map, and the key node as the file
// wrote it, for messages.
template <std::size_t N>
struct Fields {
    std::array<yaml::Node, N> value;
    std::array<yaml::Node, N> key;
};

inline std::string key_name(const KeyName& k) {
    return util::tr(k.en, k.da);
}

template <std::size_t N>
std::string key_list(const std::array<KeyName, N>& keys) {
    std::string list;
    for (const KeyName& k : keys) list += (list.empty() ? "" : ", ") + key_name(k);
    return list;
}

// The known key a typo or two away from `key`, or "" when none is that near.
template <std::size_t N>
std::string nearest_key(const std::string& key, const std::array<KeyName, N>& keys) {
    const std::string typed = csv::normalize_header(key);
    std::string best;
    std::size_t best_distance = std::max<std::size_t>(3, typed.size() / 4 + 1);
    for (const KeyName& k : keys)
        for (const char* name : {k.en, k.da})
            if (const std::size_t d = util::edit_distance(typed, csv::normalize_header(name));
                d < best_distance) {
                best_distance = d;
                best = name;
            }
    return best;
}

// Matches a map's keys to `keys`; an unknown key or one given twice (also
// once in English and once in Danish) is an error. `whose` names the map.
template <std::size_t N>
Fields<N> collect(yaml::NodeReader& in, const yaml::Node& map, const std::array<KeyName, N>& keys,
                  const std::string& whose) {
    Fields<N> fields;
    for (const auto& pair : map) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        const std::string normal = csv::normalize_header(key);
        const auto known = std::find_if(keys.begin(), keys.end(), [&](const KeyName& k) {
            return normal == csv::normalize_header(k.en) || normal == csv::normalize_header(k.da);
        });
        if (known == keys.end()) {
            const std::string near = nearest_key(key, keys);
            const std::string guess =
                near.empty()
                    ? ""
                    : fmt::format(fmt::runtime(util::tr("did you mean {}? ", "mente du {}? ")), near);
            in.error(pair.first,
                     fmt::format(fmt::runtime(util::tr("unknown key '{}' {}", "ukendt nøgle '{}' {}")),
                                 quoted_value(key), whose),
                     guess + fmt::format(fmt::runtime(util::tr("use one of: {}, in English or Danish",
                                                               "brug en af: {}, på dansk eller engelsk")),
                                         key_list(keys)));
            continue;
        }
        yaml::Node& first = fields.key[known->slot];
        if (first) {
            in.error(pair.first,
                     fmt::format(fmt::runtime(util::tr("'{}' is given twice {}, first as '{}' on line {}",
                                                       "'{}' er angivet to gange {}, første gang som '{}' "
                                                       "på linje {}")),
                                 key, whose, first.Scalar(), first.Mark().line + 1),
                     util::tr("keep one of them", "behold den ene"));
            continue;
        }
        first = pair.first;
        fields.value[known->slot] = pair.second;
    }
    return fields;
}

}  // namespace ipskit::readers::records
