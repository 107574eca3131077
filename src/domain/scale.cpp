#include "domain/scale.hpp"

#include <algorithm>
#include <charconv>

#include "domain/rounding.hpp"

namespace ipskit {

namespace {

bool in_band(const Band& band, double x) {
    return x >= band.min && (!band.max || x <= *band.max);
}

}  // namespace

const Item* Scale::find_item(std::string_view key) const {
    int number = 0;
    const auto [end, ec] = std::from_chars(key.data(), key.data() + key.size(), number);
    const bool is_number = ec == std::errc() && end == key.data() + key.size();
    for (const auto& item : items)
        if (is_number ? item.number == number : item.id == key) return &item;
    return nullptr;
}

const Section* Scale::find_section(std::string_view section_id) const {
    for (const auto& section : sections)
        if (section.id == section_id) return &section;
    return nullptr;
}

const Level* Scale::level_for(int total) const {
    for (const auto& level : levels)
        if (total >= level.min && total <= level.max) return &level;
    return nullptr;
}

int Scale::priority_threshold() const {
    // Two steps below the top (3 of 5) is where reviewers put an item on the
    // improvement plan; a 4 is close enough to be mentioned only in passing.
    return priority_at_or_below.value_or(score_max - 2);
}

const Band* band_for_value(const Item& item, double value) {
    if (!item.rule) return nullptr;
    // Bands are compared with the figure as the manual's tables show it,
    // rounded to the rule's decimals: with 0 decimals a caseload of 20.4 is 20.
    const double shown = round_half_away(value, item.rule->decimals);
    for (const auto& band : item.rule->bands)
        if (in_band(band, shown)) return &band;
    return nullptr;
}

std::optional<int> score_for_value(const Item& item, double value) {
    const Band* band = band_for_value(item, value);
    if (!band) return std::nullopt;
    return band->score;
}

std::optional<int> score_for_elements(const Item& item, std::size_t count) {
    for (const auto& band : item.element_scoring)
        if (in_band(band, static_cast<double>(count))) return band.score;
    return std::nullopt;
}

}  // namespace ipskit
