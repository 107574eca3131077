#pragma once
// The referral path as a table of the outcomes report: per referring
// department (and --by group) the referred, started, never started and in
// job or education, with shares and the days from referral to start.

#include "domain/outcomes/referral_figures.hpp"
#include "writers/doc/document.hpp"
#include "writers/reports/outcomes_report.hpp"

namespace ipskit::writers::reports {

doc::Table referral_table(const outcomes::ReferralResult& result, const outcomes::ReferralFigures& figures,
                          const OutcomesReportOptions& options);

}  // namespace ipskit::writers::reports
