#include "readers/csv/field_parsers.hpp"

#include <algorithm>
#include <array>
#include <charconv>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::csv {

namespace {

constexpr const char* kMonthNames[12] = {"January",   "February", "March",    "April",
                                         "May",       "June",     "July",     "August",
                                         "September", "October",  "November", "December"};
constexpr const char* kMonthNamesDa[12] = {"januar",    "februar", "marts",    "april",
                                           "maj",       "juni",    "juli",     "august",
                                           "september", "oktober", "november", "december"};

// A cell's text as messages quote it: cut short, never a CPR-like value.
std::string shown(std::string_view text) {
    return quoted_value(text);
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Reads text left to right; every read either takes what it wants or
// nothing.
struct Cursor {
    std::string_view text;
    std::size_t pos = 0;

    bool done() const { return pos == text.size(); }
    bool take(char c) {
        if (done() || text[pos] != c) return false;
        ++pos;
        return true;
    }
    // Reads 1..max digits; returns how many (0: none there).
    std::size_t digits(int& value, std::size_t max) {
        std::size_t n = 0;
        value = 0;
        for (; n < max && !done() && is_digit(text[pos]); ++n, ++pos) value = value * 10 + (text[pos] - '0');
        return n;
    }
    // Reads 1..max digits no larger than `limit`.
    bool number_up_to(std::size_t max, int limit) {
        int value = 0;
        return digits(value, max) > 0 && value <= limit;
    }
};

// Takes a time of day after a date ("T00:00:00", " 14:30", " 0:00:00.000"),
// as spreadsheets export dates with a time. The time itself is dropped.
bool skip_time(Cursor& c) {
    if (c.done()) return true;
    if (!c.take(' ') && !c.take('T')) return false;
    if (!c.number_up_to(2, 23) || !c.take(':') || !c.number_up_to(2, 59)) return false;
    if (c.take(':') && !c.number_up_to(2, 59)) return false;
    int ignored = 0;
    if (c.take('.') && c.digits(ignored, 9) == 0) return false;
    return c.done();
}

Parsed<Date> date_problem(std::string what, std::string fix) {
    return FieldProblem{std::move(what), std::move(fix)};
}

Parsed<Date> not_a_date(std::string_view text) {
    const bool excel_number =
        text.size() == 5 && text.find_first_not_of("0123456789") == std::string_view::npos;
    if (excel_number)
        return date_problem(
            fmt::format(fmt::runtime(util::tr("\"{}\" is not a date", "\"{}\" er ikke en dato")),
                        shown(text)),
            util::tr(
                "this looks like an Excel date number: format the column as a date in Excel before saving "
                "the CSV",
                "det ligner et datotal fra Excel: formatér kolonnen som dato i Excel, før CSV-filen gemmes"));
    return date_problem(
        fmt::format(fmt::runtime(util::tr("\"{}\" is not a date", "\"{}\" er ikke en dato")), shown(text)),
        util::tr("write dates as YYYY-MM-DD, DD-MM-YYYY, DD.MM.YYYY or DD/MM/YYYY",
                 "skriv datoer som ÅÅÅÅ-MM-DD, DD-MM-ÅÅÅÅ, DD.MM.ÅÅÅÅ eller DD/MM/ÅÅÅÅ"));
}

// A date whose parts were read; is it one the calendar has?
Parsed<Date> checked_date(std::string_view text, int year, int month, int day, bool day_first) {
    if (month < 1 || month > 12) {
        const bool month_first = day_first && day <= 12;
        return date_problem(
            fmt::format(fmt::runtime(util::tr("{} is not a date (there is no month {})",
                                              "{} er ikke en dato (der er ingen måned {})")),
                        text, month),
            month_first
                ? util::tr("dates are read day first, as in Denmark; was it written month first?",
                           "datoer læses med dagen først, som i Danmark; er den skrevet med måneden først?")
                : util::tr("correct the date", "ret datoen"));
    }
    if (day < 1)
        return date_problem(fmt::format(fmt::runtime(util::tr("{} is not a date (there is no day 0)",
                                                              "{} er ikke en dato (der er ingen dag 0)")),
                                        text),
                            util::tr("correct the date", "ret datoen"));
    const int days = days_in_month(year, month);
    if (day > days)
        return date_problem(
            fmt::format(fmt::runtime(util::tr("{} is not a date ({} {} has {} days)",
                                              "{} er ikke en dato ({} {} har {} dage)")),
                        text,
                        (util::message_language() == util::MessageLanguage::da ? kMonthNamesDa
                                                                               : kMonthNames)[month - 1],
                        year, days),
            util::tr("correct the date", "ret datoen"));
    return Date{year, month, day};
}

// A number rewritten the way std::from_chars reads it: '.' as the decimal
// mark and no thousands separators. Longer text is no number ipskit needs.
struct NumberText {
    char text[64];
    std::size_t size = 0;
    void put(char c) { text[size++] = c; }
};

// The decimal mark and thousands separator of a number's digits, '\0' for
// none; false when they contradict each other ("1,2,3.4.5").
bool find_marks(std::string_view digits, char& decimal, char& thousands) {
    const auto dots = std::count(digits.begin(), digits.end(), '.');
    const auto commas = std::count(digits.begin(), digits.end(), ',');
    decimal = thousands = '\0';
    if (dots > 0 && commas > 0) {  // the later one is the decimal mark
        decimal = digits.rfind('.') > digits.rfind(',') ? '.' : ',';
        thousands = decimal == '.' ? ',' : '.';
        return (decimal == '.' ? dots : commas) == 1;
    }
    if (dots + commas == 1) decimal = dots ? '.' : ',';
    if (dots + commas > 1) thousands = dots ? '.' : ',';
    return true;
}

// Puts the digits of an integer part; with thousands separators, the groups
// after the first must have three digits.
bool put_integer_part(std::string_view part, char thousands, NumberText& out) {
    std::size_t group = 0;
    bool grouped = false;
    for (char c : part) {
        if (c == thousands && group > 0 && group <= 3 && (!grouped || group == 3)) {
            grouped = true;
            group = 0;
        } else if (is_digit(c)) {
            out.put(c);
            ++group;
        } else {
            return false;
        }
    }
    return !grouped || group == 3;
}

bool rewrite_number(std::string_view text, NumberText& out) {
    if (text.size() >= sizeof out.text) return false;
    if (text[0] == '-') out.put('-');
    if (text[0] == '-' || text[0] == '+') text.remove_prefix(1);
    const std::size_t exponent = std::min(text.find_first_of("eE"), text.size());
    const std::string_view digits = text.substr(0, exponent);
    char decimal = '\0', thousands = '\0';
    if (!find_marks(digits, decimal, thousands)) return false;
    const std::size_t point = decimal ? digits.find(decimal) : digits.size();
    if (!put_integer_part(digits.substr(0, point), thousands, out)) return false;
    out.put('.');
    for (std::size_t i = point + 1; i < digits.size(); ++i) {
        if (!is_digit(digits[i])) return false;
        out.put(digits[i]);
    }
    if (std::none_of(out.text, out.text + out.size, is_digit)) return false;  // "-" or ","
    for (char c : text.substr(exponent)) out.put(c);
    return true;
}

Parsed<double> bad_number(std::string_view text) {
    return FieldProblem{
        fmt::format(fmt::runtime(util::tr("\"{}\" is not a number", "\"{}\" er ikke et tal")), shown(text)),
        util::tr("write numbers like 37,5 or 37.5", "skriv tal som 37,5 eller 37.5")};
}

bool equals_ignoring_case(std::string_view text, std::string_view lower) {
    if (text.size() != lower.size()) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = (text[i] >= 'A' && text[i] <= 'Z') ? static_cast<char>(text[i] - 'A' + 'a') : text[i];
        if (c != lower[i]) return false;
    }
    return true;
}

}  // namespace

// The general case of parse_date: one-digit parts, a time, and every
// problem.
Parsed<Date> parse_any_date(std::string_view text) {
    Cursor c{text};
    int first = 0, second = 0, third = 0;
    const std::size_t first_digits = c.digits(first, 4);
    const char separator = c.done() ? '\0' : text[c.pos];
    const bool separated = separator == '-' || separator == '.' || separator == '/';
    if (!separated || first_digits == 0 || first_digits == 3 || !c.take(separator)) return not_a_date(text);
    const bool year_first = first_digits == 4;
    const std::size_t second_digits = c.digits(second, 2);
    const std::size_t third_digits = c.take(separator) ? c.digits(third, year_first ? 2 : 4) : 0;
    const std::string_view date = text.substr(0, c.pos);
    if (second_digits == 0 || third_digits == 0 || !skip_time(c)) return not_a_date(text);
    if (year_first) return checked_date(date, first, second, third, false);
    if (third_digits != 4)
        return date_problem(fmt::format(fmt::runtime(util::tr("\"{}\" has no four-digit year",
                                                              "\"{}\" har ikke et årstal med fire cifre")),
                                        shown(date)),
                            util::tr("write the year with four digits, e.g. 01-02-2020",
                                     "skriv året med fire cifre, fx 01-02-2020"));
    return checked_date(date, third, second, first, true);
}

Parsed<double> parse_number(std::string_view text) {
    text = trim(text);
    if (text.empty()) return {};
    NumberText number;
    if (!rewrite_number(text, number)) return bad_number(text);
    double value = 0;
    const auto [end, error] = std::from_chars(number.text, number.text + number.size, value);
    if (error != std::errc() || end != number.text + number.size) return bad_number(text);
    return value;
}

Parsed<bool> parse_yes_no(std::string_view text) {
    text = trim(text);
    if (text.empty()) return {};
    struct Word {
        std::string_view text;
        bool value;
    };
    // By length, so that a cell is compared with two or three words, not
    // all of them: the aftercare column is read on every row.
    static constexpr std::array<std::array<Word, 5>, 6> kWordsByLength{{
        {},
        {{{"y", true}, {"n", false}, {"j", true}, {"1", true}, {"0", false}}},
        {{{"no", false}, {"ja", true}}},
        {{{"yes", true}, {"nej", false}}},
        {{{"true", true}, {"sand", true}}},
        {{{"false", false}, {"falsk", false}}},
    }};
    if (text.size() < kWordsByLength.size())
        for (const Word& word : kWordsByLength[text.size()])
            if (!word.text.empty() && equals_ignoring_case(text, word.text)) return word.value;
    return FieldProblem{
        fmt::format(fmt::runtime(util::tr("\"{}\" is not yes or no", "\"{}\" er hverken ja eller nej")),
                    shown(text)),
        util::tr("write yes/no, ja/nej, y/n, j/n, true/false or 1/0",
                 "skriv ja/nej, yes/no, j/n, y/n, true/false eller 1/0")};
}

util::Diagnostic to_diagnostic(const FieldProblem& problem, util::Location where, std::string_view column) {
    return util::Diagnostic{
        std::move(where),
        fmt::format(fmt::runtime(util::tr("column \"{}\": {}", "kolonnen \"{}\": {}")), column, problem.what),
        problem.fix};
}

}  // namespace ipskit::readers::csv
