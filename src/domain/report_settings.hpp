#pragma once
// What a report.yaml may set for `ipskit report`, with the defaults a report
// uses without one: the organisation, the target share, the figures the
// outcomes are compared with and their sources, the gain per course of the
// socio-economic estimate and its source, the suppression threshold, the
// language, and owners and dates for the action plan.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/text.hpp"

namespace ipskit {

// A published figure to hold the site's outcomes against: the share with
// IPS and, where the study had one, in its control group.
struct ComparisonFigure {
    Text study;
    std::optional<double> ips_percent;
    std::optional<double> control_percent;
    Text measure;  // what the share counts, e.g. "in job or education within 18 months"
    Text source;
};

// An owner and a date for an item of the action plan.
struct ActionOwner {
    std::string owner;
    std::string date;  // YYYY-MM-DD, or empty
};

struct ReportSettings {
    std::string organisation;
    double target_percent = 50;
    long suppress_below = 0;
    std::optional<Lang> lang;
    double gain_per_course = 71562;  // DKK
    Text gain_source;
    std::vector<ComparisonFigure> comparisons;
    std::map<int, ActionOwner> action_plan;  // by item number
};

// The settings of a report without report.yaml.
ReportSettings default_report_settings();

}  // namespace ipskit
