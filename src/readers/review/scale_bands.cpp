#include "readers/review/scale_bands.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "domain/derived/figures.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

using util::tr;

// A field of a part of the scale: "item 3's rule's unit"; in Danish the
// field comes first, "unit for punkt 3s regel", which reads at any depth.
std::string field_of(const std::string& what, const std::string& en, const std::string& da) {
    return tr(what + "'s " + en, da + " for " + what);
}

// A message from an English and a Danish template with the same arguments.
template <typename... Args>
std::string say(std::string_view en, std::string_view da, Args&&... args) {
    return fmt::format(fmt::runtime(tr(en, da)), std::forward<Args>(args)...);
}

const std::set<std::string> kUnits = {"participants", "percent", "days", "contacts_per_week"};

bool same(double a, double b) {
    return std::abs(a - b) < 1e-9;
}

std::string known_figures() {
    std::string all;
    for (const auto id : derived::figure_ids()) all += (all.empty() ? "" : ", ") + std::string(id);
    return all;
}

std::string figure(double x) {
    return fmt::format("{:g}", x);
}

}  // namespace

std::optional<double> BandChecker::bound(const yaml::Node& node, const std::string& what, bool whole) {
    if (!whole) return in_.number(node, what);
    const auto n = in_.integer(node, what);
    if (!n) return std::nullopt;
    return static_cast<double>(*n);
}

std::optional<Band> BandChecker::band(const yaml::Node& node, const std::string& what, bool whole) {
    if (!node.IsMap() || !node["score"] || !node["min"]) {
        in_.error(
            node,
            say("{} must be a map {{ score, min, max }}", "{} skal være et map {{ score, min, max }}", what),
            tr("write e.g. '{ score: 5, min: 0, max: 20 }'", "skriv fx '{ score: 5, min: 0, max: 20 }'"));
        return std::nullopt;
    }
    in_.refuse_unknown_keys(node, {"score", "min", "max"}, what);
    Band band;
    const auto score = in_.integer(node["score"], field_of(what, "score", "score"));
    const auto min = bound(node["min"], field_of(what, "min", "min"), whole);
    std::optional<double> max;
    if (node["max"]) max = bound(node["max"], field_of(what, "max", "max"), whole);
    if (!score || !min || (node["max"] && !max)) return std::nullopt;
    if (*score < scale_.score_min || *score > scale_.score_max)
        in_.error(
            node["score"],
            say("{} has score {}, outside the scale's {}..{}", "{} har scoren {}, uden for skalaens {}..{}",
                what, *score, scale_.score_min, scale_.score_max),
            tr("use a score the scale has", "brug en score, skalaen har"));
    if (max && *max < *min)
        in_.error(node["max"],
                  say("{} ends ({}) before it starts ({})", "{} slutter ({}), før det begynder ({})", what,
                      figure(*max), figure(*min)),
                  tr("swap min and max", "byt om på min og max"));
    band.score = *score;
    band.min = *min;
    band.max = max;
    return band;
}

void BandChecker::check_scores_once(const yaml::Node& list, const std::vector<Band>& bands,
                                    const std::string& what) {
    std::set<int> seen;
    for (std::size_t i = 0; i < bands.size(); ++i)
        if (!seen.insert(bands[i].score).second)
            in_.error(list[i]["score"],
                      say("{} gives score {} twice", "{} giver scoren {} to gange", what, bands[i].score),
                      tr("each score may have one band only", "hver score må kun have ét interval"));
}

// `figure:` names what ipskit computes from a site's records for the item;
// an id it does not know would silently leave the item out of `derive`.
std::string BandChecker::figure_id(const yaml::Node& rule_node, const std::string& unit,
                                   const std::string& what) {
    const std::string id = in_.text(rule_node, "figure", what + "'s figure").value_or("");
    if (id.empty()) return id;
    const auto figure = derived::figure_from_id(id);
    if (!figure) {
        in_.error(
            rule_node["figure"],
            util::tr(
                fmt::format("{} names the figure '{}', which ipskit cannot compute from records", what, id),
                fmt::format("{} nævner tallet '{}', som ipskit ikke kan beregne ud fra registreringerne",
                            what, id)),
            util::tr(fmt::format("use one of {}, or remove 'figure:'", known_figures()),
                     fmt::format("brug et af {}, eller fjern 'figure:'", known_figures())));
        return {};
    }
    if (!unit.empty() && derived::figure_unit(*figure) != unit)
        in_.error(
            rule_node["figure"],
            util::tr(fmt::format("{}'s figure '{}' is counted in {}, not in {}", what, id,
                                 derived::figure_unit(*figure), unit),
                     fmt::format("{}s tal '{}' opgøres i {}, ikke i {}", what, id,
                                 derived::figure_unit(*figure), unit)),
            util::tr(
                fmt::format("write 'unit: {}', or name another figure", derived::figure_unit(*figure)),
                fmt::format("skriv 'unit: {}', eller nævn et andet tal", derived::figure_unit(*figure))));
    return id;
}

std::optional<Rule> BandChecker::rule(const yaml::Node& node, int number) {
    const std::string what = say("item {}'s rule", "punkt {}s regel", number);
    if (!node.IsMap()) {
        in_.error(node,
                  say("{} must be a map with metric, unit, decimals and bands",
                      "{} skal være et map med metric, unit, decimals og bands", what),
                  tr("write it as the rule of an item of the bundled ips-25.yaml",
                     "skriv den som reglen for et punkt i den medfølgende ips-25.yaml"));
        return std::nullopt;
    }
    in_.refuse_unknown_keys(node, {"metric", "unit", "decimals", "bands", "figure"}, what);
    Rule rule;
    rule.metric = in_.translated(node, "metric", field_of(what, "metric", "metric")).value_or(Text{});
    rule.unit = in_.text(node, "unit", field_of(what, "unit", "unit")).value_or("");
    if (!rule.unit.empty() && !kUnits.count(rule.unit))
        in_.error(node["unit"],
                  say("{} has an unknown unit '{}'", "{} har den ukendte enhed '{}'", what, rule.unit),
                  tr("use participants, percent, days or contacts_per_week",
                     "brug participants, percent, days eller contacts_per_week"));
    if (node["figure"]) rule.figure = figure_id(node, rule.unit, what);
    rule.decimals = node["decimals"]
                        ? in_.integer(node["decimals"], field_of(what, "decimals", "decimals")).value_or(0)
                        : 0;
    if (rule.decimals < 0 || rule.decimals > 3)
        in_.error(node["decimals"],
                  say("{}'s decimals must be 0 to 3", "decimals for {} skal være 0 til 3", what),
                  tr("figures are compared after rounding to these decimals",
                     "tallene sammenlignes efter afrunding til så mange decimaler"));
    const yaml::Node list = node["bands"];
    if (!list || !list.IsSequence() || list.size() == 0) {
        in_.error(list ? list : node, say("{} has no bands", "{} har ingen intervaller", what),
                  tr("add 'bands:' with { score, min, max } entries, lowest figure first",
                     "tilføj 'bands:' med { score, min, max }-poster, laveste tal først"));
        return std::nullopt;
    }
    const double step = std::pow(10.0, -rule.decimals);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto b = band(list[i], say("{} band {}", "interval {1} i {0}", what, i + 1), false);
        if (!b) return std::nullopt;
        const bool last = i + 1 == list.size();
        if (i == 0 && !same(b->min, 0))
            in_.error(list[i]["min"],
                      say("{}'s first band starts at {}, not 0",
                          "det første interval i {} begynder ved {}, ikke 0", what, figure(b->min)),
                      tr("start the lowest band at 'min: 0' so that every figure has a score",
                         "lad det laveste interval begynde ved 'min: 0', så hvert tal får en score"));
        if (i > 0 && rule.bands.back().max && !same(b->min, *rule.bands.back().max + step))
            in_.error(
                list[i]["min"],
                tr(fmt::format("{} band {} starts at {} but the band before ends at {}: {}", what, i + 1,
                               figure(b->min), figure(*rule.bands.back().max),
                               b->min > *rule.bands.back().max + step ? "a gap" : "an overlap"),
                   fmt::format("interval {} i {} begynder ved {}, men intervallet før slutter ved {}: {}",
                               i + 1, what, figure(b->min), figure(*rule.bands.back().max),
                               b->min > *rule.bands.back().max + step ? "et hul" : "et overlap")),
                say("start it at {} (figures are rounded to {} decimals)",
                    "lad det begynde ved {} (tallene afrundes til {} decimaler)",
                    figure(*rule.bands.back().max + step), rule.decimals));
        if (!last && !b->max)
            in_.error(list[i],
                      tr(fmt::format("{} band {} has no max but is not the last band", what, i + 1),
                         fmt::format("interval {} i {} har ingen max, men er ikke det sidste interval", i + 1,
                                     what)),
                      tr("give every band but the top one a max",
                         "giv alle intervaller undtagen det øverste en max"));
        if (last && rule.unit == "percent" && (!b->max || !same(*b->max, 100)))
            in_.error(list[i],
                      say("{}'s last band must end at 100 percent",
                          "det sidste interval i {} skal slutte ved 100 procent", what),
                      tr("write 'max: 100'", "skriv 'max: 100'"));
        if (last && rule.unit != "percent" && b->max)
            in_.error(list[i]["max"],
                      say("{}'s last band must be open-ended",
                          "det sidste interval i {} skal være åbent opadtil", what),
                      tr("remove its max, so that any higher figure falls in it",
                         "fjern dets max, så ethvert højere tal falder i det"));
        rule.bands.push_back(*b);
    }
    check_scores_once(list, rule.bands, what);
    return rule;
}

void BandChecker::elements(const yaml::Node& item_node, int number, Item& item) {
    const std::string what = say("item {}'s element_scoring", "punkt {}s element_scoring", number);
    const yaml::Node list = item_node["elements"];
    const yaml::Node scoring = item_node["element_scoring"];
    if (!list || !list.IsSequence() || list.size() == 0 || !scoring || !scoring.IsSequence() ||
        scoring.size() == 0) {
        in_.error(item_node,
                  say("item {} needs both 'elements' and 'element_scoring' as lists",
                      "punkt {} skal have både 'elements' og 'element_scoring' som lister", number),
                  tr("list the practices under elements and map the number present to a score under "
                     "element_scoring",
                     "skriv elementerne under elements, og hvilken score hvert antal på plads giver, under "
                     "element_scoring"));
        return;
    }
    std::set<std::string> ids;
    for (const auto& e : list) {
        Element element;
        element.id =
            in_.text(e, "id", say("item {}'s element id", "et elements id i punkt {}", number)).value_or("");
        if (!element.id.empty() && !ids.insert(element.id).second)
            in_.error(e["id"],
                      say("item {} lists element '{}' twice", "punkt {} nævner elementet '{}' to gange",
                          number, element.id),
                      tr("give each element its own id", "giv hvert element sit eget id"));
        element.text = in_.translated_node(
                              e, say("item {}'s element '{}'", "punkt {}s element '{}'", number, element.id))
                           .value_or(Text{});
        item.elements.push_back(std::move(element));
    }
    for (std::size_t i = 0; i < scoring.size(); ++i) {
        const auto b = band(scoring[i], say("{} entry {}", "post {1} i {0}", what, i + 1), true);
        if (!b) return;
        const double expected = i == 0 ? 0 : (item.element_scoring.back().max.value_or(0) + 1);
        if (!same(b->min, expected))
            in_.error(
                scoring[i]["min"],
                say("{} entry {} starts at {} elements, expected {}",
                    "post {1} i {0} begynder ved {2} elementer, ventet {3}", what, i + 1, figure(b->min),
                    figure(expected)),
                tr("cover every count from 0 to the number of elements once, without gaps or overlaps",
                   "dæk hvert antal fra 0 til antallet af elementer én gang, uden huller eller overlap"));
        if (!b->max)
            in_.error(scoring[i], say("{} entry {} has no max", "post {1} i {0} har ingen max", what, i + 1),
                      tr("give every entry a max", "giv hver post en max"));
        item.element_scoring.push_back(*b);
    }
    const double top = item.element_scoring.back().max.value_or(-1);
    if (!same(top, static_cast<double>(item.elements.size())))
        in_.error(
            scoring[scoring.size() - 1],
            say("{} ends at {} elements but the item lists {}",
                "{} slutter ved {} elementer, men punktet har {}", what, figure(top), item.elements.size()),
            say("end the last entry at 'max: {}'", "lad den sidste post slutte ved 'max: {}'",
                item.elements.size()));
    check_scores_once(scoring, item.element_scoring, what);
}

void check_levels(yaml::NodeReader& in, Scale& scale, const yaml::Node& node) {
    std::set<std::string> ids;
    int expected_max = scale.total_max();
    for (std::size_t i = 0; i < node.size(); ++i) {
        const yaml::Node n = node[i];
        const std::string what = fmt::format(fmt::runtime(util::tr("level {}", "niveau {}")), i + 1);
        in.refuse_unknown_keys(n, {"id", "min", "max", "name"}, what);
        Level level;
        level.id = in.text(n, "id", field_of(what, "id", "id")).value_or("");
        level.name = in.translated(n, "name", field_of(what, "name", "name")).value_or(Text{});
        if (!n["min"] || !n["max"]) {
            in.error(n, say("{} needs min and max", "{} skal have min og max", what),
                     tr("write e.g. '{ id: good, min: 100, max: 114, ... }'",
                        "skriv fx '{ id: good, min: 100, max: 114, ... }'"));
            return;
        }
        const std::optional<int> min = in.integer(n["min"], field_of(what, "min", "min"));
        const std::optional<int> max = in.integer(n["max"], field_of(what, "max", "max"));
        if (!min.has_value() || !max.has_value()) return;
        if (!level.id.empty() && !ids.insert(level.id).second)
            in.error(n["id"],
                     say("level id '{}' is used twice", "niveau-id'et '{}' bruges to gange", level.id),
                     tr("give each level its own id", "giv hvert niveau sit eget id"));
        if (*max != expected_max)
            in.error(n["max"],
                     say("{} ends at {} but should end at {} ({})",
                         "{} slutter ved {}, men skal slutte ved {} ({})", what, *max, expected_max,
                         i == 0 ? tr("the highest total the scale allows",
                                     "den højeste samlede score, skalaen tillader")
                                : tr("one below the level above", "én under niveauet over")),
                     tr("list the levels highest first, without gaps or overlaps",
                        "skriv niveauerne med det højeste først, uden huller eller overlap"));
        if (*min > *max)
            in.error(n["min"],
                     say("{} starts ({}) above its end ({})", "{} begynder ({}) over sin slutning ({})", what,
                         *min, *max),
                     tr("swap min and max", "byt om på min og max"));
        level.min = *min;
        level.max = *max;
        scale.levels.push_back(std::move(level));
        expected_max = *min - 1;
    }
    if (expected_max != scale.total_min() - 1)
        in.error(node[node.size() - 1],
                 say("the lowest level ends at {}, not at the lowest total {}",
                     "det laveste niveau slutter ved {}, ikke ved den laveste samlede score {}",
                     expected_max + 1, scale.total_min()),
                 say("let the last level start at 'min: {}' ({} items x {})",
                     "lad det sidste niveau begynde ved 'min: {}' ({} punkter x {})", scale.total_min(),
                     scale.items.size(), scale.score_min));
}

}  // namespace ipskit::readers::review
