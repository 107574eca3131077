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

namespace ipskit::readers::review {

namespace {

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
            throw util::Error({path_, 1, 1}, "a scale file must be a YAML map", "start with 'id: ...'");
        in_.refuse_duplicate_keys(root, "key");
        in_.refuse_unknown_keys(root,
                                {"id", "version", "source", "name", "score_min", "score_max", "no_fit_score",
                                 "priority_at_or_below", "boundary_rule", "sections", "levels", "items"},
                                "a scale");
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
        scale_.id = in_.text(root, "id", "the scale's id").value_or("");
        const std::string stem = std::filesystem::path(path_).stem().string();
        if (!scale_.id.empty() && scale_.id != stem)
            in_.error(
                root["id"],
                fmt::format("the scale's id '{}' differs from its file name '{}.yaml'", scale_.id, stem),
                "questionnaires select a scale by file name: rename the file or change the id");
        scale_.version = text_or_translated(root, "version", "the scale's version");
        scale_.source = text_or_translated(root, "source", "the scale's source");
        scale_.name = in_.translated(root, "name", "the scale's name").value_or(Text{});
        if (root["boundary_rule"])
            scale_.boundary_rule =
                in_.translated(root, "boundary_rule", "the boundary rule").value_or(Text{});
        scale_.score_min = field_int(root, "score_min").value_or(1);
        scale_.score_max = field_int(root, "score_max").value_or(5);
        scale_.no_fit_score = field_int(root, "no_fit_score").value_or(scale_.score_min);
        if (scale_.score_min >= scale_.score_max)
            in_.error(root["score_max"] ? root["score_max"] : root, "score_max must be above score_min",
                      "e.g. score_min: 1 and score_max: 5");
        // Every score gets an anchor and a loop; a fidelity scale has five.
        constexpr int kMaxScore = 100;
        if (scale_.score_min < 0 || scale_.score_max > kMaxScore) {
            in_.error(root["score_max"] ? root["score_max"] : root,
                      fmt::format("the scores must lie within 0..{}", kMaxScore),
                      "e.g. score_min: 1 and score_max: 5");
            scale_.score_min = 1;
            scale_.score_max = 5;
        }
        if (scale_.no_fit_score < scale_.score_min || scale_.no_fit_score > scale_.score_max)
            in_.error(root["no_fit_score"] ? root["no_fit_score"] : root,
                      "no_fit_score must lie within score_min..score_max",
                      "the fidelity manuals score an item that does not fit as 1");
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
                      fmt::format("priority_at_or_below is {}, outside the scale's {}..{}", *value,
                                  scale_.score_min, scale_.score_max),
                      fmt::format("write a score from {} to {}; the fidelity manuals use {}",
                                  scale_.score_min, scale_.score_max, scale_.score_max - 2));
            return;
        }
        scale_.priority_at_or_below = *value;
    }

    std::optional<int> field_int(const yaml::Node& map, const char* key) {
        if (!map[key]) {
            in_.error(map, fmt::format("{} is missing", key), fmt::format("add '{}: ...'", key));
            return std::nullopt;
        }
        return in_.integer(map[key], key);
    }

    void sections(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(node, "sections must be a list of { id, name }",
                      "add 'sections: [ { id: staffing, name: { en: Staffing } } ]'");
            return;
        }
        for (const auto& s : node) {
            Section section;
            section.id = in_.text(s, "id", "a section's id").value_or("");
            section.name = in_.translated(s, "name", "the section's name").value_or(Text{});
            if (!section.id.empty() && scale_.find_section(section.id))
                in_.error(s["id"], fmt::format("section id '{}' is used twice", section.id),
                          "give each section its own id");
            scale_.sections.push_back(std::move(section));
        }
    }

    void items(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(node, "items must be a list of the scale's items",
                      "add 'items:' with one entry per item");
            return;
        }
        std::set<std::string> ids;
        for (const auto& n : node) {
            Item parsed = item(n, static_cast<int>(scale_.items.size()) + 1);
            if (!parsed.id.empty() && !ids.insert(parsed.id).second)
                in_.error(n["id"], fmt::format("item id '{}' is used twice", parsed.id),
                          "give each item its own id");
            scale_.items.push_back(std::move(parsed));
        }
    }

    Item item(const yaml::Node& n, int expected_number) {
        Item item;
        if (!n.IsMap()) {
            in_.error(n, "an item must be a map with number, id, section, name, ...", "see scales/README.md");
            return item;
        }
        in_.refuse_duplicate_keys(n, "key");
        in_.refuse_unknown_keys(n,
                                {"number", "id", "section", "name", "description", "data_sources", "to_check",
                                 "anchors", "rule", "elements", "element_scoring"},
                                "an item");
        item.number = field_int(n, "number").value_or(expected_number);
        if (n["number"] && item.number != expected_number)
            in_.error(
                n["number"],
                fmt::format("item number {} is out of order: expected {}", item.number, expected_number),
                "number the items 1, 2, 3, ... in the order they are listed");
        item.id = in_.text(n, "id", fmt::format("item {}'s id", expected_number)).value_or("");
        if (!item.id.empty() && !is_snake_case(item.id))
            in_.error(n["id"], fmt::format("item id '{}' is not snake_case", item.id),
                      "use lower-case letters, digits and '_', e.g. caseload_size");
        item.section = in_.text(n, "section", fmt::format("item {}'s section", expected_number)).value_or("");
        if (!item.section.empty() && !scale_.find_section(item.section))
            in_.error(n["section"],
                      fmt::format("item {} names an unknown section '{}'", expected_number, item.section),
                      "use the id of one of the sections listed under 'sections:'");
        item.name =
            in_.translated(n, "name", fmt::format("item {}'s name", expected_number)).value_or(Text{});
        item.description =
            in_.translated(n, "description", fmt::format("item {}'s description", expected_number))
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
            in_.error(node ? node : n, fmt::format("item {} must list its data sources", number),
                      "write e.g. 'data_sources: [MIS, DOC, INT]' using MIS, DOC, INT and OBS");
            return sources;
        }
        for (const auto& s : node) {
            const std::string code = s.IsScalar() ? s.Scalar() : "";
            if (!kDataSources.count(code))
                in_.error(s, fmt::format("item {} has an unknown data source '{}'", number, code),
                          "use MIS, DOC, INT or OBS");
            else if (std::find(sources.begin(), sources.end(), code) != sources.end())
                in_.error(s, fmt::format("item {} lists data source {} twice", number, code),
                          "list each source once");
            else
                sources.push_back(code);
        }
        return sources;
    }

    std::map<int, Text> anchors(const yaml::Node& n, int number) {
        std::map<int, Text> result;
        const yaml::Node node = n["anchors"];
        if (!node || !node.IsMap()) {
            in_.error(node ? node : n, fmt::format("item {} has no anchors", number),
                      fmt::format("add 'anchors:' with one text for each score {} to {}", scale_.score_min,
                                  scale_.score_max));
            return result;
        }
        in_.refuse_duplicate_keys(node, fmt::format("item {}'s anchor", number));
        for (const auto& pair : node) {
            const auto score = in_.integer(pair.first, fmt::format("item {}'s anchor score", number));
            if (!score) continue;
            if (*score < scale_.score_min || *score > scale_.score_max) {
                in_.error(pair.first,
                          fmt::format("item {} has an anchor for {}, outside the scale's {}..{}", number,
                                      *score, scale_.score_min, scale_.score_max),
                          "remove it");
                continue;
            }
            if (auto text =
                    in_.translated_node(pair.second, fmt::format("item {}'s anchor {}", number, *score)))
                result[*score] = *text;
        }
        for (int score = scale_.score_min; score <= scale_.score_max; ++score)
            if (!result.count(score) && !has_key(node, score))
                in_.error(node, fmt::format("item {} has no anchor for score {}", number, score),
                          fmt::format("add '{}: {{ en: \"...\", da: \"...\" }}' under anchors", score));
        return result;
    }

    static bool has_key(const yaml::Node& map, int score) {
        for (const auto& pair : map)
            if (pair.first.IsScalar() && pair.first.Scalar() == std::to_string(score)) return true;
        return false;
    }

    void levels(const yaml::Node& node) {
        if (!node.IsSequence() || node.size() == 0) {
            in_.error(node, "levels must list the fidelity levels of the total, highest first",
                      "add 'levels:' with { id, min, max, name } entries");
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
