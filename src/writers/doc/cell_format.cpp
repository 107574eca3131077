#include "writers/doc/cell_format.hpp"

#include <fmt/format.h>

#include "domain/date.hpp"
#include "domain/rounding.hpp"

namespace ipskit::writers::doc {

NumberStyle NumberStyle::for_lang(Lang lang) {
    if (lang == Lang::da) return {',', true, true, true};
    return {'.', true, false, false};
}

NumberStyle NumberStyle::plain(char decimal_mark) {
    return {decimal_mark, false, false, false};
}

std::string format_fixed(double value, int decimals, char decimal_mark) {
    double rounded = round_half_away(value, decimals);
    if (rounded == 0) rounded = 0;  // no "-0"
    std::string text = fmt::format("{:.{}f}", rounded, decimals);
    if (decimal_mark != '.')
        for (char& c : text)
            if (c == '.') c = decimal_mark;
    return text;
}

std::string format_cell(const Cell& cell, const NumberStyle& style) {
    switch (cell.kind) {
        case CellKind::empty:
            return cell.text;  // blank, unless it says why (e.g. "undefined")
        case CellKind::text:
        case CellKind::suppressed:
            return cell.text;
        case CellKind::date:
            return date_for_reader(cell.text, style.danish_dates);
        case CellKind::integer:
            return fmt::format("{}", static_cast<long long>(cell.value));
        case CellKind::number:
            return format_fixed(cell.value, cell.decimals, style.decimal_mark);
        case CellKind::percent: {
            std::string text = format_fixed(cell.value * 100, cell.decimals, style.decimal_mark);
            if (!style.percent_sign) return text;
            return text + (style.space_before_percent ? " %" : "%");
        }
    }
    return {};
}

}  // namespace ipskit::writers::doc
