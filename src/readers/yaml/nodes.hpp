#pragma once
// Small helpers shared by the YAML readers: load a file into a document tree
// (yaml_tree.hpp), and read scalars of a given kind, reporting what is wrong
// at the node's own line and column.

#include <cstdint>
#include <optional>
#include <string>

#include "domain/text.hpp"
#include "readers/yaml/tree.hpp"
#include "util/error.hpp"

namespace ipskit::readers::yaml {

// A questionnaire or scale larger than this is refused before it is parsed.
inline constexpr std::uintmax_t kMaxFileBytes = 16u << 20;

// Parses `path`; a syntax error becomes FILE:LINE:COLUMN: error: ... A file
// over kMaxFileBytes, or one that is not UTF-8 text or holds a NUL byte, is
// refused with the place of the first bad byte.
Node load_file(const std::string& path);

// Reads YAML nodes of one file, gathering every problem before stopping.
class NodeReader {
public:
    // `limit`: how many problems are listed before the rest are only counted.
    explicit NodeReader(std::string file, std::size_t limit = 20) : file_(std::move(file)), errors_(limit) {}

    const std::string& file() const { return file_; }
    util::Location where(const Node& node) const;
    void error(const Node& node, std::string what, std::string fix = {});
    util::ErrorCollector& errors() { return errors_; }

    // Each returns nullopt (and records an error) when the node is missing or
    // of the wrong kind; `what` names the field in the message.
    std::optional<std::string> text(const Node& map, const char* key, const std::string& what);
    std::optional<int> integer(const Node& node, const std::string& what);
    std::optional<double> number(const Node& node, const std::string& what);
    std::optional<bool> boolean(const Node& node, const std::string& what);
    // {en: ..., da: ...}; en is required, da falls back to en when missing.
    std::optional<Text> translated(const Node& map, const char* key, const std::string& what);
    // The same for a node already at hand (an anchor's value, an element).
    std::optional<Text> translated_node(const Node& node, const std::string& what);
    // A map key given twice: the tree keeps both entries, lookups see the first.
    void refuse_duplicate_keys(const Node& map, const std::string& what);
    // Keys that are not in `known` (a typo would otherwise be ignored silently).
    void refuse_unknown_keys(const Node& map, std::initializer_list<const char*> known,
                             const std::string& what);

private:
    std::string file_;
    util::ErrorCollector errors_;
};

// The mark of a map's key node for `key`, for errors about the entry itself.
Node key_node(const Node& map, const std::string& key);

// What to do about an unknown key: use one of `known_list`, or, for a key of
// digits only, which is what `{share: 37,5}` leaves after the comma, write
// the number so that YAML keeps it whole. `previous` is the value before
// the key in its map (the 37), if a scalar.
std::string unknown_key_fix(const std::string& key, const std::string& previous,
                            const std::string& known_list);

}  // namespace ipskit::readers::yaml
