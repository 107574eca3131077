#include "domain/outcomes/referrals.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <map>

#include "domain/collation.hpp"
#include "domain/date.hpp"
#include "domain/outcomes/group_names.hpp"

namespace ipskit::outcomes {

namespace {

void append_value(std::string& key, const Case& c, GroupField field) {
    if (const auto k = attribute_number(field); k >= 0) {
        if (static_cast<std::size_t>(k) < c.attributes.size())
            key += c.attributes[static_cast<std::size_t>(k)];
        key += kKeySeparator;
        return;
    }
    switch (field) {
        case GroupField::site:
            key += c.site;
            break;
        case GroupField::cluster:
            key += c.cluster;
            break;
        case GroupField::target_group:
            key += c.target_group;
            break;
        case GroupField::consultant:
            key += c.consultant;
            break;
        case GroupField::year: {
            // Of the referral: the path is counted from the day of referral.
            char digits[16];
            const auto end =
                std::to_chars(digits, digits + sizeof digits, civil_from_days(*c.referral).year).ptr;
            key.append(digits, end);
            break;
        }
        case GroupField::attribute:
            break;
    }
    key += kKeySeparator;
}

struct Keyed {
    std::vector<std::string> key;
    ReferralTally tally;
    long rows = 0;
};

// Spellings that differ only in case are one name, shown as most rows spell
// it (as the outcome tables show their groups); then equal keys are joined.
std::vector<Keyed> folded(std::vector<Keyed> keyed) {
    const std::size_t depth = keyed.empty() ? 0 : keyed.front().key.size();
    std::vector<MergedSpellings> merged;  // the outcome tables warn about them already
    for (std::size_t d = 0; d < depth; ++d) {
        std::vector<NamedGroup> names;
        std::map<std::string, std::size_t> number;
        for (const Keyed& k : keyed) {
            auto [it, added] = number.try_emplace(k.key[d], names.size());
            if (added) names.push_back({k.key[d], 0});
            names[it->second].rows += k.rows;
        }
        const auto shown = shown_spellings(names, GroupField::site, merged);
        for (Keyed& k : keyed) k.key[d] = shown[number.at(k.key[d])];
    }
    std::vector<Keyed> joined;
    std::map<std::vector<std::string>, std::size_t> at;
    for (Keyed& k : keyed) {
        auto [it, added] = at.try_emplace(k.key, joined.size());
        if (added)
            joined.push_back(std::move(k));
        else
            joined[it->second].tally.merge(k.tally);
    }
    return joined;
}

// Names in the order of the language, "not given" (empty) after them.
std::vector<std::uint32_t> sort_key(const std::string& name, Lang order) {
    std::vector<std::uint32_t> key{name.empty() ? 1u : 0u};
    const auto rest = collation_key(name, order);
    key.insert(key.end(), rest.begin(), rest.end());
    return key;
}

}  // namespace

void ReferralTally::add(const Case& c) {
    ++referred;
    if (!c.started) return;
    ++started;
    if (c.end && c.outcome && is_job_or_education(*c.outcome)) ++job_or_education;
    if (c.start >= *c.referral)
        days_to_start.add(c.start - *c.referral);
    else
        ++start_before_referral;
}

void ReferralTally::merge(const ReferralTally& other) {
    referred += other.referred;
    started += other.started;
    job_or_education += other.job_or_education;
    days_to_start.merge(other.days_to_start);
    start_before_referral += other.start_before_referral;
}

ReferralAggregator::ReferralAggregator(Period period, std::vector<GroupField> by,
                                       std::vector<std::string> attributes)
    : period_(period), by_(std::move(by)), attributes_(std::move(attributes)) {
    by_groups_ = !by_.empty() && std::find(by_.begin(), by_.end(), GroupField::year) == by_.end();
}

void ReferralAggregator::add(const Case& c, std::size_t group) {
    if (!c.referral) {
        ++without_referral_date_;
        return;
    }
    if (!period_.contains(*c.referral)) {
        ++outside_period_;
        return;
    }
    if (!c.referral_source.empty() || !c.started) has_path_ = true;
    const bool unnamed = by_.empty() && c.referral_source.empty();
    std::size_t* known = nullptr;  // where this row's tally number is kept, if anywhere
    if (unnamed) {
        known = &unnamed_;
    } else if (by_groups_ && group != kNoGroup && c.referral_source.empty()) {
        if (group >= unnamed_of_group_.size()) unnamed_of_group_.resize(group + 1, kNoGroup);
        known = &unnamed_of_group_[group];
    }
    const std::size_t number = known && *known != kNoGroup ? *known : number_of(c);
    if (known) *known = number;
    tallies_[number].add(c);
    ++rows_[number];
}

std::size_t ReferralAggregator::number_of(const Case& c) {
    key_.clear();
    for (GroupField field : by_) append_value(key_, c, field);
    key_ += c.referral_source;
    key_ += kKeySeparator;
    const std::size_t number = index_.find_or_add(key_);
    if (number == tallies_.size()) {
        tallies_.emplace_back();
        rows_.push_back(0);
    }
    return number;
}

void ReferralAggregator::merge(const ReferralAggregator& other) {
    for (std::size_t i = 0; i < other.index_.size(); ++i) {
        const std::size_t number = index_.find_or_add(other.index_.key(i));
        if (number == tallies_.size()) {
            tallies_.emplace_back();
            rows_.push_back(0);
        }
        tallies_[number].merge(other.tallies_[i]);
        rows_[number] += other.rows_[i];
    }
    without_referral_date_ += other.without_referral_date_;
    outside_period_ += other.outside_period_;
    has_path_ = has_path_ || other.has_path_;
}

ReferralResult ReferralAggregator::finish(Lang order) const {
    ReferralResult result;
    result.by = by_;
    result.attributes = attributes_;
    result.without_referral_date = without_referral_date_;
    result.referred_outside_period = outside_period_;
    result.has_path = has_path_;
    std::vector<Keyed> keyed;
    for (std::size_t i = 0; i < index_.size(); ++i)
        keyed.push_back({split_key(index_.key(i)), tallies_[i], rows_[i]});
    keyed = folded(std::move(keyed));
    std::vector<std::pair<std::vector<std::vector<std::uint32_t>>, const Keyed*>> sorted;
    for (const Keyed& k : keyed) {
        std::vector<std::vector<std::uint32_t>> key;
        for (const std::string& part : k.key) key.push_back(sort_key(part, order));
        sorted.emplace_back(std::move(key), &k);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    const std::size_t groups = by_.size();
    for (std::size_t i = 0; i < sorted.size(); ++i) {
        const Keyed& k = *sorted[i].second;
        result.rows.push_back({k.key, false, k.tally});
        result.total.merge(k.tally);
        // With --by, each group's subtotal after its last department.
        const bool last_of_group =
            i + 1 == sorted.size() ||
            !std::equal(k.key.begin(), k.key.begin() + static_cast<std::ptrdiff_t>(groups),
                        sorted[i + 1].second->key.begin());
        if (groups == 0 || !last_of_group) continue;
        ReferralRow subtotal{{k.key.begin(), k.key.begin() + static_cast<std::ptrdiff_t>(groups)}, true, {}};
        for (auto r = result.rows.rbegin(); r != result.rows.rend() && !r->subtotal; ++r)
            if (std::equal(subtotal.key.begin(), subtotal.key.end(), r->key.begin()))
                subtotal.tally.merge(r->tally);
        result.rows.push_back(std::move(subtotal));
    }
    return result;
}

}  // namespace ipskit::outcomes
