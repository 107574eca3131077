#include "readers/review/scale_bands.hpp"

#include <cmath>
#include <set>

#include <fmt/format.h>

#include "domain/derived/figures.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

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
        in_.error(node, what + " must be a map { score, min, max }",
                  "write e.g. '{ score: 5, min: 0, max: 20 }'");
        return std::nullopt;
    }
    in_.refuse_unknown_keys(node, {"score", "min", "max"}, what);
    Band band;
    const auto score = in_.integer(node["score"], what + "'s score");
    const auto min = bound(node["min"], what + "'s min", whole);
    std::optional<double> max;
    if (node["max"]) max = bound(node["max"], what + "'s max", whole);
    if (!score || !min || (node["max"] && !max)) return std::nullopt;
    if (*score < scale_.score_min || *score > scale_.score_max)
        in_.error(node["score"],
                  fmt::format("{} has score {}, outside the scale's {}..{}", what, *score, scale_.score_min,
                              scale_.score_max),
                  "use a score the scale has");
    if (max && *max < *min)
        in_.error(node["max"],
                  fmt::format("{} ends ({}) before it starts ({})", what, figure(*max), figure(*min)),
                  "swap min and max");
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
            in_.error(list[i]["score"], fmt::format("{} gives score {} twice", what, bands[i].score),
                      "each score may have one band only");
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
    const std::string what = fmt::format("item {}'s rule", number);
    if (!node.IsMap()) {
        in_.error(node, what + " must be a map with metric, unit, decimals and bands",
                  "see scales/README.md");
        return std::nullopt;
    }
    in_.refuse_unknown_keys(node, {"metric", "unit", "decimals", "bands", "figure"}, what);
    Rule rule;
    rule.metric = in_.translated(node, "metric", what + "'s metric").value_or(Text{});
    rule.unit = in_.text(node, "unit", what + "'s unit").value_or("");
    if (!rule.unit.empty() && !kUnits.count(rule.unit))
        in_.error(node["unit"], fmt::format("{} has an unknown unit '{}'", what, rule.unit),
                  "use participants, percent, days or contacts_per_week");
    if (node["figure"]) rule.figure = figure_id(node, rule.unit, what);
    rule.decimals = node["decimals"] ? in_.integer(node["decimals"], what + "'s decimals").value_or(0) : 0;
    if (rule.decimals < 0 || rule.decimals > 3)
        in_.error(node["decimals"], what + "'s decimals must be 0 to 3",
                  "figures are compared after rounding to these decimals");
    const yaml::Node list = node["bands"];
    if (!list || !list.IsSequence() || list.size() == 0) {
        in_.error(list ? list : node, what + " has no bands",
                  "add 'bands:' with { score, min, max } entries, lowest figure first");
        return std::nullopt;
    }
    const double step = std::pow(10.0, -rule.decimals);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto b = band(list[i], fmt::format("{} band {}", what, i + 1), false);
        if (!b) return std::nullopt;
        const bool last = i + 1 == list.size();
        if (i == 0 && !same(b->min, 0))
            in_.error(list[i]["min"],
                      fmt::format("{}'s first band starts at {}, not 0", what, figure(b->min)),
                      "start the lowest band at 'min: 0' so that every figure has a score");
        if (i > 0 && rule.bands.back().max && !same(b->min, *rule.bands.back().max + step))
            in_.error(list[i]["min"],
                      fmt::format("{} band {} starts at {} but the band before ends at {}: {}", what, i + 1,
                                  figure(b->min), figure(*rule.bands.back().max),
                                  b->min > *rule.bands.back().max + step ? "a gap" : "an overlap"),
                      fmt::format("start it at {} (figures are rounded to {} decimals)",
                                  figure(*rule.bands.back().max + step), rule.decimals));
        if (!last && !b->max)
            in_.error(list[i], fmt::format("{} band {} has no max but is not the last band", what, i + 1),
                      "give every band but the top one a max");
        if (last && rule.unit == "percent" && (!b->max || !same(*b->max, 100)))
            in_.error(list[i], fmt::format("{}'s last band must end at 100 percent", what),
                      "write 'max: 100'");
        if (last && rule.unit != "percent" && b->max)
            in_.error(list[i]["max"], fmt::format("{}'s last band must be open-ended", what),
                      "remove its max, so that any higher figure falls in it");
        rule.bands.push_back(*b);
    }
    check_scores_once(list, rule.bands, what);
    return rule;
}

void BandChecker::elements(const yaml::Node& item_node, int number, Item& item) {
    const std::string what = fmt::format("item {}'s element_scoring", number);
    const yaml::Node list = item_node["elements"];
    const yaml::Node scoring = item_node["element_scoring"];
    if (!list || !list.IsSequence() || list.size() == 0 || !scoring || !scoring.IsSequence() ||
        scoring.size() == 0) {
        in_.error(
            item_node, fmt::format("item {} needs both 'elements' and 'element_scoring' as lists", number),
            "list the practices under elements and map the number present to a score under element_scoring");
        return;
    }
    std::set<std::string> ids;
    for (const auto& e : list) {
        Element element;
        element.id = in_.text(e, "id", fmt::format("item {}'s element id", number)).value_or("");
        if (!element.id.empty() && !ids.insert(element.id).second)
            in_.error(e["id"], fmt::format("item {} lists element '{}' twice", number, element.id),
                      "give each element its own id");
        element.text = in_.translated_node(e, fmt::format("item {}'s element '{}'", number, element.id))
                           .value_or(Text{});
        item.elements.push_back(std::move(element));
    }
    for (std::size_t i = 0; i < scoring.size(); ++i) {
        const auto b = band(scoring[i], fmt::format("{} entry {}", what, i + 1), true);
        if (!b) return;
        const double expected = i == 0 ? 0 : (item.element_scoring.back().max.value_or(0) + 1);
        if (!same(b->min, expected))
            in_.error(scoring[i]["min"],
                      fmt::format("{} entry {} starts at {} elements, expected {}", what, i + 1,
                                  figure(b->min), figure(expected)),
                      "cover every count from 0 to the number of elements once, without gaps or overlaps");
        if (!b->max)
            in_.error(scoring[i], fmt::format("{} entry {} has no max", what, i + 1),
                      "give every entry a max");
        item.element_scoring.push_back(*b);
    }
    const double top = item.element_scoring.back().max.value_or(-1);
    if (!same(top, static_cast<double>(item.elements.size())))
        in_.error(scoring[scoring.size() - 1],
                  fmt::format("{} ends at {} elements but the item lists {}", what, figure(top),
                              item.elements.size()),
                  fmt::format("end the last entry at 'max: {}'", item.elements.size()));
    check_scores_once(scoring, item.element_scoring, what);
}

void check_levels(yaml::NodeReader& in, Scale& scale, const yaml::Node& node) {
    std::set<std::string> ids;
    int expected_max = scale.total_max();
    for (std::size_t i = 0; i < node.size(); ++i) {
        const yaml::Node n = node[i];
        const std::string what = fmt::format("level {}", i + 1);
        in.refuse_unknown_keys(n, {"id", "min", "max", "name"}, what);
        Level level;
        level.id = in.text(n, "id", what + "'s id").value_or("");
        level.name = in.translated(n, "name", what + "'s name").value_or(Text{});
        if (!n["min"] || !n["max"]) {
            in.error(n, what + " needs min and max", "write e.g. '{ id: good, min: 100, max: 114, ... }'");
            return;
        }
        const std::optional<int> min = in.integer(n["min"], what + "'s min");
        const std::optional<int> max = in.integer(n["max"], what + "'s max");
        if (!min.has_value() || !max.has_value()) return;
        if (!level.id.empty() && !ids.insert(level.id).second)
            in.error(n["id"], fmt::format("level id '{}' is used twice", level.id),
                     "give each level its own id");
        if (*max != expected_max)
            in.error(n["max"],
                     fmt::format("{} ends at {} but should end at {} ({})", what, *max, expected_max,
                                 i == 0 ? "the highest total the scale allows" : "one below the level above"),
                     "list the levels highest first, without gaps or overlaps");
        if (*min > *max)
            in.error(n["min"], fmt::format("{} starts ({}) above its end ({})", what, *min, *max),
                     "swap min and max");
        level.min = *min;
        level.max = *max;
        scale.levels.push_back(std::move(level));
        expected_max = *min - 1;
    }
    if (expected_max != scale.total_min() - 1)
        in.error(node[node.size() - 1],
                 fmt::format("the lowest level ends at {}, not at the lowest total {}", expected_max + 1,
                             scale.total_min()),
                 fmt::format("let the last level start at 'min: {}' ({} items x {})", scale.total_min(),
                             scale.items.size(), scale.score_min));
}

}  // namespace ipskit::readers::review
