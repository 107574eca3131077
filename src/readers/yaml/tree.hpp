#pragma once
// An immutable YAML document tree built from libyaml's event parser. The
// readers only walk a document, so the tree keeps what they look at: the kind
// of each node, a scalar's text and whether it was quoted, where the node
// starts, and a map's entries in file order, a repeated key included (so
// that it can be reported). Member names follow yaml-cpp's, whose subset the
// readers were written against.

#include <concepts>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/error.hpp"

namespace ipskit::readers::yaml {

// Lists and maps nested deeper than this are refused: no questionnaire or
// scale needs more than a few levels, and deeper input is an attack or junk.
inline constexpr int kMaxDepth = 500;

// Where a node starts; 0-based. A node that is not in the file has none.
struct Mark {
    int line = -1;
    int column = -1;
    bool is_null() const { return line < 0; }
};

enum class NodeType { Undefined, Null, Scalar, Sequence, Map };

// How a scalar was written: YAML gives meaning (null, true, 3) to the text of
// plain scalars only; a quoted or block scalar is always text.
enum class ScalarStyle { Plain, Quoted, Block };

struct Tree;
struct NodeData;
struct Entry;
class NodeIterator;

// A handle to one node of a parsed document; it keeps the document alive.
// A missing key or index gives an undefined node, which is false, of no kind,
// and whose own lookups are undefined too.
class Node {
public:
    Node() = default;

    NodeType Type() const;
    bool IsDefined() const { return data_ != nullptr; }
    bool IsNull() const { return Type() == NodeType::Null; }
    bool IsScalar() const { return Type() == NodeType::Scalar; }
    bool IsSequence() const { return Type() == NodeType::Sequence; }
    bool IsMap() const { return Type() == NodeType::Map; }
    explicit operator bool() const { return IsDefined(); }

    // The scalar's text; empty for any other node.
    const std::string& Scalar() const;
    ScalarStyle Style() const;
    yaml::Mark Mark() const;

    // Entries of a map or elements of a sequence; 0 for anything else.
    std::size_t size() const;
    // The value of the first entry whose key is the scalar `key`.
    Node operator[](std::string_view key) const;
    Node operator[](const char* key) const { return (*this)[std::string_view(key)]; }
    Node operator[](const std::string& key) const { return (*this)[std::string_view(key)]; }
    // A sequence's element `index` (a template, so that a literal 0 is no key).
    template <std::integral Index>
    Node operator[](Index index) const {
        return index < 0 ? Node() : element(static_cast<std::size_t>(index));
    }

    // A sequence yields its elements; a map yields entries with .first (the
    // key) and .second (the value); anything else yields nothing.
    NodeIterator begin() const;
    NodeIterator end() const;

private:
    friend class NodeIterator;
    friend Node parse(std::string_view, const std::string&);
    Node(std::shared_ptr<const Tree> tree, const NodeData* data) : tree_(std::move(tree)), data_(data) {}
    Node child(std::size_t slot) const;
    Node element(std::size_t index) const;

    std::shared_ptr<const Tree> tree_;
    const NodeData* data_ = nullptr;
};

// What iterating yields: for a sequence the element itself, for a map an
// undefined node carrying the entry's key and value.
struct Entry : Node {
    Entry(Node element, Node key, Node value)
        : Node(std::move(element)), first(std::move(key)), second(std::move(value)) {}
    Node first;
    Node second;
};

class NodeIterator {
public:
    struct Arrow {
        Entry entry;
        const Entry* operator->() const { return &entry; }
    };

    NodeIterator(Node parent, std::size_t index) : parent_(std::move(parent)), index_(index) {}
    Entry operator*() const;
    Arrow operator->() const { return {**this}; }
    NodeIterator& operator++() {
        ++index_;
        return *this;
    }
    bool operator==(const NodeIterator& other) const { return index_ == other.index_; }
    bool operator!=(const NodeIterator& other) const { return index_ != other.index_; }

private:
    Node parent_;
    std::size_t index_;
};

// Parses one YAML document from UTF-8 `text` (an empty text is a null
// document). A syntax error, a second document, an alias without its anchor
// or nesting over kMaxDepth throws util::Error at `file`:LINE:COLUMN.
Node parse(std::string_view text, const std::string& file);

}  // namespace ipskit::readers::yaml
