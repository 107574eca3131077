#include "readers/settings/targets.hpp"

#include <array>
#include <charconv>
#include <vector>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::settings {

namespace {

using yaml::Node;
using yaml::NodeReader;

// A key as analysts type it: case, spaces, '-' and '_' alike, and æ ø å
// as ae oe aa, as the extract's headers are matched.
std::string plain_key(const std::string& key) {
    std::string plain;
    for (std::size_t i = 0; i < key.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(key[i]);
        const std::string_view rest(key.data() + i, key.size() - i);
        if (rest.starts_with("æ") || rest.starts_with("Æ"))
            plain += "ae";
        else if (rest.starts_with("ø") || rest.starts_with("Ø"))
            plain += "oe";
        else if (rest.starts_with("å") || rest.starts_with("Å"))
            plain += "aa";
        else {
            plain += c == ' ' || c == '-' ? '_' : static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            continue;
        }
        ++i;  // the second byte of the letter
    }
    return plain;
}

struct Key {
    const char* name;
    std::array<const char*, 3> aliases;
};

// The keys of the file and of a group, with the Danish names beside them.
constexpr std::array kTopKeys{Key{"sites", {"kommuner", "steder", nullptr}},
                              Key{"clusters", {"klynger", nullptr, nullptr}},
                              Key{"total", {"i_alt", nullptr, nullptr}}};
constexpr std::array kGroupKeys{
    Key{"started_per_year", {"startede_pr_aar", "forventede_startede_pr_aar", nullptr}},
    Key{"share", {"andel", "maal", nullptr}},
    Key{"max_caseload", {"maks_aktive_forloeb", "maks_forloeb_pr_konsulent", nullptr}}};

template <std::size_t N>
const char* canonical(const std::array<Key, N>& keys, const std::string& key) {
    const std::string plain = plain_key(key);
    for (const Key& k : keys) {
        if (plain == k.name) return k.name;
        for (const char* alias : k.aliases)
            if (alias && plain == alias) return k.name;
    }
    return nullptr;
}

template <std::size_t N>
std::string key_list(const std::array<Key, N>& keys) {
    std::vector<std::string> names;
    for (const Key& k : keys) {
        std::vector<std::string> aliases;
        for (const char* alias : k.aliases)
            if (alias) aliases.emplace_back(alias);
        names.push_back(fmt::format("{} ({})", k.name, fmt::join(aliases, ", ")));
    }
    return fmt::format("{}", fmt::join(names, ", "));
}

void refuse_unknown(NodeReader& in, const Node& key, const std::string& list,
                    const std::string& previous = {}) {
    in.error(key,
             fmt::format(fmt::runtime(util::tr("unknown key '{}'", "ukendt nøgle '{}'")),
                         quoted_value(key.IsScalar() ? key.Scalar() : std::string())),
             yaml::unknown_key_fix(key.IsScalar() ? key.Scalar() : std::string(), previous, list));
}

// A figure, with a decimal point or comma (37,5); the key is named as the file names it.
std::optional<double> number_of(NodeReader& in, const Node& key, const Node& n) {
    std::string text = n.IsScalar() ? n.Scalar() : std::string();
    for (char& c : text)
        if (c == ',') c = '.';
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (n.IsScalar() && !text.empty() && ec == std::errc() && end == text.data() + text.size()) return value;
    in.error(
        n,
        fmt::format(fmt::runtime(util::tr("{} must be a number, not '{}'", "{} skal være et tal, ikke '{}'")),
                    key.Scalar(), quoted_value(n.IsScalar() ? n.Scalar() : std::string())),
        util::tr("write a figure such as 25 or 37.5", "skriv et tal som 25 eller 37,5"));
    return std::nullopt;
}

void read_started(NodeReader& in, const Node& key, const Node& n, outcomes::GroupTarget& target) {
    const auto x = number_of(in, key, n);
    if (x && *x < 0)
        in.error(n, util::tr("started_per_year may not be negative", "startede_pr_aar må ikke være negativ"),
                 util::tr("write the courses the group is expected to start in a year, e.g. 25",
                          "skriv de forløb, gruppen forventes at starte på et år, fx 25"));
    else if (x)
        target.started_per_year = *x;
}

void read_share(NodeReader& in, const Node& key, const Node& n, outcomes::GroupTarget& target) {
    const auto x = number_of(in, key, n);
    if (x && (*x < 0 || *x > 100))
        in.error(n, util::tr("share must lie from 0 to 100", "andel skal ligge fra 0 til 100"),
                 util::tr("write the target share of job or education in percent, e.g. 50",
                          "skriv målet for andelen i job eller uddannelse i procent, fx 50"));
    else if (x)
        target.share_percent = *x;
}

// A whole number of active courses, at least 1: a consultant holds whole courses.
void read_max_caseload(NodeReader& in, const Node& key, const Node& n, outcomes::GroupTarget& target) {
    const std::string text = n.IsScalar() ? n.Scalar() : std::string();
    long value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (n.IsScalar() && !text.empty() && ec == std::errc() && end == text.data() + text.size() && value > 0) {
        target.max_caseload = value;
        return;
    }
    in.error(n,
             fmt::format(fmt::runtime(util::tr("{} must be a whole number above 0, not '{}'",
                                               "{} skal være et helt tal over 0, ikke '{}'")),
                         key.Scalar(), quoted_value(text)),
             util::tr("write the most active courses a consultant of the group may hold, e.g. 20",
                      "skriv det største antal aktive forløb, en konsulent i gruppen må have, fx 20"));
}

std::optional<outcomes::GroupTarget> read_group(NodeReader& in, const Node& map) {
    if (!map.IsMap()) {
        in.error(map, util::tr("a group's targets must be a map", "en gruppes mål skal være et map"),
                 util::tr("write e.g. '{ started_per_year: 25, share: 50 }'",
                          "skriv fx '{ startede_pr_aar: 25, andel: 50 }'"));
        return std::nullopt;
    }
    in.refuse_duplicate_keys(map, "key");
    outcomes::GroupTarget target;
    std::string previous;  // the value before, which a decimal comma may have cut short
    for (const auto& pair : map) {
        const char* key = pair.first.IsScalar() ? canonical(kGroupKeys, pair.first.Scalar()) : nullptr;
        if (!key)
            refuse_unknown(in, pair.first, key_list(kGroupKeys), previous);
        else if (std::string_view(key) == "started_per_year")
            read_started(in, pair.first, pair.second, target);
        else if (std::string_view(key) == "max_caseload")
            read_max_caseload(in, pair.first, pair.second, target);
        else
            read_share(in, pair.first, pair.second, target);
        previous = pair.second.IsScalar() ? pair.second.Scalar() : std::string();
    }
    return target;
}

void read_named(NodeReader& in, const Node& map, std::map<std::string, outcomes::GroupTarget>& named) {
    if (!map.IsMap()) {
        in.error(map,
                 util::tr("this must be a map of names to targets", "her skal stå et map fra navne til mål"),
                 util::tr("write one 'Name: { started_per_year: 25, share: 50 }' per line",
                          "skriv én 'Navn: { startede_pr_aar: 25, andel: 50 }' pr. linje"));
        return;
    }
    in.refuse_duplicate_keys(map, "name");
    for (const auto& pair : map) {
        const std::string name = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        // The names are shown in reports, so they pass the extract's check.
        if (name.empty() || looks_like_cpr(name)) {
            in.error(pair.first,
                     name.empty()
                         ? util::tr("a group needs a name", "en gruppe skal have et navn")
                         : util::tr("this name looks like a CPR number", "navnet ligner et CPR-nummer"),
                     util::tr("name municipalities and clusters, never people",
                              "angiv kommuner og klynger, aldrig personer"));
            continue;
        }
        if (auto target = read_group(in, pair.second)) named[name] = *target;
    }
}

}  // namespace

outcomes::Targets read_targets(const std::string& path) {
    const Node root = yaml::load_file(path);
    outcomes::Targets targets;
    if (root.IsNull()) return targets;
    if (!root.IsMap())
        throw util::Error({path, 1, 1},
                          util::tr("targets.yaml must be a YAML map", "targets.yaml skal være et YAML-map"),
                          util::tr("write 'sites:', 'clusters:' or 'total:' with the targets under it",
                                   "skriv 'kommuner:', 'klynger:' eller 'i_alt:' med målene under"));
    NodeReader in(path);
    in.refuse_duplicate_keys(root, "key");
    for (const auto& pair : root) {
        const char* key = pair.first.IsScalar() ? canonical(kTopKeys, pair.first.Scalar()) : nullptr;
        if (!key)
            refuse_unknown(in, pair.first, key_list(kTopKeys));
        else if (std::string_view(key) == "sites")
            read_named(in, pair.second, targets.sites);
        else if (std::string_view(key) == "clusters")
            read_named(in, pair.second, targets.clusters);
        else
            targets.total = read_group(in, pair.second);
    }
    in.errors().throw_if_any();
    return targets;
}

}  // namespace ipskit::readers::settings
