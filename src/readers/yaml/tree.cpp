#include "readers/yaml/tree.hpp"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <yaml.h>

#include "readers/yaml/syntax_errors.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::yaml {

// The nodes of one document; a node's children are a run of slots in
// `children` (a map's as key, value, key, value, ...).
struct NodeData {
    NodeType type = NodeType::Null;
    ScalarStyle style = ScalarStyle::Plain;
    Mark mark;
    std::uint32_t first_child = 0;
    std::uint32_t child_count = 0;
    std::string text;
};

struct Tree {
    std::vector<NodeData> nodes;
    std::vector<std::uint32_t> children;
};

namespace {

// What aliases may repeat of a document, as much as a file may hold.
constexpr std::uint64_t kMaxExpandedBytes = 16u << 20;

const std::string kNoText;

}  // namespace

NodeType Node::Type() const {
    return data_ ? data_->type : NodeType::Undefined;
}

const std::string& Node::Scalar() const {
    return IsScalar() ? data_->text : kNoText;
}

ScalarStyle Node::Style() const {
    return data_ ? data_->style : ScalarStyle::Plain;
}

Mark Node::Mark() const {
    return data_ ? data_->mark : yaml::Mark{};
}

std::size_t Node::size() const {
    return IsMap() || IsSequence() ? data_->child_count : 0;
}

Node Node::child(std::size_t slot) const {
    return Node(tree_, &tree_->nodes[tree_->children[data_->first_child + slot]]);
}

Node Node::operator[](std::string_view key) const {
    if (!IsMap()) return {};
    for (std::size_t i = 0; i < data_->child_count; ++i) {
        const NodeData& k = tree_->nodes[tree_->children[data_->first_child + 2 * i]];
        if (k.type == NodeType::Scalar && k.text == key) return child(2 * i + 1);
    }
    return {};
}

Node Node::element(std::size_t index) const {
    if (!IsSequence() || index >= data_->child_count) return {};
    return child(index);
}

NodeIterator Node::begin() const {
    return {*this, 0};
}

NodeIterator Node::end() const {
    return {*this, size()};
}

Entry NodeIterator::operator*() const {
    if (parent_.IsMap()) return {Node(), parent_.child(2 * index_), parent_.child(2 * index_ + 1)};
    return {parent_.child(index_), Node(), Node()};
}

namespace {

Mark start_of(const yaml_event_t& event) {
    return {static_cast<int>(event.start_mark.line), static_cast<int>(event.start_mark.column)};
}

// libyaml's text, where a missing anchor or tag is a null pointer.
std::string_view text_of(const yaml_char_t* s) {
    return s ? std::string_view(reinterpret_cast<const char*>(s)) : std::string_view();
}

bool is_null_text(std::string_view s) {
    return s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL";
}

// Turns the event stream into a Tree: open collections are a stack, and the
// children of each are gathered in `pending_` until its end event.
class Builder {
public:
    explicit Builder(const std::string& file) : file_(file), tree_(std::make_shared<Tree>()) {}

    // Takes one event; false once the stream has ended.
    bool take(const yaml_event_t& event) {
        switch (event.type) {
            case YAML_STREAM_END_EVENT:
                return false;
            case YAML_DOCUMENT_START_EVENT:
                if (++documents_ > 1)
                    throw syntax_error(
                        file_, start_of(event),
                        util::tr("the file holds a second YAML document after '---' or '...'",
                                 "filen indeholder et YAML-dokument mere efter '---' eller '...'"),
                        util::tr("keep one document per file", "hav ét dokument pr. fil"));
                break;
            case YAML_SCALAR_EVENT:
                scalar(event);
                break;
            case YAML_ALIAS_EVENT:
                alias(event);
                break;
            case YAML_SEQUENCE_START_EVENT:
                open(event, NodeType::Sequence, text_of(event.data.sequence_start.anchor));
                break;
            case YAML_MAPPING_START_EVENT:
                open(event, NodeType::Map, text_of(event.data.mapping_start.anchor));
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                close();
                break;
            default:
                break;
        }
        return true;
    }

    // The document's tree and the index of its root; an empty file is null.
    std::pair<std::shared_ptr<const Tree>, std::uint32_t> finish() {
        if (!root_) root_ = add(NodeData{NodeType::Null, ScalarStyle::Plain, Mark{0, 0}, 0, 0, {}});
        return {tree_, *root_};
    }

private:
    struct Open {
        std::uint32_t node;
        std::size_t first_pending;
        std::string anchor;
    };

    std::uint32_t add(NodeData data) {
        weights_.push_back(data.text.size() + 1);
        tree_->nodes.push_back(std::move(data));
        return static_cast<std::uint32_t>(tree_->nodes.size() - 1);
    }

    // A finished node goes to the collection that is open, or is the root.
    void place(std::uint32_t node, std::string_view anchor) {
        if (!anchor.empty()) anchors_[std::string(anchor)] = node;
        if (stack_.empty())
            root_ = node;
        else
            pending_.push_back(node);
    }

    void scalar(const yaml_event_t& event) {
        const auto& s = event.data.scalar;
        NodeData data;
        data.style = s.style == YAML_PLAIN_SCALAR_STYLE ? ScalarStyle::Plain
                     : s.style == YAML_LITERAL_SCALAR_STYLE || s.style == YAML_FOLDED_SCALAR_STYLE
                         ? ScalarStyle::Block
                         : ScalarStyle::Quoted;
        data.mark = start_of(event);
        data.text.assign(reinterpret_cast<const char*>(s.value), s.length);
        const bool null = data.style == ScalarStyle::Plain && !s.tag && is_null_text(data.text);
        data.type = null ? NodeType::Null : NodeType::Scalar;
        if (null) data.text.clear();
        place(add(std::move(data)), text_of(s.anchor));
    }

    void alias(const yaml_event_t& event) {
        const std::string name(text_of(event.data.alias.anchor));
        const auto found = anchors_.find(name);
        if (found == anchors_.end())
            throw syntax_error(
                file_, start_of(event),
                fmt::format(
                    fmt::runtime(util::tr("the alias '*{}' names no anchor '&{}' given before it",
                                          "aliasset '*{}' henviser ikke til et anker '&{}' angivet før det")),
                    name, name),
                util::tr("define the anchor first, or write the value out",
                         "angiv ankeret først, eller skriv værdien helt ud"));
        // The tree shares the aliased node, but whoever reads the document
        // copies each use of it: a 1 MB file of aliases to a large anchor
        // would need gigabytes. Count every use at its full size.
        expanded_ += weights_[found->second];
        if (expanded_ > kMaxExpandedBytes)
            throw syntax_error(
                file_, start_of(event),
                fmt::format(fmt::runtime(util::tr("the aliases would repeat over {} bytes of the document",
                                                  "aliasserne ville gentage mere end {} byte af dokumentet")),
                            kMaxExpandedBytes),
                util::tr("a questionnaire or scale needs few aliases, if any; write the values out",
                         "et bedømmerskema eller en skala har brug for få aliasser, om nogen; skriv "
                         "værdierne helt ud"));
        place(found->second, {});
    }

    void open(const yaml_event_t& event, NodeType type, std::string_view anchor) {
        if (stack_.size() >= static_cast<std::size_t>(kMaxDepth))
            throw syntax_error(
                file_, start_of(event),
                fmt::format(
                    fmt::runtime(util::tr("lists or maps are nested over {} levels deep",
                                          "lister eller maps er indlejret mere end {} niveauer dybt")),
                    kMaxDepth),
                util::tr("a questionnaire or scale needs a few levels; check that this is the right file",
                         "et bedømmerskema eller en skala har brug for få niveauer; tjek, at det er den "
                         "rigtige fil"));
        NodeData data;
        data.type = type;
        data.mark = start_of(event);
        // An anchor counts from the end of its node on, so that no node can
        // contain itself.
        stack_.push_back({add(std::move(data)), pending_.size(), std::string(anchor)});
    }

    void close() {
        Open done = std::move(stack_.back());
        stack_.pop_back();
        NodeData& data = tree_->nodes[done.node];
        data.first_child = static_cast<std::uint32_t>(tree_->children.size());
        const std::size_t count = pending_.size() - done.first_pending;
        data.child_count = static_cast<std::uint32_t>(data.type == NodeType::Map ? count / 2 : count);
        tree_->children.insert(tree_->children.end(),
                               pending_.begin() + static_cast<std::ptrdiff_t>(done.first_pending),
                               pending_.end());
        std::uint64_t weight = 1;
        for (auto it = pending_.begin() + static_cast<std::ptrdiff_t>(done.first_pending);
             it != pending_.end(); ++it)
            weight = std::min<std::uint64_t>(weight + weights_[*it], kMaxExpandedBytes + 1);
        weights_[done.node] = weight;
        pending_.resize(done.first_pending);
        place(done.node, done.anchor);
    }

    const std::string& file_;
    std::shared_ptr<Tree> tree_;
    std::vector<Open> stack_;
    std::vector<std::uint32_t> pending_;
    std::unordered_map<std::string, std::uint32_t> anchors_;
    std::vector<std::uint64_t> weights_;  // each node's bytes with its children's, aliases in full
    std::uint64_t expanded_ = 0;          // bytes that aliases repeat
    std::optional<std::uint32_t> root_;
    int documents_ = 0;
};

// Frees libyaml's parser and event however the parse ends.
struct Parser {
    yaml_parser_t parser{};
    Parser() { yaml_parser_initialize(&parser); }
    ~Parser() { yaml_parser_delete(&parser); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
};

struct Event {
    yaml_event_t event{};
    ~Event() { yaml_event_delete(&event); }
};

}  // namespace

Node parse(std::string_view text, const std::string& file) {
    Parser p;
    yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    Builder builder(file);
    for (;;) {
        Event e;
        if (!yaml_parser_parse(&p.parser, &e.event)) throw parser_error(p.parser, text, file);
        if (!builder.take(e.event)) break;
    }
    auto [tree, root] = builder.finish();
    const NodeData* data = &tree->nodes[root];
    return Node(std::move(tree), data);
}

}  // namespace ipskit::readers::yaml
