#pragma once
// Reading the text of one cell as a date, a number or yes/no, in the forms
// Danish extracts use. The parsers never throw and allocate nothing unless
// the text is wrong, so a reader can call them for every cell of a million
// rows and gather the problems (see util::ErrorCollector) instead of stopping at
// the first.

#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/date.hpp"
#include "readers/csv/common_date.hpp"
#include "util/error.hpp"

namespace ipskit::readers::csv {

// What is wrong with a cell's text; the caller knows where the cell is.
struct FieldProblem {
    std::string what;
    std::string fix;
};

// A cell read as T: a value, nothing (an empty cell means "not given"), or a
// problem.
template <typename T>
struct Parsed {
    std::optional<T> value;
    std::optional<FieldProblem> problem;

    // Not "= default": then Parsed{} would zero every byte of `problem`,
    // which costs more than reading a date.
    Parsed() {}
    Parsed(T parsed) : value(parsed) {}
    Parsed(FieldProblem why) : problem(std::move(why)) {}

    bool ok() const { return !problem; }
};

// `text` without surrounding spaces and tabs.
inline std::string_view trim(std::string_view text) {
    const auto blank = [](char c) { return c == ' ' || c == '\t'; };
    if (text.empty() || (!blank(text.front()) && !blank(text.back()))) return text;
    while (!text.empty() && blank(text.front())) text.remove_prefix(1);
    while (!text.empty() && blank(text.back())) text.remove_suffix(1);
    return text;
}

// parse_date of trimmed, non-empty text, without the shortcut.
Parsed<Date> parse_any_date(std::string_view text);

// YYYY-MM-DD, or day first: DD-MM-YYYY, DD.MM.YYYY, DD/MM/YYYY. Day and month
// may have one digit (1.2.2020), and a time after a space or 'T'
// ("2020-02-01 00:00:00", as Excel exports dates) is accepted and dropped.
// Inline, so that a reader's call for every cell costs no more than the
// shortcut itself.
inline Parsed<Date> parse_date(std::string_view text) {
    text = trim(text);
    if (text.empty()) return {};
    if (const auto common = read_common_date(text)) return common->date;
    return parse_any_date(text);
}

// A decimal number with '.' or ',' as the decimal mark ("37,5" = "37.5"),
// an optional sign and exponent. A single '.' or ',' is always the decimal
// mark, so "1.234" is 1.234. Thousands separators are read only where they
// cannot be the decimal mark: both kinds present ("1.234,5", "1,234.5") or
// one kind repeated ("1.234.567"), in groups of three digits.
Parsed<double> parse_number(std::string_view text);

// yes/no, ja/nej, y/n, j/n, true/false, sand/falsk (Danish Excel's TRUE and
// FALSE), 1/0; any letter case.
Parsed<bool> parse_yes_no(std::string_view text);

// The problem of the cell at `where`, in the column with header `column`:
//   cases.csv:7:3: error: column "Startdato": 31-02-2020 is not a date ...
util::Diagnostic to_diagnostic(const FieldProblem& problem, util::Location where, std::string_view column);

}  // namespace ipskit::readers::csv
