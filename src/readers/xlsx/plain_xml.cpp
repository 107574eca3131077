#include "readers/xlsx/plain_xml.hpp"

#include <algorithm>
#include <cstring>
#include <pugixml.hpp>

#include "readers/text/encoding.hpp"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace ipskit::readers::xlsx {

namespace {

#if defined(__SSE2__) && !defined(IPSKIT_NO_SIMD)
constexpr bool kSimd = true;
#else
constexpr bool kSimd = false;
#endif

// Escapes are left as they are: a plain piece has no "&". Comments, CDATA,
// processing instructions and DOCTYPEs become nodes, so that the walk can
// see them and send the piece to expat.
constexpr unsigned kOptions = (pugi::parse_default & ~pugi::parse_escapes) | pugi::parse_ws_pcdata |
                              pugi::parse_comments | pugi::parse_pi | pugi::parse_declaration |
                              pugi::parse_doctype;

bool is_control(unsigned char byte) {
    return byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r';
}

// A byte the scan looks at more closely.
bool is_suspect(unsigned char byte) {
    return is_control(byte) || byte == '&' || byte == ']' || byte == 0xEF;
}

// Whether the suspect byte at `at` makes the XML not plain.
bool unplain_at(std::string_view xml, std::size_t at) {
    const auto byte = static_cast<unsigned char>(xml[at]);
    if (byte == ']') return xml.substr(at, 3) == "]]>";
    if (byte == 0xEF) return xml.substr(at, 3) == "\xEF\xBF\xBE" || xml.substr(at, 3) == "\xEF\xBF\xBF";
    return true;  // a control character or "&"
}

// Also says whether every byte is ASCII, which spares the UTF-8 check: a
// sheet of numbers and shared strings holds no other.
template <bool simd>
bool has_unplain_in(std::string_view xml, bool& ascii) {
    unsigned high = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    if constexpr (simd) {
        const __m128i high_bits = _mm_set1_epi8(static_cast<char>(0xE0));
        const __m128i zero = _mm_setzero_si128();
        const __m128i tab = _mm_set1_epi8('\t'), line_feed = _mm_set1_epi8('\n'), ret = _mm_set1_epi8('\r');
        const __m128i amp = _mm_set1_epi8('&'), bracket = _mm_set1_epi8(']');
        const __m128i lead = _mm_set1_epi8(static_cast<char>(0xEF));
        for (; xml.size() - i >= 16; i += 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(xml.data() + i));
            const __m128i spaces = _mm_or_si128(
                _mm_cmpeq_epi8(v, tab), _mm_or_si128(_mm_cmpeq_epi8(v, line_feed), _mm_cmpeq_epi8(v, ret)));
            const __m128i control =
                _mm_andnot_si128(spaces, _mm_cmpeq_epi8(_mm_and_si128(v, high_bits), zero));
            const __m128i others = _mm_or_si128(
                _mm_cmpeq_epi8(v, amp), _mm_or_si128(_mm_cmpeq_epi8(v, bracket), _mm_cmpeq_epi8(v, lead)));
            high |= static_cast<unsigned>(_mm_movemask_epi8(v));
            auto mask = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(control, others)));
            for (; mask != 0; mask &= mask - 1)
                if (unplain_at(xml, i + static_cast<std::size_t>(__builtin_ctz(mask)))) return true;
        }
    }
#endif
    for (; i < xml.size(); ++i) {
        high |= static_cast<unsigned char>(xml[i]) & 0x80u;
        if (is_suspect(static_cast<unsigned char>(xml[i])) && unplain_at(xml, i)) return true;
    }
    ascii = high == 0;
    return false;
}

bool is_name_start(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
}

bool is_name_char(unsigned char c) {
    return is_name_start(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// A name of ASCII letters as XML allows them. Names with other letters are
// expat's to judge: its rules for them are long.
bool is_ascii_name(const char* name) {
    if (!is_name_start(static_cast<unsigned char>(*name))) return false;
    for (++name; *name != '\0'; ++name)
        if (!is_name_char(static_cast<unsigned char>(*name))) return false;
    return true;
}

}  // namespace

bool has_unplain_bytes(std::string_view xml, bool& ascii) {
    return has_unplain_in<kSimd>(xml, ascii);
}

namespace portable {
bool has_unplain_bytes(std::string_view xml, bool& ascii) {
    return has_unplain_in<false>(xml, ascii);
}
}  // namespace portable

namespace {

// The end tag of a root with a name this long or longer leaves the piece to expat.
constexpr std::size_t kMaxEndTag = 64;

bool ends_with_end_tag(std::string_view tail, std::string_view name) {
    const std::size_t size = name.size() + 3;
    return tail.size() >= size && tail.substr(tail.size() - size, 2) == "</" &&
           tail.substr(tail.size() - size + 2, name.size()) == name && tail.back() == '>';
}

bool has_less_than(const char* value) {
    for (; *value != '\0'; ++value)
        if (*value == '<') return true;
    return false;
}

// The element's attributes as expat gives them, or false when expat would
// refuse them (a name twice, "<" in a value) or should judge them. Values
// are a few letters, so the loops are plain ones rather than calls.
bool gather_attributes(pugi::xml_node element, std::vector<const char*>& out) {
    out.clear();
    for (pugi::xml_attribute a = element.first_attribute(); a; a = a.next_attribute()) {
        const char* name = a.name();
        const char* value = a.value();
        if (!is_ascii_name(name) || has_less_than(value)) return false;
        for (std::size_t i = 0; i < out.size(); i += 2)
            if (out[i][0] == name[0] && std::strcmp(out[i], name) == 0) return false;
        out.push_back(name);
        out.push_back(value);
    }
    out.push_back(nullptr);
    return true;
}

}  // namespace

PlainXml::Result PlainXml::parse(std::string& xml, XmlHandler& handler) {
    bool ascii = false;
    if (xml.size() > kMaxBytes || has_unplain_bytes(xml, ascii) ||
        (!ascii && text::find_invalid_utf8(xml) != std::string::npos))
        return Result::not_plain;
    // pugixml passes over text outside the root, which expat refuses; so the
    // document must start at the root's tag and end with its end tag (text
    // before an end tag there would make pugixml fail).
    if (xml.empty() || xml.front() != '<') return Result::not_plain;
    const std::string tail = xml.substr(xml.size() - std::min<std::size_t>(xml.size(), kMaxEndTag));
    pugi::xml_document document;
    if (!document.load_buffer_inplace(xml.data(), xml.size(), kOptions, pugi::encoding_utf8))
        return Result::not_plain;
    const pugi::xml_node root = document.first_child();
    if (root.type() != pugi::node_element || root != document.last_child() ||
        !ends_with_end_tag(tail, root.name()))
        return Result::not_plain;
    open_.clear();
    return walk(root, handler);
}

// The tree in document order, without recursion: a hostile piece may nest
// deeply. `open_` holds the elements started and not yet ended.
PlainXml::Result PlainXml::walk(pugi::xml_node node, XmlHandler& handler) {
    for (;;) {
        const pugi::xml_node_type type = node.type();
        if (type == pugi::node_pcdata) {
            handler.text(node.value());
        } else if (type == pugi::node_element) {
            const char* name = node.name();
            if (!is_ascii_name(name) || !gather_attributes(node, attributes_)) return Result::not_plain;
            raw_name_ = name;
            open_.push_back(name);
            handler.start(*this, local_name(name), XmlAttributes{attributes_.data()});
            if (const pugi::xml_node child = failure_ ? pugi::xml_node() : node.first_child()) {
                node = child;
                continue;
            }
            if (!failure_) end_element(handler);
        } else {
            return Result::not_plain;
        }
        // The node is done; so is each parent whose last child it is.
        for (;;) {
            if (failure_) return Result::failed;
            if (open_.empty()) return Result::parsed;
            if (const pugi::xml_node next = node.next_sibling()) {
                node = next;
                break;
            }
            node = node.parent();
            end_element(handler);
        }
    }
}

void PlainXml::end_element(XmlHandler& handler) {
    raw_name_ = open_.back();
    open_.pop_back();
    handler.end(*this, local_name(raw_name_));
}

}  // namespace ipskit::readers::xlsx
