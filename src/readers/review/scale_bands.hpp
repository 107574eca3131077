#pragma once
// Checks the lookup tables of a scale file: an item's numeric bands, its
// counted elements, and the levels of the total. Each must cover its range
// exactly, without gaps or overlaps, so every figure has one score.

#include "domain/scale.hpp"
#include "readers/yaml/nodes.hpp"

namespace ipskit::readers::review {

class BandChecker {
public:
    BandChecker(yaml::NodeReader& in, const Scale& scale) : in_(in), scale_(scale) {}

    // `rule:` of item `number`: metric, unit, decimals and ascending bands.
    std::optional<Rule> rule(const yaml::Node& node, int number);
    // `elements:` and `element_scoring:` of item `number`, stored into `item`.
    void elements(const yaml::Node& item_node, int number, Item& item);

private:
    std::string figure_id(const yaml::Node& rule_node, const std::string& unit, const std::string& what);
    std::optional<double> bound(const yaml::Node& node, const std::string& what, bool whole);
    std::optional<Band> band(const yaml::Node& node, const std::string& what, bool whole);
    void check_scores_once(const yaml::Node& list, const std::vector<Band>& bands, const std::string& what);

    yaml::NodeReader& in_;
    const Scale& scale_;
};

// `levels:` of the scale: highest first, covering the total's range exactly.
void check_levels(yaml::NodeReader& in, Scale& scale, const yaml::Node& node);

}  // namespace ipskit::readers::review
