#pragma once
// Reads report.yaml, the optional settings of `ipskit report`. Every key may
// be left out; what is left out keeps its default (default_report_settings),
// and `ipskit report --print-config` writes them all.

#include <string>

#include "domain/report_settings.hpp"

namespace ipskit::readers::settings {

// Throws util::Error with every problem of the file, each at its line.
ReportSettings read_report_settings(const std::string& path);

}  // namespace ipskit::readers::settings
