#pragma once
// staff.yaml to fill in: every key of docs/formats.md with a comment saying
// what it holds, in the chosen language, and one consultant's entry to copy.

#include <string>

#include "domain/text.hpp"

namespace ipskit::writers::questionnaire {

// `site` is written as given (empty: left to fill in). The file reads back
// with readers::records::read_staff once each consultant has an id.
std::string staff_yaml_template(const std::string& site, Lang lang);

}  // namespace ipskit::writers::questionnaire
