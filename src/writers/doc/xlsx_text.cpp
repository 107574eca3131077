#include "writers/doc/xlsx_text.hpp"

namespace ipskit::writers::doc {

namespace {

bool is_hex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// Whether an escape _xHHHH_ starts at `at`.
bool escape_at(std::string_view text, std::size_t at) {
    if (text.size() - at < 7 || text[at] != '_' || text[at + 1] != 'x' || text[at + 6] != '_') return false;
    for (std::size_t i = at + 2; i < at + 6; ++i)
        if (!is_hex(text[i])) return false;
    return true;
}

}  // namespace

std::string protect_xstring_lookalikes(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (escape_at(text, i)) out += "_x005F";
        out += text[i];
    }
    return out;
}

}  // namespace ipskit::writers::doc
