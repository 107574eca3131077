#include "domain/derived/figures.hpp"

#include <array>
#include <utility>

namespace ipskit::derived {

namespace {

struct FigureFacts {
    Figure figure;
    std::string_view id;
    std::string_view unit;
    Basis basis;
    int min_records;
    int min_period_days;
};

// Ten records is the floor for a figure a reviewer may lean on. The
// periods: four weeks of contacts even out holidays and one busy week; job
// figures and first contacts need a quarter of a year to hold more than a
// handful of starts. Caseload is a count on one day and staff figures are
// what staff.yaml says now, so they need no period.
constexpr std::array<FigureFacts, 9> kFigures = {{
    {Figure::caseload_per_fte, "caseload_per_fte", "participants", Basis::courses, 10, 0},
    {Figure::employment_share, "employment_share", "percent", Basis::specialists, 0, 0},
    {Figure::days_to_first_employer_contact, "days_to_first_employer_contact", "days", Basis::courses, 10,
     91},
    {Figure::preference_match_share, "preference_match_share", "percent", Basis::contacts_and_jobs, 10, 28},
    {Figure::face_to_face_contacts_per_fte_week, "face_to_face_contacts_per_fte_week", "contacts_per_week",
     Basis::contacts, 10, 28},
    {Figure::job_type_diversity, "job_type_diversity", "percent", Basis::jobs, 10, 91},
    {Figure::employer_diversity, "employer_diversity", "percent", Basis::jobs, 10, 91},
    {Figure::competitive_job_share, "competitive_job_share", "percent", Basis::jobs, 10, 91},
    {Figure::community_time_share, "community_time_share", "percent", Basis::specialists, 0, 0},
}};

const FigureFacts& facts(Figure f) {
    return kFigures[static_cast<std::size_t>(f)];
}

}  // namespace

std::string_view figure_id(Figure f) {
    return facts(f).id;
}

std::optional<Figure> figure_from_id(std::string_view id) {
    for (const auto& f : kFigures)
        if (f.id == id) return f.figure;
    return std::nullopt;
}

const std::vector<std::string_view>& figure_ids() {
    static const std::vector<std::string_view> ids = [] {
        std::vector<std::string_view> all;
        for (const auto& f : kFigures) all.push_back(f.id);
        return all;
    }();
    return ids;
}

std::string_view figure_unit(Figure f) {
    return facts(f).unit;
}

Basis basis_of(Figure f) {
    return facts(f).basis;
}

int min_records(Figure f) {
    return facts(f).min_records;
}

int min_period_days(Figure f) {
    return facts(f).min_period_days;
}

}  // namespace ipskit::derived
