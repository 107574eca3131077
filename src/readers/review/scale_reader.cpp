// A scale file is checked in one pass and every problem is reported: the
// header (id, score range), the sections, each item (number, id, section,
// anchors, data sources, numeric bands, counted elements), then the levels of
// the total, which need the number of items. Bands are checked in
// scale_bands.cpp.

#include "readers/review/scale_reader.hpp"

#include <filesystem>
#include <regex>
#include <set>

#include <fmt/format.h>

#include "readers/review/scale_bands.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

using util::tr;

// A message from an English and a Danish template with the same arguments.
template <typename... Args>
std::string say(std::string_view en, std::string_view da, Args&&... args) {
    return fmt::format(fmt::runtime(tr(en, da)), std::forward<Args>(args)...);
}

const std::set<std::string> kDataSources = {"MIS", "DOC", "INT", "OBS"};

bool is_snake_case(const std::string& s) {
    static const std::regex pattern("[a-z][a-z0-9_]*");
    return std::regex_match(s, pattern);
}

class ScaleParser {
public:
    explicit ScaleParser(const std::string& path) : path_(path), in_(path) {}

    Scale parse(const yaml::Node& root) {
        if (!root.IsMap())
            throw util::Error({path_, 1, 1},
                              tr("a scale file must be a YAML map", "en skalafil skal være et YAML-map"),
                              tr("start with 'id: ...'", "begynd med 'id: ...'"));
        in_.refuse_duplicate_keys(root, tr("key", "nøglen"));
        in_.refuse_unknown_keys(root,
                                {"id", "version", "source", "name", "score_min", "score_max", "no_fit_score",
                                 "priority_at_or_below", "boundary_rule", "sections", "levels", "items"},
                                tr("a scale", "en skala"));
        header(root);
        sections(root["sections"] ? root["sections"] : root);
        items(root["items"] ? root["items"] : root);
        if (in_.errors().empty()) levels(root["levels"] ? root["levels"] : root);
        in_.errors().throw_if_any();
        return std::move(scale_);
    }

private:
    // A plain string, or { en: ..., da: ... } for a text a reader of either language needs in theirs.
    Text text_or_translated(const yaml::Node& root, const char* key, const std::string& what) {
        if (root[key] && root[key].IsMap()) return in_.translated_node(root[key], what).value_or(Text{});
        const std::string plain = in_.text(root, key, what).value_or("");
        return Text{plain, plain};
    }

    void header(const yaml::Node& root) {
        scale_.id = in_.text(root, "id", tr("the scale's id", "skalaens id")).value_or("");
        const std::string stem = std::filesystem::path(path_).stem().string();
        if (!scale_.id.empty() && scale_.id != stem)
            in_.error(root["id"],
                      say("the scale's id '{}' differs from its file name '{}.yaml'",
                          "skalaens id '{}' er et andet end dens filnavn '{}.yaml'", scale_.id, stem),
                      tr("questionnaires select a scale by file name: rename the file or change the id",
                         "bedømmerskemaer vælger en skala ved filnavnet: omdøb filen, eller ret id'et"));
        scale_.version = text_or_translated(root, "version", tr("the scale's version", "skalaens version"));
        scale_.source = text_or_translated(root, "source", tr("the scale's source", "skalaens kilde"));
        scale_.name = in_.translated(root, "name", tr("the scale's name", "skalaens navn")).value_or(Text{});
        if (root["boundary_rule"])
            scale_.boundary_rule =
                in_.translated(root, "boundary_rule", tr("the boundary rule", "grænsereglen"))
                    .value_or(Text{});
        scale_.score_min = field_int(root, "score_min").value_or(1);
        scale_.score_max = field_int(root, "score_max").value_or(5);
        scale_.no_fit_score = field_int(root, "no_fit_score").value_or(scale_.score_min);
        if (scale_.score_min >= scale_.score_max)
            in_.error(root["score_max"] ? root["score_max"] : root,
                      tr("score_max must be above score_min", "score_max skal være over score_min"),
                      tr("e.g. score_min: 1 and score_max: 5", "fx score_min: 1 og score_max: 5"));
        // Every score gets an anchor and a loop; a fidelity scale has five.
        constexpr int kMaxScore = 100;
        if (scale_.score_min < 0 || scale_.score_max > kMaxScore) {
            in_.error(
                root["score_max"] ? root["score_max"] : root,
                say("the scores must lie within 0..{}", "scorerne skal ligge inden for 0..{}", kMaxScore),
                tr("e.g. score_min: 1 and score_max: 5", "fx score_min: 1 og score_max: 5"));
            scale_.score_min = 1;
            scale_.score_max = 5;
        }
        if (scale_.no_fit_score < scale_.score_min || scale_.no_fit_score > scale_.score_max)
            in_.error(root["no_fit_score"] ? root["no_fit_score"] : root,
                      tr("no_fit_score must lie within score_min..score_max",
                         "no_fit_score skal ligge inden for score_min..score_max"),
                      tr("the fidelity manuals score an item that does not fit as 1",
                         "fidelitetsmanualerne giver et punkt, der ikke passer, scoren 1"));
        priority(root);
    }

    // Optional: scales written before the field existed keep the manuals'
    // rule, score_max - 2, which Scale::priority_threshold supplies.
    void priority(const yaml::Node& root) {
        const yaml::Node node = root["priority_at_or_below"];
        if (!node) return;
        const auto value = in_.integer(node, "priority_at_or_below");
        if (!value) return;
        if (*value < scale_.score_min || *value > scale_.score_max) {
            in_.error(node,
                      say("priority_at_or_below is {}, outside the scale's {}..{}",
                          "priority_at_or_below er {}, uden for skalaens {}..{}", *value, scale_.score_min,
                          scale_.score_max),
                      say("write a score from {} to {}; the fidelity manuals use {}",
                          "skriv en score fra {} til {}; fidelitetsmanualerne bruger {}", scale_.score_min,
                          scale_.score_max, scale_.score_max - 2));
            return;
        }
        scale_.priority_at_or_below = *value;
    }

    std::optional<int> field_int(const yaml::Node& map, const char* key) {
        if (!map[key]) {
            in_.error(map, say("{} is missing", "{} mangler", key),
                      say("add '{}: ...'", "tilføj '{}: ...'", key));
            return std::nullopt;
        }
        return in_.integer(map[key], key);
    }

    void sections(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(
                node,
                tr("sections must be a list of { id, name }", "sections skal være en liste af { id, name }"),
                tr("add 'sections: [ { id: staffing, name: { en: Staffing } } ]'",
                   "tilføj 'sections: [ { id: staffing, name: { en: Staffing, da: Bemanding } } ]'"));
            return;
        }
        for (const auto& s : node) {
            Section section;
            section.id = in_.text(s, "id", tr("a section's id", "et områdes id")).value_or("");
            section.name =
                in_.translated(s, "name", tr("the section's name", "områdets navn")).value_or(Text{});
            if (!section.id.empty() && scale_.find_section(section.id))
                in_.error(
                    s["id"],
                    say("section id '{}' is used twice", "område-id'et '{}' bruges to gange", section.id),
                    tr("give each section its own id", "giv hvert område sit eget id"));
            scale_.sections.push_back(std::move(section));
        }
    }

    void items(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(node,
                      tr("items must be a list of the scale's items",
                         "items skal være en liste af skalaens punkter"),
                      tr("add 'items:' with one entry per item", "tilføj 'items:' med én post pr. punkt"));
            return;
        }
        std::set<std::string> ids;
        for (const auto& n : node) {
            Item parsed = item(n, static_cast<int>(scale_.items.size()) + 1);
            if (!parsed.id.empty() && !ids.insert(parsed.id).second)
                in_.error(n["id"],
                          say("item id '{}' is used twice", "punkt-id'et '{}' bruges to gange", parsed.id),
                          tr("give each item its own id", "giv hvert punkt sit eget id"));
            scale_.items.push_back(std::move(parsed));
        }
    }

    Item item(const yaml::Node& n, int expected_number) {
        Item item;
        if (!n.IsMap()) {
            in_.error(n,
                      tr("an item must be a map with number, id, section, name, ...",
                         "et punkt skal være et map med number, id, section, name, ..."),
                      tr("write it as an item of the bundled ips-25.yaml",
                         "skriv det som et punkt i den medfølgende ips-25.yaml"));
            return item;
        }
        in_.refuse_duplicate_keys(n, tr("key", "nøglen"));
        in_.refuse_unknown_keys(n,
                                {"number", "id", "section", "name", "description", "data_sources", "to_check",
                                 "anchors", "rule", "elements", "element_scoring"},
                                tr("an item", "et punkt"));
        item.number = field_int(n, "number").value_or(expected_number);
        if (n["number"] && item.number != expected_number)
            in_.error(n["number"],
                      say("item number {} is out of order: expected {}",
                          "punktnummer {} står forkert: ventet {}", item.number, expected_number),
                      tr("number the items 1, 2, 3, ... in the order they are listed",
                         "nummerér punkterne 1, 2, 3, ... i den rækkefølge, de står i"));
        item.id = in_.text(n, "id", say("item {}'s id", "punkt {}s id", expected_number)).value_or("");
        if (!item.id.empty() && !is_snake_case(item.id))
            in_.error(n["id"],
                      say("item id '{}' is not snake_case", "punkt-id'et '{}' er ikke snake_case", item.id),
                      tr("use lower-case letters, digits and '_', e.g. caseload_size",
                         "brug små bogstaver, cifre og '_', fx caseload_size"));
        item.section = in_.text(n, "section", say("item {}'s section", "punkt {}s område", expected_number))
                           .value_or("");
        if (!item.section.empty() && !scale_.find_section(item.section))
            in_.error(n["section"],
                      say("item {} names an unknown section '{}'", "punkt {} nævner et ukendt område '{}'",
                          expected_number, item.section),
                      tr("use the id of one of the sections listed under 'sections:'",
                         "brug id'et for et af områderne under 'sections:'"));
        item.name = in_.translated(n, "name", say("item {}'s name", "punkt {}s navn", expected_number))
                        .value_or(Text{});
        item.description =
            in_.translated(n, "description",
                           say("item {}'s description", "punkt {}s beskrivelse", expected_number))
                .value_or(Text{});
        item.data_sources = data_sources(n, expected_number);
        if (n["to_check"]) item.to_check = in_.boolean(n["to_check"], "to_check").value_or(false);
        item.anchors = anchors(n, expected_number);
        BandChecker bands(in_, scale_);
        if (n["rule"]) item.rule = bands.rule(n["rule"], expected_number);
        if (n["elements"] || n["element_scoring"]) bands.elements(n, expected_number, item);
        return item;
    }

    std::vector<std::string> data_sources(const yaml::Node& n, int number) {
        std::vector<std::string> sources;
        const yaml::Node node = n["data_sources"];
        if (!node || !node.IsSequence() || node.size() == 0) {
            in_.error(
                node ? node : n,
                say("item {} must list its data sources", "punkt {} skal nævne sine datakilder", number),
                tr("write e.g. 'data_sources: [MIS, DOC, INT]' using MIS (records in the case management "
                   "system), DOC (documents), INT (interviews) and OBS (observation)",
                   "skriv fx 'data_sources: [MIS, DOC, INT]' med MIS (registreringer i fagsystemet), DOC "
                   "(dokumenter), INT (interview) og OBS (observation)"));
            return sources;
        }
        for (const auto& s : node) {
            const std::string code = s.IsScalar() ? s.Scalar() : "";
            if (!kDataSources.count(code))
                in_.error(s,
                          say("item {} has an unknown data source '{}'",
                              "punkt {} har den ukendte datakilde '{}'", number, code),
                          tr("use MIS (records in the case management system), DOC (documents), INT "
                             "(interviews) or OBS (observation)",
                             "brug MIS (registreringer i fagsystemet), DOC (dokumenter), INT (interview) "
                             "eller OBS (observation)"));
            else if (std::find(sources.begin(), sources.end(), code) != sources.end())
                in_.error(s,
                          say("item {} lists data source {} twice", "punkt {} nævner datakilden {} to gange",
                              number, code),
                          tr("list each source once", "nævn hver datakilde én gang"));
            else
                sources.push_back(code);
        }
        return sources;
    }

    std::map<int, Text> anchors(const yaml::Node& n, int number) {
        std::map<int, Text> result;
        const yaml::Node node = n["anchors"];
        if (!node || !node.IsMap()) {
            in_.error(node ? node : n,
                      say("item {} has no anchors", "punkt {} har ingen beskrivelser", number),
                      say("add 'anchors:' with one text for each score {} to {}",
                          "tilføj 'anchors:' med én tekst for hver score fra {} til {}", scale_.score_min,
                          scale_.score_max));
            return result;
        }
        in_.refuse_duplicate_keys(node, say("item {}'s anchor", "punkt {}s beskrivelse", number));
        for (const auto& pair : node) {
            const auto score = in_.integer(
                pair.first, say("item {}'s anchor score", "scoren for en beskrivelse i punkt {}", number));
            if (!score) continue;
            if (*score < scale_.score_min || *score > scale_.score_max) {
                in_.error(pair.first,
                          say("item {} has an anchor for {}, outside the scale's {}..{}",
                              "punkt {} har en beskrivelse for {}, uden for skalaens {}..{}", number, *score,
                              scale_.score_min, scale_.score_max),
                          tr("remove it", "fjern den"));
                continue;
            }
            if (auto text = in_.translated_node(
                    pair.second, say("item {}'s anchor {}", "punkt {}s beskrivelse {}", number, *score)))
                result[*score] = *text;
        }
        for (int score = scale_.score_min; score <= scale_.score_max; ++score)
            if (!result.count(score) && !has_key(node, score))
                in_.error(node,
                          say("item {} has no anchor for score {}",
                              "punkt {} har ingen beskrivelse for scoren {}", number, score),
                          say("add '{}: {{ en: \"...\", da: \"...\" }}' under anchors",
                              "tilføj '{}: {{ en: \"...\", da: \"...\" }}' under anchors", score));
        return result;
    }

    static bool has_key(const yaml::Node& map, int score) {
        for (const auto& pair : map)
            if (pair.first.IsScalar() && pair.first.Scalar() == std::to_string(score)) return true;
        return false;
    }

    void levels(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(node,
                      tr("levels must list the fidelity levels of the total, highest first",
                         "levels skal nævne den samlede scores fidelitetsniveauer, det højeste først"),
                      tr("add 'levels:' with { id, min, max, name } entries",
                         "tilføj 'levels:' med { id, min, max, name }-poster"));
            return;
        }
        check_levels(in_, scale_, node);
    }

    std::string path_;
    yaml::NodeReader in_;
    Scale scale_;
};

}  // namespace

Scale read_scale(const std::string& path) {
    const yaml::Node root = yaml::load_file(path);
    return ScaleParser(path).parse(root);
}

}  // namespace ipskit::readers::review
