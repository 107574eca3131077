#pragma once
// Scales as Documents: the list of scales found, and one scale in full
// (sections, items, anchors, data sources, numeric bands, elements, levels).

#include <vector>

#include "domain/scale.hpp"
#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

doc::Document scale_list(const std::vector<Scale>& scales, Lang lang);

// The whole scale, or only `only` (an item of it) when given.
doc::Document scale_sheet(const Scale& scale, const Item* only, Lang lang);

// "participants, rounded to whole numbers": what a rule's figure counts.
std::string describe_unit(const Rule& rule, Lang lang);

// "MIS (records in the case management system), DOC (...)": the codes with
// what each means.
std::string describe_sources(const std::vector<std::string>& codes, Lang lang);

// "Data sources: MIS = records ..., DOC = ..., INT = interviews, OBS = observation."
std::string sources_legend(Lang lang);

// "0–20 → 5; 21–25 → 4; 41 or more → 1", the bands as one line.
std::string describe_bands(const std::vector<Band>& bands, Lang lang);

}  // namespace ipskit::writers::reports
