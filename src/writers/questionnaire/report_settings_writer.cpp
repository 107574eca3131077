#include "writers/questionnaire/report_settings_writer.hpp"

#include <fmt/format.h>

#include "writers/questionnaire/report_settings_labels.hpp"
#include "writers/questionnaire/yaml_text.hpp"

namespace ipskit::writers::questionnaire {

using namespace report_settings_labels;

namespace {

std::string translated(const Text& t) {
    return fmt::format("{{ en: {}, da: {} }}", yaml_quoted(t.en), yaml_quoted(t.da));
}

std::string comment(const Text& t, Lang lang) {
    return "# " + comment_text(t.in(lang)) + "\n";
}

// The shortest text that reads back as the same number.
std::string figure(double x) {
    return fmt::format("{}", x);
}

std::string comparisons(const ReportSettings& s, Lang lang) {
    std::string out = comment(kComparisons, lang) + "comparisons:\n";
    for (const ComparisonFigure& c : s.comparisons) {
        out += "  - study: " + translated(c.study) + "\n";
        if (c.ips_percent) out += "    with_ips: " + figure(*c.ips_percent) + "\n";
        if (c.control_percent) out += "    control: " + figure(*c.control_percent) + "\n";
        out += "    measure: " + translated(c.measure) + "\n";
        out += "    source: " + translated(c.source) + "\n";
    }
    return out;
}

}  // namespace

std::string report_settings_yaml(const ReportSettings& s, Lang lang) {
    std::string out = comment(kIntro, lang);
    out += comment(kOrganisation, lang) + "organisation: " + yaml_quoted(s.organisation) + "\n";
    out +=
        comment(kLanguage, lang) + "language:" + (s.lang ? (*s.lang == Lang::da ? " da" : " en") : "") + "\n";
    out += comment(kTarget, lang) + "target_percent: " + figure(s.target_percent) + "\n";
    out += comment(kSuppress, lang) + "suppress_below: " + std::to_string(s.suppress_below) + "\n";
    out += comment(kGain, lang) + "gain_per_course: " + figure(s.gain_per_course) + "\n";
    out += comment(kGainSource, lang) + "gain_source: " + translated(s.gain_source) + "\n";
    out += comparisons(s, lang);
    out += comment(kActionPlan, lang) + "action_plan:";
    if (s.action_plan.empty()) return out + " {}\n";
    out += "\n";
    for (const auto& [item, a] : s.action_plan)
        out += fmt::format("  {}: {{ owner: {}, date: {} }}\n", item, yaml_quoted(a.owner), a.date);
    return out;
}

}  // namespace ipskit::writers::questionnaire
