#include "writers/questionnaire/yaml_text.hpp"

#include <fmt/format.h>

namespace ipskit::writers::questionnaire {

namespace {

constexpr char32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 character at `i`, advancing it; a byte that does not
// start a valid sequence is read as U+FFFD, so nothing is passed on unseen.
char32_t next_char(const std::string& s, std::size_t& i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char lead = byte(i);
    const int length = lead < 0x80           ? 1
                       : (lead >> 5) == 0x6  ? 2
                       : (lead >> 4) == 0xE  ? 3
                       : (lead >> 3) == 0x1E ? 4
                                             : 0;
    if (length == 0 || i + static_cast<std::size_t>(length) > s.size()) {
        ++i;
        return kReplacement;
    }
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (int k = 1; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80) {
            ++i;
            return kReplacement;
        }
        c = (c << 6) | (byte(i + k) & 0x3F);
    }
    i += static_cast<std::size_t>(length);
    const bool overlong =
        (length == 2 && c < 0x80) || (length == 3 && c < 0x800) || (length == 4 && c < 0x10000);
    return overlong || (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF ? kReplacement : c;
}

std::string utf8(char32_t c) {
    std::string out;
    if (c < 0x80) {
        out += static_cast<char>(c);
    } else if (c < 0x800) {
        out += static_cast<char>(0xC0 | (c >> 6));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        out += static_cast<char>(0xE0 | (c >> 12));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (c >> 18));
        out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (c & 0x3F));
    }
    return out;
}

bool line_break(char32_t c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
}

// What YAML lets stand as it is inside a line: printable, not a line break,
// and not the byte order mark, which a reader may take for a new stream.
bool plain(char32_t c) {
    if (c == 0xFEFF) return false;
    return c == '\t' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

std::string escaped(char32_t c) {
    switch (c) {
        case '"':
            return "\\\"";
        case '\\':
            return "\\\\";
        case '\n':
            return "\\n";
        case '\r':
            return "\\r";
        case '\t':
            return "\\t";
        case 0x85:
            return "\\N";
        case 0x2028:
            return "\\L";
        case 0x2029:
            return "\\P";
        default:
            break;
    }
    if (plain(c)) return utf8(c);
    if (c <= 0xFF) return fmt::format("\\x{:02X}", static_cast<unsigned>(c));
    return fmt::format("\\u{:04X}", static_cast<unsigned>(c));
}

}  // namespace

std::string yaml_quoted(const std::string& text) {
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size();) out += escaped(next_char(text, i));
    return out + "\"";
}

std::string comment_text(const std::string& text) {
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t c = next_char(text, i);
        out += line_break(c) || !plain(c) ? std::string(" ") : utf8(c);
    }
    return out;
}

}  // namespace ipskit::writers::questionnaire
