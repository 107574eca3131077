#pragma once
// report.yaml with every setting of `ipskit report` at the value given,
// each with a comment saying what it does: `--print-config` writes the
// defaults, for a user to copy and change.

#include <string>

#include "domain/report_settings.hpp"

namespace ipskit::writers::questionnaire {

std::string report_settings_yaml(const ReportSettings& settings, Lang lang);

}  // namespace ipskit::writers::questionnaire
