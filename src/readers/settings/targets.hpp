#pragma once
// Reads targets.yaml: the expected courses started per year and the share
// target of each municipality, cluster and the whole programme
// (docs/formats.md, "targets.yaml"). Every problem of the file is reported
// at once, with its line and column, in the language of messages.

#include <string>

#include "domain/outcomes/targets.hpp"

namespace ipskit::readers::settings {

outcomes::Targets read_targets(const std::string& path);

}  // namespace ipskit::readers::settings
