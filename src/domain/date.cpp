#include "domain/date.hpp"

namespace ipskit {

std::string Date::to_iso() const {
    // Written by hand: this runs once per date cell in some reports, and the
    // format is fixed. Years outside 0..9999 never come from the readers.
    std::string text = "0000-00-00";
    int y = year < 0 ? 0 : year % 10000;
    for (int i = 3; i >= 0; --i, y /= 10) text[static_cast<std::size_t>(i)] = static_cast<char>('0' + y % 10);
    text[5] = static_cast<char>('0' + month / 10);
    text[6] = static_cast<char>('0' + month % 10);
    text[8] = static_cast<char>('0' + day / 10);
    text[9] = static_cast<char>('0' + day % 10);
    return text;
}

std::optional<Date> make_date(int year, int month, int day) {
    if (!is_valid(year, month, day)) return std::nullopt;
    return Date{year, month, day};
}

Date civil_from_days(int days) {
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int day_of_era = z - era * 146097;
    const int year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
    const int day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    const int shifted_month = (5 * day_of_year + 2) / 153;  // 0 = March
    const int day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    const int month = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    return Date{year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

int days_between(const Date& from, const Date& to) {
    return to.days_since_epoch() - from.days_since_epoch();
}

std::string Date::to_danish() const {
    const std::string iso = to_iso();
    return iso.substr(8, 2) + "-" + iso.substr(5, 2) + "-" + iso.substr(0, 4);
}

namespace {

bool is_iso_at(const std::string& text, std::size_t at) {
    if (at + 10 > text.size()) return false;
    for (std::size_t i = 0; i < 10; ++i) {
        const char c = text[at + i];
        if (i == 4 || i == 7 ? c != '-' : c < '0' || c > '9') return false;
    }
    // Not part of a longer run of digits or dashes.
    const auto joins = [](char c) { return (c >= '0' && c <= '9') || c == '-'; };
    return (at == 0 || !joins(text[at - 1])) && (at + 10 == text.size() || !joins(text[at + 10]));
}

}  // namespace

std::string date_for_reader(const std::string& text, bool danish) {
    if (!danish) return text;
    std::string out;
    for (std::size_t i = 0; i < text.size();) {
        if (is_iso_at(text, i)) {
            out += text.substr(i + 8, 2) + "-" + text.substr(i + 5, 2) + "-" + text.substr(i, 4);
            i += 10;
        } else {
            out += text[i++];
        }
    }
    return out;
}

}  // namespace ipskit
