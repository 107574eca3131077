#pragma once
// A fidelity scale as read from scales/*.yaml: sections, items with their
// anchors, optional numeric bands or counted elements, and the fidelity levels
// of the total. Nothing here knows IPS-25 or IPS-15; the file says it all.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/text.hpp"

namespace ipskit {

struct Section {
    std::string id;
    Text name;
};

// One row of a lookup: a figure from min to max (inclusive) earns `score`.
// The top band of a measure without an upper end has no max.
struct Band {
    int score = 0;
    double min = 0;
    std::optional<double> max;
};

// Numeric bands for an item measured as a figure (caseload, percent, days).
struct Rule {
    Text metric;
    std::string unit;  // participants, percent, days or contacts_per_week
    int decimals = 0;  // the figure is rounded half away from zero to this many decimals first
    std::vector<Band> bands;
    // `figure:` in the scale file: the id of the figure ipskit computes for
    // this item from a site's records (domain/derived/figures.hpp); empty when
    // the item is only rated by reviewers.
    std::string figure;
};

// One practice of a "count of elements" item, which the reviewer ticks.
struct Element {
    std::string id;
    Text text;
};

// A band of the total score, e.g. 100-114 good fidelity.
struct Level {
    std::string id;
    int min = 0;
    int max = 0;
    Text name;
};

struct Item {
    int number = 0;
    std::string id;
    std::string section;
    Text name;
    Text description;
    std::vector<std::string> data_sources;
    bool to_check = false;  // the scale file's author has not re-read this item in the manual
    std::map<int, Text> anchors;
    std::optional<Rule> rule;
    std::vector<Element> elements;
    std::vector<Band> element_scoring;  // number of elements present -> score
};

struct Scale {
    std::string id;
    Text version;  // a plain string in the file is the same in both languages
    Text source;
    Text name;
    int score_min = 1;
    int score_max = 5;
    int no_fit_score = 1;
    // An item scored at or below this is a priority for improvement. A scale
    // file may omit it; the fidelity manuals' rule, two steps below the top,
    // then applies (see priority_threshold).
    std::optional<int> priority_at_or_below;
    Text boundary_rule;
    std::vector<Section> sections;
    std::vector<Level> levels;  // highest first
    std::vector<Item> items;    // in number order

    int total_min() const { return static_cast<int>(items.size()) * score_min; }
    int total_max() const { return static_cast<int>(items.size()) * score_max; }
    // The item with this number ("12") or id ("caseload_size"), or nullptr.
    const Item* find_item(std::string_view key) const;
    const Section* find_section(std::string_view section_id) const;
    // The level whose band holds `total`, or nullptr outside the scale's range.
    const Level* level_for(int total) const;
    // The highest score that is still a priority: the file's
    // priority_at_or_below, or score_max - 2 (3 of 5) when it gives none.
    int priority_threshold() const;
    // Whether an item scored `score` is a priority for improvement. Every
    // report that lists or counts priorities asks this, never the score itself.
    bool is_priority(int score) const { return score <= priority_threshold(); }
};

// The band a measured figure falls in, after rounding it to the rule's
// decimals; nullptr when the item has no rule or the figure is in no band.
const Band* band_for_value(const Item& item, double value);

// The score a measured figure earns under the item's bands, if any.
std::optional<int> score_for_value(const Item& item, double value);

// The score for `count` elements present, if the item counts elements and
// the count is in its range.
std::optional<int> score_for_elements(const Item& item, std::size_t count);

}  // namespace ipskit
