#pragma once
// Every figure of the referral-path table, computed once, with what
// small-count suppression hides: each row's referred, started, not started
// and job-or-education counts, their shares of the referred, and the days
// from referral to start. Suppression runs along each row (referred =
// started + not started; started = job or education + the rest) and down
// the columns (a group's subtotal is the sum of its departments, the total
// the sum of the groups), by the rules of the other tables.

#include <vector>

#include "domain/outcomes/figures.hpp"
#include "domain/outcomes/referrals.hpp"

namespace ipskit::outcomes {

struct ReferralFigureRow {
    CountFigure referred, started, not_started, job_or_education;
    ShareFigure started_share, job_or_education_share;  // of referred
    DaysFigure days_to_start;                           // hidden with started
};

struct ReferralFigures {
    std::vector<ReferralFigureRow> rows;  // indexed as ReferralResult::rows
    ReferralFigureRow total;
    CountFigure start_before_referral;  // of the total, hidden when few
};

ReferralFigures compute_referral_figures(const ReferralResult& result, long suppress_below);

}  // namespace ipskit::outcomes
