#include "writers/reports/report.hpp"

#include <fmt/format.h>

#include "writers/reports/report_labels.hpp"
#include "writers/reports/report_sheets.hpp"

namespace ipskit::writers::reports {

using namespace report_labels;

doc::Document build_report(const ReportParts& parts) {
    doc::Document document;
    document.kind = "report";
    if (parts.fidelity) add_fidelity_chapter(parts, document);
    if (parts.outcomes) add_evaluation_chapter(parts, document);
    place_on_sheets(parts, document);
    return document;
}

}  // namespace ipskit::writers::reports
