#include "readers/settings/report_settings.hpp"

#include <charconv>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::settings {

namespace {

using yaml::Node;
using yaml::NodeReader;

// A text shown in the report: plain, or { en: ..., da: ... }; never a CPR number.
std::optional<Text> shown_text(NodeReader& in, const Node& node, const std::string& what) {
    std::optional<Text> text;
    if (node.IsScalar())
        text = Text{node.Scalar(), node.Scalar()};
    else
        text = in.translated_node(node, what);
    if (text && (looks_like_cpr(text->en) || looks_like_cpr(text->da))) {
        in.error(
            node,
            util::tr(what + " looks like it holds a CPR number", what + " ser ud til at rumme et CPR-nummer"),
            util::tr("remove it: reports must not identify a person",
                     "fjern det: rapporter må ikke kunne identificere en person"));
        return std::nullopt;
    }
    return text;
}

void read_comparisons(NodeReader& in, const Node& list, ReportSettings& s) {
    if (!list.IsSequence()) {
        in.error(list, util::tr("comparisons must be a list", "comparisons skal være en liste"),
                 util::tr("write one '- study: ...' entry per figure", "skriv én '- study: ...' pr. tal"));
        return;
    }
    s.comparisons.clear();
    for (const Node& entry : list) {
        if (!entry.IsMap()) {
            in.error(entry, util::tr("a comparison must be a map", "et sammenligningstal skal være et map"),
                     util::tr("give study, with_ips, control, measure and source",
                              "angiv study, with_ips, control, measure og source"));
            continue;
        }
        in.refuse_duplicate_keys(entry, util::tr("key", "nøglen"));
        in.refuse_unknown_keys(entry, {"study", "with_ips", "control", "measure", "source"},
                               util::tr("a comparison", "et sammenligningstal"));
        ComparisonFigure c;
        for (const auto& [key, target] :
             {std::pair{"study", &c.study}, {"measure", &c.measure}, {"source", &c.source}})
            if (const Node n = entry[key])
                if (auto t = shown_text(in, n, key)) *target = *t;
        if (const Node n = entry["with_ips"]) c.ips_percent = in.number(n, "with_ips");
        if (const Node n = entry["control"]) c.control_percent = in.number(n, "control");
        s.comparisons.push_back(std::move(c));
    }
}

void read_action_plan(NodeReader& in, const Node& map, ReportSettings& s) {
    if (!map.IsMap()) {
        in.error(map,
                 util::tr("action_plan must be a map of item numbers",
                          "action_plan skal være et map af punktnumre"),
                 util::tr("write e.g. '10: { owner: \"Team leader\", date: 2023-03-01 }'",
                          "skriv fx '10: { owner: \"Teamleder\", date: 2023-03-01 }'"));
        return;
    }
    in.refuse_duplicate_keys(map, util::tr("item", "punktet"));
    for (const auto& pair : map) {
        const auto number = in.integer(pair.first, util::tr("the item number", "punktnummeret"));
        if (!number || !pair.second.IsMap()) {
            if (number)
                in.error(pair.second, util::tr("an action must be a map", "en handling skal være et map"),
                         util::tr("write '{ owner: ..., date: ... }'", "skriv '{ owner: ..., date: ... }'"));
            continue;
        }
        in.refuse_unknown_keys(pair.second, {"owner", "date"}, util::tr("an action", "en handling"));
        ActionOwner owner;
        if (const Node n = pair.second["owner"])
            if (auto t = shown_text(in, n, "owner")) owner.owner = t->en;
        if (const Node n = pair.second["date"]; n && n.IsScalar()) {
            const auto date = csv::parse_date(n.Scalar());
            if (date.problem)
                in.errors().add({in.where(n), "date: " + date.problem->what, date.problem->fix});
            if (date.value) owner.date = date.value->to_iso();
        }
        s.action_plan[*number] = owner;
    }
}

void read_numbers(NodeReader& in, const Node& root, ReportSettings& s) {
    if (const Node n = root["target_percent"]) {
        const auto x = in.number(n, "target_percent");
        if (x && (*x < 0 || *x > 100))
            in.error(
                n,
                util::tr("target_percent must lie from 0 to 100", "target_percent skal ligge fra 0 til 100"),
                util::tr("write a percentage such as 50", "skriv en procentdel som 50"));
        else if (x)
            s.target_percent = *x;
    }
    if (const Node n = root["suppress_below"]) {
        const auto x = in.integer(n, "suppress_below");
        if (x && *x < 0)
            in.error(n, util::tr("suppress_below may not be negative", "suppress_below må ikke være negativ"),
                     util::tr("write 0 to show every count, or e.g. 5",
                              "skriv 0 for at vise alle tal, eller fx 5"));
        else if (x)
            s.suppress_below = *x;
    }
    if (const Node n = root["gain_per_course"]) {
        const auto x = in.number(n, "gain_per_course");
        if (x && *x < 0)
            in.error(n,
                     util::tr("gain_per_course may not be negative", "gain_per_course må ikke være negativ"),
                     util::tr("write the gain in DKK, e.g. 71562", "skriv gevinsten i kr., fx 71562"));
        else if (x)
            s.gain_per_course = *x;
    }
}

}  // namespace

ReportSettings read_report_settings(const std::string& path) {
    const Node root = yaml::load_file(path);
    ReportSettings s = default_report_settings();
    if (root.IsNull()) return s;
    if (!root.IsMap())
        throw util::Error({path, 1, 1},
                          util::tr("report.yaml must be a YAML map", "report.yaml skal være et YAML-map"),
                          util::tr("start from 'ipskit report --print-config'",
                                   "start med 'ipskit report --print-config'"));
    NodeReader in(path);
    in.refuse_duplicate_keys(root, util::tr("key", "nøglen"));
    in.refuse_unknown_keys(root,
                           {"organisation", "language", "target_percent", "suppress_below", "gain_per_course",
                            "gain_source", "comparisons", "action_plan"},
                           "report.yaml");
    if (const Node n = root["organisation"])
        if (auto t = shown_text(in, n, "organisation")) s.organisation = t->en;
    if (const Node n = root["language"]; n && !n.IsNull()) {
        Lang lang = Lang::en;
        if (n.IsScalar() && parse_lang(n.Scalar(), lang))
            s.lang = lang;
        else
            in.error(n, util::tr("language must be en or da", "language skal være en eller da"),
                     util::tr("write 'language: da' for Danish", "skriv 'language: da' for dansk"));
    }
    read_numbers(in, root, s);
    if (const Node n = root["gain_source"])
        if (auto t = shown_text(in, n, "gain_source")) s.gain_source = *t;
    if (const Node n = root["comparisons"]) read_comparisons(in, n, s);
    if (const Node n = root["action_plan"]) read_action_plan(in, n, s);
    in.errors().throw_if_any();
    return s;
}

}  // namespace ipskit::readers::settings
