// ICC(2,1): two-way random effects, absolute agreement, single rater
// (Shrout & Fleiss 1979, case 2; McGraw & Wong 1996, ICC(A,1)).
//
// n items are each scored by the same k raters. The two-way ANOVA without
// replication splits the total sum of squares into items (rows), raters
// (columns) and residual:
//
//   ICC(2,1) = (MSR - MSE) / (MSR + (k - 1) MSE + k (MSC - MSE) / n)
//
// "Absolute agreement" is the k (MSC - MSE) / n term: a reviewer who scores
// every item one point higher lowers the ICC, which is what a fidelity review
// wants (consistency-only ICC(3,1) would ignore it).
//
// Scores are integers, so with T the grand total, R_i row totals, C_j column
// totals and N = n k, the sums of squares times N are exact integers:
//   A = N SSR = n sum R_i^2 - T^2,   C = N SSC = k sum C_j^2 - T^2,
//   S = N SST = N sum x^2 - T^2,     E = N SSE = S - A - C,
// and multiplying numerator and denominator by n (n - 1)(k - 1) N gives
//   ICC = (n (k - 1) A - n E) / (n (k - 1) A + (n (k - 1) - k) E + k (n - 1) C).
// Zero variance and a zero denominator are therefore detected exactly. The
// denominator can only be zero with variance present when n = k = 2 and all
// row and column means are equal.

#include <stdexcept>

#include "domain/stats/agreement.hpp"

namespace ipskit::stats {

namespace {

struct Totals {
    long long n = 0;
    long long k = 0;
    long long grand = 0;         // T
    long long squares = 0;       // sum x^2
    long long row_squares = 0;   // sum R_i^2
    std::vector<long long> col;  // C_j
};

Totals totals_of(const RatingMatrix& ratings) {
    Totals t;
    const std::size_t raters = ratings.front().size();
    if (raters < 2) throw std::invalid_argument("icc_2_1: needs at least two raters");
    t.col.assign(raters, 0);
    for (const auto& item : ratings) {
        if (item.size() != raters) throw std::invalid_argument("icc_2_1: every item needs the same raters");
        long long row = 0;
        for (std::size_t j = 0; j < raters; ++j) {
            const long long x = item[j];
            row += x;
            t.squares += x * x;
            t.col[j] += x;
        }
        t.row_squares += row * row;
        t.grand += row;
    }
    t.n = static_cast<long long>(ratings.size());
    t.k = static_cast<long long>(raters);
    return t;
}

}  // namespace

Coefficient icc_2_1(const RatingMatrix& ratings) {
    if (ratings.empty()) return Coefficient::undefined({"no items were rated", "ingen punkter er scoret"});
    const Totals t = totals_of(ratings);
    if (t.n < 2)
        return Coefficient::undefined(
            {"at least two items are needed to tell item differences from reviewer ones",
             "der skal mindst to punkter til for at skelne forskelle mellem punkter fra forskelle mellem "
             "bedømmere"});
    const long long grand_squared = t.grand * t.grand;
    long long col_squares = 0;
    for (long long c : t.col) col_squares += c * c;
    const long long total_ss = t.n * t.k * t.squares - grand_squared;  // S
    if (total_ss == 0)
        return Coefficient::undefined(
            {"every rating is the same score, so there is no variance between items or reviewers",
             "alle scorer er ens, så der er ingen varians mellem punkter eller bedømmere"});
    const long long item_ss = t.n * t.row_squares - grand_squared;  // A
    const long long rater_ss = t.k * col_squares - grand_squared;   // C
    const long long residual_ss = total_ss - item_ss - rater_ss;    // E
    // long double holds these products exactly where it has a 64-bit mantissa.
    const auto n = static_cast<long double>(t.n);
    const auto k = static_cast<long double>(t.k);
    const auto a = static_cast<long double>(item_ss);
    const auto c = static_cast<long double>(rater_ss);
    const auto e = static_cast<long double>(residual_ss);
    const long double numerator = n * (k - 1) * a - n * e;
    const long double denominator = n * (k - 1) * a + (n * (k - 1) - k) * e + k * (n - 1) * c;
    if (denominator == 0)
        return Coefficient::undefined(
            {"item means and reviewer means are all equal, which with two items and two reviewers leaves the "
             "ICC without a denominator",
             "punkternes og bedømmernes gennemsnit er alle ens, og med to punkter og to bedømmere har ICC så "
             "ingen nævner"});
    return Coefficient::of(static_cast<double>(numerator / denominator));
}

Coefficient icc_2_1(const Scores& a, const Scores& b) {
    if (a.size() != b.size())
        throw std::invalid_argument("agreement: the two reviewers rated different numbers of items");
    RatingMatrix ratings;
    ratings.reserve(a.size());
    for (std::size_t i = 0; i < a.size(); ++i) ratings.push_back({a[i], b[i]});
    return icc_2_1(ratings);
}

}  // namespace ipskit::stats
