#pragma once
// Agreement between reviewers who rate the same items on an ordinal scale,
// e.g. the 25 fidelity items scored 1..5 by two reviewers.
//
// Chance-corrected coefficients depend on which categories the scale allows,
// not only on those that happen to occur, so every such function takes the
// declared range [category_min, category_max]. Results that cannot be
// computed for the data (chance agreement of 1, no variance) come back as an
// undefined Coefficient with the reason in plain English.
//
// Caller errors throw std::invalid_argument: vectors of different length, a
// score outside the declared range, fewer than two declared categories, a
// matrix whose rows differ in length or that has fewer than two raters.

#include <vector>

#include "domain/stats/coefficient.hpp"

namespace ipskit::stats {

// One score per item from one reviewer, items in the same order for all.
using Scores = std::vector<int>;
// Items x raters: ratings[i][r] is rater r's score for item i; no missing.
using RatingMatrix = std::vector<std::vector<int>>;

// --- Two reviewers -----------------------------------------------------------

// Share of items both reviewers scored the same.
Coefficient exact_agreement(const Scores& a, const Scores& b);
// Share of items whose two scores differ by at most one point.
Coefficient within_one_agreement(const Scores& a, const Scores& b);

// Cohen's kappa (unweighted).
Coefficient cohen_kappa(const Scores& a, const Scores& b, int category_min, int category_max);
// Cohen's weighted kappa with quadratic weights 1 - (k - l)^2 / (q - 1)^2.
Coefficient weighted_kappa_quadratic(const Scores& a, const Scores& b, int category_min, int category_max);
// Gwet's AC1 (Gwet 2008), q = number of declared categories.
Coefficient gwet_ac1(const Scores& a, const Scores& b, int category_min, int category_max);
// Gwet's AC2 with the same quadratic weights (Gwet 2014).
Coefficient gwet_ac2_quadratic(const Scores& a, const Scores& b, int category_min, int category_max);

// ICC(2,1): two-way random effects, absolute agreement, single rater
// (Shrout & Fleiss 1979; McGraw & Wong's ICC(A,1)). Needs no categories.
Coefficient icc_2_1(const Scores& a, const Scores& b);

// --- Three or more reviewers --------------------------------------------------
// For pairwise figures, callers apply the two-reviewer functions to columns.

// Fleiss' kappa (Fleiss 1971); every item rated by the same number of raters.
Coefficient fleiss_kappa(const RatingMatrix& ratings, int category_min, int category_max);
// ICC(2,1) over all raters.
Coefficient icc_2_1(const RatingMatrix& ratings);

}  // namespace ipskit::stats
