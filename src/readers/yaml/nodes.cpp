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
#include "util/message_language.hpp"

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
        throw util::Error(
            {path, 0, 0}, util::tr("cannot read the file", "kan ikke læse filen"),
            util::tr("check the path and that the file is readable", "tjek stien, og at filen kan læses"));
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && size > kMaxFileBytes)
        throw util::Error(
            {path, 0, 0},
            fmt::format(fmt::runtime(util::tr("the file is {} bytes long, over the limit of {} bytes",
                                              "filen fylder {} byte, over grænsen på {} byte")),
                        size, kMaxFileBytes),
            util::tr(
                "a questionnaire or scale is a few kilobytes; check that this is the right file",
                "et bedømmerskema eller en skala fylder nogle få kilobyte; tjek, at det er den rigtige fil"));
    // A pipe or a device has no size to ask: read one byte past the limit at most.
    const std::string text = text::read_at_most(in, kMaxFileBytes + 1);
    if (text.size() > kMaxFileBytes)
        throw util::Error(
            {path, 0, 0},
            fmt::format(fmt::runtime(util::tr("the file is over the limit of {} bytes",
                                              "filen er over grænsen på {} byte")),
                        kMaxFileBytes),
            util::tr(
                "a questionnaire or scale is a few kilobytes; check that this is the right file",
                "et bedømmerskema eller en skala fylder nogle få kilobyte; tjek, at det er den rigtige fil"));
    util::note_input(path);
    if (const auto bad = text::find_invalid_utf8(text); bad != std::string::npos)
        throw util::Error(location_of(path, text, bad),
                          util::tr("the file is not UTF-8 text", "filen er ikke UTF-8-tekst"),
                          util::tr("save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)",
                                   "gem den som UTF-8 (i Notesblok: Gem som, Kodning UTF-8)"));
    if (const auto nul = text.find('\0'); nul != std::string::npos)
        throw util::Error(location_of(path, text, nul),
                          util::tr("the file holds a NUL byte, so it is not a text file",
                                   "filen indeholder en NUL-byte og er derfor ikke en tekstfil"),
                          util::tr("check that this is the right file, or remove the byte",
                                   "tjek, at det er den rigtige fil, eller fjern byten"));
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
        error(map, fmt::format(fmt::runtime(util::tr("{} is missing", "{} mangler")), what),
              fmt::format(fmt::runtime(util::tr("add '{}: ...'", "tilføj '{}: ...'")), key));
        return std::nullopt;
    }
    if (!node.IsScalar()) {
        error(node,
              fmt::format(fmt::runtime(util::tr("{} must be plain text", "{} skal være almindelig tekst")),
                          what),
              util::tr("write it on one line after the key", "skriv den på én linje efter nøglen"));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<int> NodeReader::integer(const Node& node, const std::string& what) {
    const std::string s = node.IsScalar() ? node.Scalar() : std::string();
    int value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (!node.IsScalar() || s.empty() || ec != std::errc() || end != s.data() + s.size()) {
        error(node,
              fmt::format(fmt::runtime(util::tr("{} must be a whole number, not '{}'",
                                                "{} skal være et helt tal, ikke '{}'")),
                          what, s),
              util::tr("write digits only, e.g. 4", "skriv kun cifre, fx 4"));
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
        error(node,
              fmt::format(
                  fmt::runtime(util::tr("{} must be a number, not '{}'", "{} skal være et tal, ikke '{}'")),
                  what, node.IsScalar() ? node.Scalar() : ""),
              util::tr("write a figure such as 23 or 37.5", "skriv et tal som 23 eller 37,5"));
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
    error(node,
          fmt::format(fmt::runtime(util::tr("{} must be true or false, not '{}'",
                                            "{} skal være true eller false, ikke '{}'")),
                      what, s),
          util::tr("write true or false", "skriv true eller false"));
    return std::nullopt;
}

std::optional<Text> NodeReader::translated(const Node& map, const char* key, const std::string& what) {
    const Node node = map[key];
    if (!node) {
        error(map, fmt::format(fmt::runtime(util::tr("{} is missing", "{} mangler")), what),
              fmt::format(fmt::runtime(util::tr("add '{}: {{ en: \"...\", da: \"...\" }}'",
                                                "tilføj '{}: {{ en: \"...\", da: \"...\" }}'")),
                          key));
        return std::nullopt;
    }
    return translated_node(node, what);
}

std::optional<Text> NodeReader::translated_node(const Node& node, const std::string& what) {
    if (!node.IsMap()) {
        error(node,
              fmt::format(fmt::runtime(util::tr("{} must be given as {{ en: ..., da: ... }}",
                                                "{} skal angives som {{ en: ..., da: ... }}")),
                          what),
              util::tr("write '{ en: \"...\", da: \"...\" }'", "skriv '{ en: \"...\", da: \"...\" }'"));
        return std::nullopt;
    }
    const auto en = text(node, "en", what + util::tr(" in English", " på engelsk"));
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
            error(pair.first,
                  fmt::format(fmt::runtime(util::tr("{} '{}' is given twice", "{} '{}' er angivet to gange")),
                              what, key),
                  util::tr("keep one of them", "behold kun den ene"));
    }
}

void NodeReader::refuse_unknown_keys(const Node& map, std::initializer_list<const char*> known,
                                     const std::string& what) {
    std::string previous;  // the value before, which a decimal comma may have cut short
    for (const auto& pair : map) {
        const std::string key = pair.first.IsScalar() ? pair.first.Scalar() : std::string();
        bool ok = false;
        std::string list;
        for (const char* k : known) {
            ok = ok || key == k;
            list += (list.empty() ? "" : ", ") + std::string(k);
        }
        if (!ok)
            error(pair.first,
                  fmt::format(fmt::runtime(util::tr("unknown key '{}' in {}", "ukendt nøgle '{}' i {}")), key,
                              what),
                  unknown_key_fix(key, previous, list));
        previous = pair.second.IsScalar() ? pair.second.Scalar() : std::string();
    }
}

namespace {

bool all_digits(const std::string& text, std::size_t most) {
    return !text.empty() && text.size() <= most &&
           std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string unknown_key_fix(const std::string& key, const std::string& previous,
                            const std::string& known_list) {
    const std::string use = util::tr("use one of: ", "brug en af: ") + known_list;
    if (!all_digits(key, 4)) return use;
    if (!all_digits(previous, 9))
        return fmt::format(
            fmt::runtime(
                util::tr("if {} is the decimals of a number with a decimal comma inside {{ }}, the comma "
                         "ended the value there: write the number with a point or in quotes, or the map "
                         "one key per line; otherwise {}",
                         "hvis {} er decimalerne i et tal med decimalkomma inden for {{ }}, sluttede "
                         "kommaet værdien dér: skriv tallet med punktum eller i anførselstegn, eller "
                         "mappet med én nøgle pr. linje; ellers {}")),
            key, use);
    return fmt::format(
        fmt::runtime(
            util::tr("'{0},{1}' inside {{ }} is read as {0} and a key '{1}': write {0}.{1} or '{0},{1}' "
                     "in quotes, or the map one key per line; otherwise {2}",
                     "'{0},{1}' inden for {{ }} læses som {0} og en nøgle '{1}': skriv {0}.{1} eller "
                     "'{0},{1}' i anførselstegn, eller mappet med én nøgle pr. linje; ellers {2}")),
        previous, key, use);
}

Node key_node(const Node& map, const std::string& key) {
    for (const auto& pair : map)
        if (pair.first.IsScalar() && pair.first.Scalar() == key) return pair.first;
    return map;
}

}  // namespace ipskit::readers::yaml
