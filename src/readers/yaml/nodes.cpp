#include "readers/yaml/nodes.hpp"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>

#include <fmt/format.h>

#include "readers/text/encoding.hpp"
#include "util/input_files.hpp"

namespace ipskit::readers::yaml {

namespace {

// Where byte `offset` of `text` is, 1-based.
util::Location location_of(const std::string& path, std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, offset);
    const std::size_t line_start = before.rfind('\n');
    return {path, static_cast<int>(std::count(before.begin(), before.end(), '\n')) + 1,
            static_cast<int>(line_start == std::string_view::npos ? offset + 1 : offset - line_start)};
}

// The file's text, refused when it is too large or not UTF-8 text, with the
// place of the first bad byte: libyaml would refuse it with a less helpful
// message, and a NUL would cut a string short wherever it is used as C text.
std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::error_code ec;
    if (!in || std::filesystem::is_directory(path, ec))
        throw util::Error({path, 0, 0}, "cannot read the file",
                          "check the path and that the file is readable");
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxFileBytes)
        throw util::Error(
            {path, 0, 0},
            fmt::format("the file is {} bytes long, over the limit of {} bytes", size, kMaxFileBytes),
            "a questionnaire or scale is a few kilobytes; check that this is the right file");
    // A pipe or a device has no size to ask: read one byte past the limit at most.
    const std::string text = text::read_at_most(in, kMaxFileBytes + 1);
    if (text.size() > kMaxFileBytes)
        throw util::Error({path, 0, 0}, fmt::format("the file is over the limit of {} bytes", kMaxFileBytes),
                          "a questionnaire or scale is a few kilobytes; check that this is the right file");
    util::note_input(path);
    if (const auto bad = text::find_invalid_utf8(text); bad != std::string::npos)
        throw util::Error(location_of(path, text, bad), "the file is not UTF-8 text",
                          "save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)");
    if (const auto nul = text.find('\0'); nul != std::string::npos)
        throw util::Error(location_of(path, text, nul), "the file holds a NUL byte, so it is not a text file",
                          "check that this is the right file, or remove the byte");
    return text;
}

}  // namespace

Node load_file(const std::string& path) {
    return parse(read_text(path), path);
}

util::Location NodeReader::where(const Node& node) const {
    const Mark mark = node.Mark();
    if (mark.is_null()) return {file_, 0, 0};
    return {file_, mark.line + 1, mark.column + 1};
}

void NodeReader::error(const Node& node, std::string what, std::string fix) {
    errors_.add({where(node), std::move(what), std::move(fix)});
}

std::optional<std::string> NodeReader::text(const Node& map, const char* key, const std::string& what) {
    const Node node = map[key];
    if (!node || node.IsNull() || (node.IsScalar() && node.Scalar().empty())) {
        error(map, fmt::format("{} is missing", what), fmt::format("add '{}: ...'", key));
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(node, fmt::format("{} must be plain text", what), "write it on one line after the key");
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<int> NodeReader::integer(const Node& node, const std::string& what) {
    const std::string s = node.IsScalar() ? node.Scalar() : std::string();
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (!node.IsScalar() || s.empty() || ec != std::errc() || end != s.data() + s.size()) {
        error(node, fmt::format("{} must be a whole number, not '{}'", what, s), "write digits only, e.g. 4");
        return std::nullopt;
    }
    return value;
}

std::optional<double> NodeReader::number(const Node& node, const std::string& what) {
    std::string s = node.IsScalar() ? node.Scalar() : std::string();
    // Danish figures use a decimal comma (37,5); both marks mean the same.
    for (char& c : s)
        if (c == ',') c = '.';
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (!node.IsScalar() || s.empty() || ec != std::errc() || end != s.data() + s.size()) {
        error(node, fmt::format("{} must be a number, not '{}'", what, node.IsScalar() ? node.Scalar() : ""),
              "write a figure such as 23 or 37.5");
        return std::nullopt;
    }
    return value;
}

std::optional<bool> NodeReader::boolean(const Node& node, const std::string& what) {
    static const std::set<std::string> yes = {"true", "yes", "ja", "y", "j", "1"};
    static const std::set<std::string> no = {"false", "no", "nej", "n", "0"};
    const std::string s = node.IsScalar() ? node.Scalar() : std::string();
    if (yes.count(s)) return true;
    if (no.count(s)) return false;
    error(node, fmt::format("{} must be true or false, not '{}'", what, s), "write true or false");
    return std::nullopt;
}

std::optional<Text> NodeReader::translated(const Node& map, const char* key, const std::string& what) {
    const Node node = map[key];
    if (!node) {
        error(map, fmt::format("{} is missing", what),
              fmt::format("add '{}: {{ en: \"...\", da: \"...\" }}'", key));
        return std::nullopt;
    }
    return translated_node(node, what);
}

std::optional<Text> NodeReader::translated_node(const Node& node, const std::string& what) {
    if (!node.IsMap()) {
        error(node, fmt::format("{} must be given as {{ en: ..., da: ... }}", what),
              "write '{ en: \"...\", da: \"...\" }'");
        return std::nullopt;
    }
    const auto en = text(node, "en", what + " in English");
    if (!en) return std::nullopt;
    Text result{*en, *en};
    if (node["da"] && node["da"].IsScalar() && !node["da"].Scalar().empty()) result.da = node["da"].Scalar();
    return result;
}

void NodeReader::refuse_duplicate_keys(const Node& map, const std::string& what) {
    std::set<std::string> seen;
    for (const auto& pair : map) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        if (!seen.insert(key).second)
            error(pair.first, fmt::format("{} '{}' is given twice", what, key), "keep one of them");
    }
}

void NodeReader::refuse_unknown_keys(const Node& map, std::initializer_list<const char*> known,
                                     const std::string& what) {
    for (const auto& pair : map) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        bool ok = false;
        std::string list;
        for (const char* k : known) {
            ok = ok || key == k;
            list += (list.empty() ? "" : ", ") + std::string(k);
        }
        if (!ok) error(pair.first, fmt::format("unknown key '{}' in {}", key, what), "use one of: " + list);
    }
}

Node key_node(const Node& map, const std::string& key) {
    for (const auto& pair : map)
        if (pair.first.IsScalar() && pair.first.Scalar() == key) return pair.first;
    return map;
}

}  // namespace ipskit::readers::yaml
