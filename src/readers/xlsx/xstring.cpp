#include "readers/xlsx/xstring.hpp"

#include <cstdint>
#include <optional>

namespace ipskit::readers::xlsx {

namespace {

constexpr std::size_t kEscapeSize = 7;  // _xHHHH_

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The code unit of the escape at `at`, or nullopt when there is none there.
std::optional<std::uint32_t> escape_at(std::string_view text, std::size_t at) {
    if (text.size() - at < kEscapeSize || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_')
        return std::nullopt;
    std::uint32_t unit = 0;
    for (std::size_t i = at + 2; i < at + 6; ++i) {
        const int digit = hex_digit(text[i]);
        if (digit < 0) return std::nullopt;
        unit = unit * 16 + static_cast<std::uint32_t>(digit);
    }
    return unit;
}

void append_utf8(std::string& out, std::uint32_t code) {
    if (code < 0x80) {
        out += static_cast<char>(code);
    } else if (code < 0x800) {
        out += static_cast<char>(0xC0 | (code >> 6));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else if (code < 0x10000) {
        out += static_cast<char>(0xE0 | (code >> 12));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (code >> 18));
        out += static_cast<char>(0x80 | ((code >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (code & 0x3F));
    }
}

bool is_high_surrogate(std::uint32_t unit) {
    return unit >= 0xD800 && unit <= 0xDBFF;
}
bool is_low_surrogate(std::uint32_t unit) {
    return unit >= 0xDC00 && unit <= 0xDFFF;
}

}  // namespace

void decode_xstring(std::string& text) {
    if (text.find("_x") == std::string::npos) return;  // nearly every cell
    const std::string_view in(text);
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < in.size();) {
        const auto unit = escape_at(in, i);
        if (!unit) {
            out += in[i++];
            continue;
        }
        i += kEscapeSize;
        std::uint32_t code = *unit;
        if (is_high_surrogate(code)) {
            const auto low = escape_at(in, i);
            if (low && is_low_surrogate(*low)) {
                code = 0x10000 + ((code - 0xD800) << 10) + (*low - 0xDC00);
                i += kEscapeSize;
            } else {
                code = 0xFFFD;
            }
        } else if (is_low_surrogate(code)) {
            code = 0xFFFD;
        }
        append_utf8(out, code);
    }
    text = std::move(out);
}

}  // namespace ipskit::readers::xlsx
