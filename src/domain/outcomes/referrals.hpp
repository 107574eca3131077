#pragma once
// The referral path: how many a referring department (a psychiatric team)
// referred in the period, how many of them started a course and how many of
// those got a job or education, the days from referral to start, and the
// referrals that never started. Streamed like the outcome figures: memory
// grows with departments times groups, never with rows.

#include <cstddef>
#include <string>
#include <vector>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/case.hpp"
#include "domain/outcomes/period.hpp"
#include "domain/outcomes/string_index.hpp"
#include "domain/stats/distribution.hpp"
#include "domain/text.hpp"

namespace ipskit::outcomes {

// The referrals of one department (within one group, or all of them).
struct ReferralTally {
    long referred = 0;                  // referral date in the period
    long started = 0;                   // of them, with a start date
    long job_or_education = 0;          // of those started, closed with job, flexjob or education
    stats::IntHistogram days_to_start;  // of those started on or after the referral
    long start_before_referral = 0;     // started, but dated before the referral: no days counted

    void add(const Case& c);
    void merge(const ReferralTally& other);
    long not_started() const { return referred - started; }
};

struct ReferralRow {
    // The --by values, then the department; a subtotal of a group has the
    // group's values and an empty department with `subtotal` set, the
    // overall total neither.
    std::vector<std::string> key;
    bool subtotal = false;
    ReferralTally tally;
};

struct ReferralResult {
    std::vector<GroupField> by;
    std::vector<std::string> attributes;  // the names of by's attribute fields, as OutcomeResult's
    // By group in the order of the language, each group's departments in that
    // order and then, with --by, the group's subtotal; an empty department
    // (not given) after the named ones.
    std::vector<ReferralRow> rows;
    ReferralTally total;
    long without_referral_date = 0;  // courses read with no referral date: not on the path
    long referred_outside_period = 0;
    // Some row names its referring department or never started: the
    // extract holds a referral path to report.
    bool has_path = false;
};

class ReferralAggregator {
public:
    // Referrals are counted when their referral date falls in `period`;
    // `by` as for the outcome tables, with year the year of referral.
    ReferralAggregator(Period period, std::vector<GroupField> by, std::vector<std::string> attributes = {});

    // `group`, when known, is the course's group number in an outcome
    // aggregator with the same --by that sees the same rows (periods.hpp):
    // a referral naming no department is then found without building its
    // key.
    static constexpr std::size_t kNoGroup = static_cast<std::size_t>(-1);
    void add(const Case& c, std::size_t group = kNoGroup);
    void merge(const ReferralAggregator& other);
    ReferralResult finish(Lang order = Lang::en) const;

private:
    // The tally number of the row's key, added if new.
    std::size_t number_of(const Case& c);

    Period period_;
    std::vector<GroupField> by_;
    std::vector<std::string> attributes_;
    std::string key_;  // reused for every row
    StringIndex index_;
    std::vector<ReferralTally> tallies_;  // by index_ number
    std::vector<long> rows_;              // rows of each raw key, to pick a spelling
    // Without --by, the tally of referrals that name no department, found
    // without a look-up: an extract without the column costs next to nothing.
    std::size_t unnamed_ = kNoGroup;
    // With --by and no year in it (the outcome tables' year is not the
    // referral's): the tally of each outcome group's referrals naming no
    // department, by group number, kNoGroup until seen.
    bool by_groups_ = false;
    std::vector<std::size_t> unnamed_of_group_;
    bool has_path_ = false;
    long without_referral_date_ = 0;
    long outside_period_ = 0;
};

// The outcome figures and the referral path in one pass over the extract,
// for read_cases_summed.
struct OutcomesAndReferrals {
    OutcomeAggregator outcomes;
    ReferralAggregator referrals;

    void add(const Case& c) {
        outcomes.add(c);
        referrals.add(c);
    }
    void merge(const OutcomesAndReferrals& other) {
        outcomes.merge(other.outcomes);
        referrals.merge(other.referrals);
    }
};

}  // namespace ipskit::outcomes
