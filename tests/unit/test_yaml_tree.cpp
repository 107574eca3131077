#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/yaml/tree.hpp"
#include "util/error.hpp"

using ipskit::readers::yaml::Node;
using ipskit::readers::yaml::parse;
using ipskit::readers::yaml::ScalarStyle;
using ipskit::util::Error;

namespace {

Node doc(const std::string& text) {
    return parse(text, "t.yaml");
}

// "LINE:COLUMN" of a node, 1-based as messages give it.
std::string at(const Node& node) {
    return std::to_string(node.Mark().line + 1) + ":" + std::to_string(node.Mark().column + 1);
}

std::vector<std::string> keys(const Node& map) {
    std::vector<std::string> result;
    for (const auto& entry : map) result.push_back(entry.first.Scalar());
    return result;
}

std::string error_of(const std::string& text) {
    try {
        doc(text);
    } catch (const Error& e) {
        return e.what();
    }
    return "no error";
}

}  // namespace

TEST_CASE("readers::yaml::parse") {
    SUBCASE("node kinds") {
        const Node root = doc("a: x\nb: [1, 2]\nc: {d: e}\nf:\n");
        CHECK(root.IsMap());
        CHECK(root.size() == 4);
        CHECK(root["a"].IsScalar());
        CHECK(root["a"].Scalar() == "x");
        CHECK(root["b"].IsSequence());
        CHECK(root["b"].size() == 2);
        CHECK(root["b"][1].Scalar() == "2");
        CHECK(root["c"].IsMap());
        CHECK(root["c"]["d"].Scalar() == "e");
        CHECK(root["f"].IsDefined());
        CHECK(root["f"].IsNull());
    }
    SUBCASE("a missing key or index is undefined, and so is anything looked up in it") {
        const Node root = doc("a: [x]\n");
        CHECK_FALSE(root["z"]);
        CHECK_FALSE(root["a"][1]);
        CHECK_FALSE(root["z"]["y"][0]);
        CHECK_FALSE(root["z"].IsNull());
        CHECK(root["z"].Scalar().empty());
        CHECK(root["z"].Mark().is_null());
        CHECK(root["z"].size() == 0);
        CHECK(root["z"].begin() == root["z"].end());
    }
    SUBCASE("plain null words and empty values are null; quoted ones are text") {
        const Node root =
            doc("a: ~\nb: null\nc: Null\nd: NULL\ne:\nf: \"null\"\ng: 'NULL'\nh: nUll\ni: !!str null\n");
        for (const char* key : {"a", "b", "c", "d", "e"}) {
            CAPTURE(key);
            CHECK(root[key].IsNull());
            CHECK_FALSE(root[key].IsScalar());
        }
        for (const char* key : {"f", "g", "h", "i"}) {
            CAPTURE(key);
            CHECK(root[key].IsScalar());
        }
        CHECK(root["f"].Scalar() == "null");
    }
    SUBCASE("scalars keep their text and how they were written") {
        const Node root =
            doc("a: yes\nb: \"yes\"\nc: 3\nd: 3.0\ne: '3'\nf: 2020-11-12\ng: |\n  one\n  two\n");
        CHECK(root["a"].Scalar() == "yes");
        CHECK(root["a"].Style() == ScalarStyle::Plain);
        CHECK(root["b"].Scalar() == "yes");
        CHECK(root["b"].Style() == ScalarStyle::Quoted);
        CHECK(root["c"].Scalar() == "3");
        CHECK(root["d"].Scalar() == "3.0");
        CHECK(root["e"].Scalar() == "3");
        CHECK(root["e"].Style() == ScalarStyle::Quoted);
        CHECK(root["f"].Scalar() == "2020-11-12");
        CHECK(root["g"].Scalar() == "one\ntwo\n");
        CHECK(root["g"].Style() == ScalarStyle::Block);
    }
    SUBCASE("multi-line and escaped scalars") {
        const Node root = doc("a: one\n  two\nb: \"x\n  y\"\nc: >\n  f1\n  f2\nd: \"\\t\\u00e6\"\n");
        CHECK(root["a"].Scalar() == "one two");
        CHECK(root["b"].Scalar() == "x y");
        CHECK(root["c"].Scalar() == "f1 f2\n");
        CHECK(root["d"].Scalar() == "\t\xc3\xa6");
    }
    SUBCASE("marks are 0-based lines and columns in characters") {
        const Node root = doc("site: Hj\xc3\xb8rring\nratings:\n  1: { score: 4, note: \"\xc3\xa6 x\" }\n");
        CHECK(at(root) == "1:1");
        CHECK(at(root["site"]) == "1:7");
        CHECK(at(root["ratings"]) == "3:3");
        CHECK(at(root["ratings"]["1"]) == "3:6");
        CHECK(at(root["ratings"]["1"]["note"]) == "3:24");
        // A quoted scalar starts at its quote; an empty value just after its ':'.
        CHECK(at(doc("a: 'x'\nb:\nc: 1\n")["a"]) == "1:4");
        CHECK(at(doc("a: 'x'\nb:\nc: 1\n")["b"]) == "2:3");
    }
    SUBCASE("a repeated key is kept, in file order; a lookup finds the first") {
        const Node root = doc("b: 1\na: 2\nb: 3\n");
        CHECK(root.size() == 3);
        CHECK(keys(root) == std::vector<std::string>{"b", "a", "b"});
        CHECK(root["b"].Scalar() == "1");
        std::vector<std::string> lines;
        for (const auto& entry : root) lines.push_back(at(entry.first));
        CHECK(lines == std::vector<std::string>{"1:1", "2:1", "3:1"});
    }
    SUBCASE("number keys are compared by their text") {
        const Node root = doc("1: { en: one }\n02: two\n");
        CHECK(root["1"]["en"].Scalar() == "one");
        CHECK(root["02"].Scalar() == "two");
        CHECK_FALSE(root["2"]);
    }
    SUBCASE("iterating a sequence yields its elements, and iterator arrows reach a map's entries") {
        std::vector<std::string> seen;
        for (const auto& element : doc("[a, b, c]\n")) seen.push_back(element.Scalar());
        CHECK(seen == std::vector<std::string>{"a", "b", "c"});
        const Node map = doc("k: v\n");
        CHECK(map.begin()->first.Scalar() == "k");
        CHECK(map.begin()->second.Scalar() == "v");
        CHECK_FALSE(*map.begin());  // a map entry is no element
    }
    SUBCASE("an alias is the anchored node") {
        const Node root = doc("a: &x { k: v }\nb: *x\n");
        CHECK(root["b"].IsMap());
        CHECK(root["b"]["k"].Scalar() == "v");
        CHECK(at(root["b"]) == at(root["a"]));
    }
    SUBCASE("an alias to an unknown anchor, or to the node that holds it, is refused") {
        CHECK(
            error_of("a: *x\n") ==
            "t.yaml:1:4: error: this is not valid YAML: the alias '*x' names no anchor '&x' given before it "
            "— define the anchor first, or write the value out");
        CHECK(error_of("a: &x [1, *x]\n").find("t.yaml:1:11: error:") == 0);
    }
    SUBCASE("an empty or comment-only file is one null document") {
        CHECK(doc("").IsNull());
        CHECK(doc("# nothing\n").IsNull());
        CHECK(doc("---\n").IsNull());
    }
    SUBCASE("a second document is refused") {
        CHECK(error_of("a: 1\n---\nb: 2\n") ==
              "t.yaml:2:1: error: this is not valid YAML: the file holds a second YAML document after '---' "
              "or '...' — keep one document per file");
    }
    SUBCASE("a byte order mark is skipped and not counted") {
        const Node root =
            doc("\xef\xbb\xbf"
                "a: b\n");
        CHECK(keys(root) == std::vector<std::string>{"a"});
        CHECK(at(root["a"]) == "1:4");
    }
    SUBCASE("nesting is limited") {
        const std::string ok = "a: " + std::string(499, '[') + std::string(499, ']') + "\n";
        CHECK(doc(ok)["a"].IsSequence());
        // The root map is the first level, so the 500th bracket opens the 501st.
        const std::string deep = "a: " + std::string(100000, '[') + "\n";
        CHECK(error_of(deep) ==
              "t.yaml:1:503: error: this is not valid YAML: lists or maps are nested over 500 levels deep — "
              "a questionnaire or scale needs a few levels; check that this is the right file");
    }
    SUBCASE("syntax errors are placed and explained") {
        CHECK(error_of("a: 1\n\tb: 2\n") ==
              "t.yaml:2:1: error: this is not valid YAML: a tab is used for indentation, and YAML allows "
              "only spaces — replace the tab with spaces");
        CHECK(error_of("a:\n  b: 1\n   c: 2\n")
                  .find("t.yaml:3:5: error: this is not valid YAML: a ':' where "
                        "none can be") == 0);
        CHECK(error_of("a: [1, 2\nb: 3\n") ==
              "t.yaml:2:2: error: this is not valid YAML: the list '[' opened on line 1 is not closed with "
              "']' — add the closing ']', and a ',' between the elements");
        CHECK(error_of("a: { b: 1\nc: 2\n").find("the map '{' opened on line 1 is not closed") !=
              std::string::npos);
        CHECK(error_of("a: \"open\nb: 2\n") ==
              "t.yaml:3:1: error: this is not valid YAML: the quoted text opened on line 1 is not closed — "
              "add the closing quote");
        CHECK(error_of("a: @x\n") ==
              "t.yaml:1:4: error: this is not valid YAML: '@' cannot start a value here — put the text in "
              "quotes");
        // Columns count characters, and a byte order mark is not one.
        CHECK(error_of("a: [\xc3\xa6\xc3\xb8, @x]\n")
                  .find("t.yaml:1:9: error: this is not valid YAML: '@' cannot start a value here") == 0);
        CHECK(error_of("\xef\xbb\xbf"
                       "a: \x7f\n")
                  .find("t.yaml:1:4: error:") == 0);
        CHECK(error_of("a: \x7f\n")
                  .find("t.yaml:1:4: error: this is not valid YAML: the file holds the "
                        "control character U+007F") == 0);
    }
}
