#pragma once
// Texts that ipskit shows in English or Danish. Reports are written in one
// language at a time; every label comes from a table of Text, never from an if.

#include <string>
#include <string_view>

namespace ipskit {

enum class Lang { en, da };

struct Text {
    std::string en;
    std::string da;

    const std::string& in(Lang lang) const { return lang == Lang::da && !da.empty() ? da : en; }
};

// "en" or "da"; anything else is nullopt-like: returns false.
bool parse_lang(std::string_view code, Lang& out);

}  // namespace ipskit
