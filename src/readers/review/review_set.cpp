#include "readers/review/review_set.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <map>

#include <fmt/format.h>

#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

std::string folded(const std::string& name) {
    std::string out;
    for (const char c : name) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const auto first = out.find_first_not_of(" \t");
    const auto last = out.find_last_not_of(" \t");
    return first == std::string::npos ? std::string() : out.substr(first, last - first + 1);
}

std::string joined(const std::vector<std::string>& names) {
    return fmt::format("{}", fmt::join(names, ", "));
}

// Items are compared by number and id, so scales that merely share an id but
// differ in their items are caught too.
bool same_items(const Scale& a, const Scale& b) {
    if (a.items.size() != b.items.size() || a.score_min != b.score_min || a.score_max != b.score_max)
        return false;
    for (std::size_t i = 0; i < a.items.size(); ++i)
        if (a.items[i].number != b.items[i].number || a.items[i].id != b.items[i].id) return false;
    return true;
}

[[noreturn]] void refuse(const ReviewFile& first, const ReviewFile& other, const std::string& field,
                         const std::string& first_value, const std::string& other_value,
                         const std::string& fix) {
    throw util::Error(
        {other.path, 0, 0},
        fmt::format(fmt::runtime(util::tr("{} and {} differ in {}: '{}' in {}, '{}' in {}",
                                          "{} og {} er forskellige i {}: '{}' i {}, '{}' i {}")),
                    first.path, other.path, field, first_value, first.path, other_value, other.path),
        fix);
}

}  // namespace

std::vector<ReviewFile> read_reviews(const std::vector<std::string>& paths, const ReviewDefaults& defaults,
                                     const ScaleLoader& load_scale) {
    if (paths.size() > kMaxReviewFiles)
        throw util::Error(
            {paths[kMaxReviewFiles], 0, 0},
            fmt::format(
                fmt::runtime(util::tr("{} questionnaires were given, over the limit of {} in one run",
                                      "der er givet {} bedømmerskemaer, over grænsen på {} ad gangen")),
                paths.size(), kMaxReviewFiles),
            fmt::format(fmt::runtime(util::tr("give at most {}, e.g. one region or one year at a time",
                                              "angiv højst {}, fx én region eller ét år ad gangen")),
                        kMaxReviewFiles));
    std::vector<ReviewFile> files;
    util::ErrorCollector errors(100);
    for (const auto& path : paths) {
        try {
            files.push_back({path, read_review(path, defaults, load_scale)});
        } catch (const util::Error& e) {
            errors.add_all(e);
        }
    }
    errors.throw_if_any();
    return files;
}

void require_same(const std::vector<ReviewFile>& files, const SameFields& same) {
    const std::string mixed =
        util::tr("give reviews of one site and date, or add --allow-mixed to put them side by side anyway",
                 "giv vurderinger af ét sted og én dato, eller tilføj --allow-mixed for at stille dem side "
                 "om side alligevel");
    const ReviewFile& first = files.front();
    for (const auto& other : files) {
        const Review& a = first.loaded.review;
        const Review& b = other.loaded.review;
        if (same.scale && a.scale_id != b.scale_id)
            refuse(first, other, "scale", a.scale_id, b.scale_id,
                   util::tr("score reviews on the same scale together",
                            "giv kun vurderinger på samme skala en score sammen"));
        if (!same_items(first.loaded.scale, other.loaded.scale))
            refuse(first, other, util::tr("the items of their scales", "punkterne i deres skalaer"),
                   a.scale_id, b.scale_id,
                   util::tr("reviews on scales with different items cannot be put side by side, even with "
                            "--allow-mixed",
                            "vurderinger på skalaer med forskellige punkter kan ikke stilles side om side, "
                            "heller ikke med --allow-mixed"));
        if (same.site && a.site != b.site) refuse(first, other, "site", a.site, b.site, mixed);
        if (same.date && a.review_date != b.review_date)
            refuse(first, other, "review_date", a.review_date, b.review_date, mixed);
    }
}

void refuse_repeated_reviewers(const std::vector<ReviewFile>& files) {
    std::map<std::string, const ReviewFile*> seen;
    for (const auto& file : files)
        for (const auto& reviewer : file.loaded.review.reviewers) {
            const auto [it, fresh] = seen.emplace(folded(reviewer), &file);
            if (fresh) continue;
            throw util::Error(
                {file.path, 0, 0},
                fmt::format(
                    fmt::runtime(util::tr("{} and {} are both by reviewer '{}' (reviewers: {} / {})",
                                          "{} og {} er begge af bedømmeren '{}' (bedømmere: {} / {})")),
                    it->second->path, file.path, reviewer, joined(it->second->loaded.review.reviewers),
                    joined(file.loaded.review.reviewers)),
                util::tr(
                    "give each reviewer's own questionnaire once; agreement needs two different reviewers",
                    "angiv hver bedømmers eget skema én gang; enighed kræver to forskellige bedømmere"));
        }
}

void refuse_repeated_sites(const std::vector<ReviewFile>& files, const std::string& hint) {
    std::map<std::string, const ReviewFile*> seen;
    for (const auto& file : files) {
        const auto [it, fresh] = seen.emplace(file.loaded.review.site, &file);
        if (!fresh)
            throw util::Error(
                {file.path, 0, 0},
                fmt::format(fmt::runtime(util::tr("{} and {} are both reviews of site '{}'",
                                                  "{} og {} er begge vurderinger af stedet '{}'")),
                            it->second->path, file.path, file.loaded.review.site),
                hint);
    }
}

namespace {

// The files of each site's latest date, by site.
std::map<std::string, std::vector<const ReviewFile*>> latest_files(const std::vector<ReviewFile>& files) {
    std::map<std::string, std::vector<const ReviewFile*>> latest;
    for (const auto& file : files) {
        auto& kept = latest[file.loaded.review.site];
        const std::string& date = file.loaded.review.review_date;
        if (!kept.empty() && date < kept.front()->loaded.review.review_date) continue;
        if (!kept.empty() && date > kept.front()->loaded.review.review_date) kept.clear();
        kept.push_back(&file);
    }
    return latest;
}

[[noreturn]] void refuse_tie(const ReviewFile& a, const ReviewFile& b, bool consensus) {
    const Review& r = b.loaded.review;
    if (consensus)
        throw util::Error({b.path, 0, 0},
                          fmt::format(fmt::runtime(util::tr(
                                          "{} and {} are both consensus questionnaires of site '{}' on {}",
                                          "{} og {} er begge konsensusskemaer for stedet '{}' den {}")),
                                      a.path, b.path, r.site, r.review_date),
                          util::tr("give only one of them", "angiv kun ét af dem"));
    throw util::Error(
        {b.path, 0, 0},
        fmt::format(fmt::runtime(util::tr("{} and {} are both reviewers' own questionnaires of site '{}' on "
                                          "{}, the site's latest review, and neither is their consensus",
                                          "{} og {} er begge bedømmeres egne skemaer for stedet '{}' den {}, "
                                          "stedets seneste vurdering, og ingen af dem er deres konsensus")),
                    a.path, b.path, r.site, r.review_date),
        fmt::format(
            fmt::runtime(util::tr("give their consensus ('ipskit consensus {} {} -o consensus.yaml', agreed "
                                  "and filled in) or only one reviewer's questionnaire; a consensus written "
                                  "by an older ipskit needs the line 'consensus: true'",
                                  "giv deres konsensus ('ipskit consensus {} {} -o konsensus.yaml', aftalt "
                                  "og udfyldt) eller kun én bedømmers skema; en konsensus skrevet af en "
                                  "ældre ipskit skal have linjen 'consensus: true'")),
            a.path, b.path));
}

}  // namespace

void refuse_tied_latest(const std::vector<ReviewFile>& files) {
    for (const auto& [site, latest] : latest_files(files)) {
        std::vector<const ReviewFile*> consensus;
        for (const ReviewFile* file : latest)
            if (file->loaded.review.consensus) consensus.push_back(file);
        if (consensus.size() > 1) refuse_tie(*consensus[0], *consensus[1], true);
        if (consensus.empty() && latest.size() > 1) refuse_tie(*latest[0], *latest[1], false);
    }
}

std::vector<const Review*> reviews_of(const std::vector<ReviewFile>& files) {
    std::vector<const Review*> reviews;
    for (const auto& file : files) reviews.push_back(&file.loaded.review);
    return reviews;
}

std::vector<std::string> review_files_in(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return {dir};
    std::vector<std::string> paths;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
        // Windows and some exports write REVIEW.YAML or .Yml: the case of an
        // extension says nothing about what the file holds.
        std::string ext = entry.path().extension().string();
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // Excel keeps "~$review.xlsx" beside a workbook it has open: a lock, not a review.
        const bool lock = entry.path().filename().string().rfind("~$", 0) == 0;
        if (entry.is_regular_file() && !lock &&
            (ext == ".yaml" || ext == ".yml" || ext == ".csv" || ext == ".xlsx"))
            paths.push_back(entry.path().string());
    }
    std::sort(paths.begin(), paths.end());
    if (paths.empty())
        throw util::Error(
            {dir, 0, 0},
            util::tr("the directory holds no questionnaires", "mappen indeholder ingen bedømmerskemaer"),
            util::tr("put the reviews (.yaml, .csv or .xlsx) in it",
                     "læg vurderingerne (.yaml, .csv eller .xlsx) i den"));
    return paths;
}

}  // namespace ipskit::readers::review
