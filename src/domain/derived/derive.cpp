#include "domain/derived/derive.hpp"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "domain/derived/counts.hpp"
#include "util/hash.hpp"

namespace ipskit::derived {

namespace {

constexpr DayNumber kNone = std::numeric_limits<DayNumber>::min();

std::optional<bool> competitive(const JobFacts& j) {
    if (j.competitive) return j.competitive;
    // A flexjob is a subsidised post, not a competitive job, unless the file
    // says otherwise.
    if (j.kind == JobKind::flexjob) return false;
    return std::nullopt;
}

void tally(std::optional<bool> value, long& counted, long& of) {
    if (!value) return;
    ++of;
    if (*value) ++counted;
}

}  // namespace

std::uint32_t SiteRecords::consultant_number(std::string_view name) {
    if (name.empty()) return 0;
    const std::size_t number = consultants_.find_or_add(name);
    if (number == consultant_face_to_face_.size()) {
        consultant_face_to_face_.push_back(0);
        consultant_first_line_.push_back(0);
    }
    return static_cast<std::uint32_t>(number + 1);
}

void SiteRecords::add_course(const CourseFacts& c) {
    Course course;
    course.start = c.start;
    course.first_contact = c.first_employer_contact.value_or(kNone);
    course.end = c.end.value_or(kNone);
    course.consultant = consultant_number(c.consultant);
    if (course.consultant && consultant_first_line_[course.consultant - 1] == 0)
        consultant_first_line_[course.consultant - 1] = c.line;
    courses_.push_back(course);
    ids_.emplace_back(util::hash_text(c.case_id), c.line);
    ids_built_ = false;
    for (const std::optional<DayNumber> day :
         {std::optional<DayNumber>(c.start), c.first_employer_contact, c.end})
        if (day && (!latest_ || *day > *latest_)) latest_ = *day;
}

namespace {

// A hash of 0 marks a free slot, so a text that hashes to 0 is stored as 1.
std::uint64_t id_hash(std::uint64_t h) {
    return h ? h : 1;
}

}  // namespace

void SiteRecords::finish_ids() const {
    if (ids_built_) return;
    std::size_t size = 16;
    while (size < ids_.size() * 3 / 2) size *= 2;  // at most two thirds full
    id_hashes_.assign(size, 0);
    id_lines_.assign(size, 0);
    const std::size_t mask = size - 1;
    for (const auto& [hash, line] : ids_) {
        const std::uint64_t h = id_hash(hash);
        std::size_t slot = util::spread_bits(h) & mask;
        while (id_hashes_[slot] != 0 && id_hashes_[slot] != h) slot = (slot + 1) & mask;
        if (id_hashes_[slot] == 0) {  // a repeated id keeps its first line
            id_hashes_[slot] = h;
            id_lines_[slot] = line;
        }
    }
    ids_.clear();
    ids_.shrink_to_fit();
    ids_built_ = true;
}

int SiteRecords::case_line(std::string_view case_id) const {
    finish_ids();
    const std::uint64_t h = id_hash(util::hash_text(case_id));
    const std::size_t mask = id_hashes_.size() - 1;
    for (std::size_t slot = util::spread_bits(h) & mask; id_hashes_[slot] != 0; slot = (slot + 1) & mask)
        if (id_hashes_[slot] == h) return id_lines_[slot];
    return 0;
}

std::vector<std::pair<std::string, int>> SiteRecords::course_consultants() const {
    std::vector<std::pair<std::string, int>> named;
    for (std::size_t i = 0; i < consultants_.size(); ++i)
        if (consultant_first_line_[i] > 0) named.emplace_back(consultants_.key(i), consultant_first_line_[i]);
    std::sort(named.begin(), named.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return named;
}

void SiteRecords::open_window(DayNumber as_of, Period period, bool as_of_from_data, bool period_given) {
    as_of_ = as_of;
    period_ = period;
    as_of_from_data_ = as_of_from_data;
    period_given_ = period_given;
    finish_ids();
}

void SiteRecords::add_job(const JobFacts& j) {
    // Education is not a job: items 19-21 are about the jobs people got.
    if (j.kind == JobKind::education || !period_.contains(j.start)) return;
    ++jobs_;
    if (!j.job_type.empty()) {
        ++jobs_with_type_;
        job_types_.find_or_add(j.job_type);
    }
    if (!j.employer.empty()) {
        ++jobs_with_employer_;
        employers_.find_or_add(j.employer);
    }
    tally(competitive(j), competitive_.counted, competitive_.of);
    tally(j.matches_preferences, job_preferences_.counted, job_preferences_.of);
}

void SiteRecords::add_contact(const ContactFacts& c) {
    if (!period_.contains(c.date)) return;
    ++contacts_;
    tally(c.matches_preferences, contact_preferences_.counted, contact_preferences_.of);
    if (!c.face_to_face) {
        ++face_to_face_unknown_;
        return;
    }
    if (!*c.face_to_face) return;
    const std::uint32_t consultant = consultant_number(c.consultant);
    if (consultant)
        ++consultant_face_to_face_[consultant - 1];
    else
        ++face_to_face_without_consultant_;
}

}  // namespace ipskit::derived
