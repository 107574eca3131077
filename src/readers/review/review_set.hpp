#pragma once
// Several questionnaires read together, for the commands that put reviews
// side by side (score with several reviewers, consensus, trend, compare), and
// the checks that they belong together: the same site, date or scale, and no
// reviewer twice. A refusal names both files and the field that differs.

#include <cstddef>
#include <string>
#include <vector>

#include "readers/review/reader.hpp"

namespace ipskit::readers::review {

struct ReviewFile {
    std::string path;
    LoadedReview loaded;
};

// The most questionnaires one run reads: every site of a region, or of all
// 98 Danish municipalities, twice over. More is almost always a wrong glob,
// and a report with more reviewers or sites than this could not be read.
inline constexpr std::size_t kMaxReviewFiles = 200;

// Reads every file, in the order given, gathering the errors of all of them.
// Throws before reading anything when there are over kMaxReviewFiles.
std::vector<ReviewFile> read_reviews(const std::vector<std::string>& paths, const ReviewDefaults& defaults,
                                     const ScaleLoader& load_scale);

// What must be the same in every file; --allow-mixed turns site and date off.
struct SameFields {
    bool site = true;
    bool date = true;
    bool scale = true;
};

// Throws when two files differ in a field that must be the same. Whatever
// `same` says, files whose scales have different items are refused, because
// their items cannot be put side by side.
void require_same(const std::vector<ReviewFile>& files, const SameFields& same);

// Throws when one reviewer appears in two files (names compared ignoring case
// and surrounding spaces), since a reviewer cannot agree with themselves.
void refuse_repeated_reviewers(const std::vector<ReviewFile>& files);

// Throws when two files review the same site; `hint` says what to do instead.
void refuse_repeated_sites(const std::vector<ReviewFile>& files, const std::string& hint);

// For taking each site's latest review: throws when a site's latest date has
// no consensus but two reviewers' own questionnaires, or two consensus files,
// since either could be taken. Names both files and what to give instead.
void refuse_tied_latest(const std::vector<ReviewFile>& files);

// Pointers to the reviews, for the domain functions.
std::vector<const Review*> reviews_of(const std::vector<ReviewFile>& files);

// The questionnaires in `dir` (*.yaml, *.yml, *.csv), sorted by name.
std::vector<std::string> review_files_in(const std::string& dir);

}  // namespace ipskit::readers::review
