#pragma once
// How a cell reads as text: rounded once, half away from zero, with the
// decimal mark of the report's language.

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::doc {

struct NumberStyle {
    char decimal_mark = '.';
    bool percent_sign = true;  // "30%" / "30 %" rather than "30"
    bool space_before_percent = false;
    bool danish_dates = false;  // 12-11-2020 rather than ISO 8601

    static NumberStyle for_lang(Lang lang);
    // Plain figures for machines and spreadsheets of the given language.
    static NumberStyle plain(char decimal_mark);
};

std::string format_cell(const Cell& cell, const NumberStyle& style);
std::string format_fixed(double value, int decimals, char decimal_mark);

}  // namespace ipskit::writers::doc
