// Agreement coefficients for categorical ratings.
//
// Two reviewers a and b rate n items on q declared categories. With p_kl the
// share of items a scored k and b scored l, r_k and c_k the two reviewers'
// category shares, and pi_k = (r_k + c_k) / 2 their average:
//
//   Cohen's kappa      (po - pe) / (1 - pe),  po = sum_k p_kk,  pe = sum_k r_k c_k
//   weighted kappa     1 - sum_kl d_kl p_kl / sum_kl d_kl r_k c_l,  d_kl = (k - l)^2,
//                      which equals (po_w - pe_w) / (1 - pe_w) for the weights
//                      w_kl = 1 - (k - l)^2 / (q - 1)^2 (the scale cancels)
//   Gwet's AC1         (pa - pe) / (1 - pe),  pa = po,
//                      pe = sum_k pi_k (1 - pi_k) / (q - 1)            (Gwet 2008)
//   Gwet's AC2         pa = sum_kl w_kl p_kl,
//                      pe = Tw / (q (q - 1)) * sum_k pi_k (1 - pi_k)  (Gwet 2014)
//                      Tw = sum_kl w_kl; with identity weights Tw = q, giving AC1.
//
// Kappa's chance term uses each reviewer's own distribution, so when both
// crowd into one category it approaches 1 and kappa collapses even when raw
// agreement is high (the "kappa paradox"). AC1/AC2's chance term is largest
// when ratings spread evenly, so they stay high there. Reporting both lets a
// programme see which situation it is in.
//
// Fleiss' kappa for m raters: with n_ik raters putting item i in category k,
//   P_i = (sum_k n_ik^2 - m) / (m (m - 1)),  p_k = sum_i n_ik / (n m),
//   kappa = (mean P_i - sum_k p_k^2) / (1 - sum_k p_k^2).
//
// Counts are kept as integers and each coefficient is formed from integer
// sums, so "chance agreement is exactly 1" is an exact test, not a float
// comparison.

#include "domain/stats/agreement.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace ipskit::stats {

namespace {

const Text no_items{"no items were rated", "ingen punkter er scoret"};

void require_same_length(const Scores& a, const Scores& b) {
    if (a.size() != b.size())
        throw std::invalid_argument("agreement: the two reviewers rated different numbers of items");
}

int category_count(int category_min, int category_max) {
    if (category_max <= category_min)
        throw std::invalid_argument("agreement: a scale needs at least two categories");
    return category_max - category_min + 1;
}

// Cross-tabulation of two reviewers' scores over all declared categories.
struct CrossTable {
    int q = 0;
    long long n = 0;
    std::vector<long long> cells;  // q x q, row = reviewer a
    std::vector<long long> row;    // reviewer a's category counts
    std::vector<long long> col;    // reviewer b's category counts

    long long at(int k, int l) const { return cells[static_cast<std::size_t>(k * q + l)]; }
};

std::size_t category_index(int score, int category_min, int category_max) {
    if (score < category_min || score > category_max)
        throw std::invalid_argument("agreement: score " + std::to_string(score) + " is outside the scale " +
                                    std::to_string(category_min) + ".." + std::to_string(category_max));
    return static_cast<std::size_t>(score - category_min);
}

CrossTable cross_table(const Scores& a, const Scores& b, int category_min, int category_max) {
    require_same_length(a, b);
    CrossTable t;
    t.q = category_count(category_min, category_max);
    const auto q = static_cast<std::size_t>(t.q);
    t.cells.assign(q * q, 0);
    t.row.assign(q, 0);
    t.col.assign(q, 0);
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto k = category_index(a[i], category_min, category_max);
        const auto l = category_index(b[i], category_min, category_max);
        ++t.cells[k * q + l];
        ++t.row[k];
        ++t.col[l];
    }
    t.n = static_cast<long long>(a.size());
    return t;
}

long long diagonal(const CrossTable& t) {
    long long sum = 0;
    for (int k = 0; k < t.q; ++k) sum += t.at(k, k);
    return sum;
}

long long squared_distance(int k, int l) {
    return static_cast<long long>(k - l) * (k - l);
}

// sum_k (r_k + c_k)(2n - r_k - c_k) = 4 n^2 sum_k pi_k (1 - pi_k).
double pi_spread(const CrossTable& t) {
    long long sum = 0;
    for (std::size_t k = 0; k < t.row.size(); ++k) {
        const long long both = t.row[k] + t.col[k];
        sum += both * (2 * t.n - both);
    }
    return static_cast<double>(sum) / (4.0 * static_cast<double>(t.n) * static_cast<double>(t.n));
}

double quadratic_weight(int k, int l, int q) {
    const auto span = static_cast<double>(q - 1);
    return 1.0 - static_cast<double>(squared_distance(k, l)) / (span * span);
}

Coefficient gwet(double pa, double pe) {
    return Coefficient::of((pa - pe) / (1.0 - pe));
}

}  // namespace

Coefficient exact_agreement(const Scores& a, const Scores& b) {
    require_same_length(a, b);
    if (a.empty()) return Coefficient::undefined(no_items);
    long agreed = 0;
    for (std::size_t i = 0; i < a.size(); ++i) agreed += a[i] == b[i] ? 1 : 0;
    return Coefficient::of(static_cast<double>(agreed) / static_cast<double>(a.size()));
}

Coefficient within_one_agreement(const Scores& a, const Scores& b) {
    require_same_length(a, b);
    if (a.empty()) return Coefficient::undefined(no_items);
    long close = 0;
    for (std::size_t i = 0; i < a.size(); ++i) close += std::abs(a[i] - b[i]) <= 1 ? 1 : 0;
    return Coefficient::of(static_cast<double>(close) / static_cast<double>(a.size()));
}

Coefficient cohen_kappa(const Scores& a, const Scores& b, int category_min, int category_max) {
    const auto t = cross_table(a, b, category_min, category_max);
    if (t.n == 0) return Coefficient::undefined(no_items);
    long long chance = 0;  // n^2 * pe
    for (std::size_t k = 0; k < t.row.size(); ++k) chance += t.row[k] * t.col[k];
    const long long all = t.n * t.n;
    if (chance == all)
        return Coefficient::undefined(
            {"both reviewers gave every item the same score, so chance agreement is 1",
             "begge bedømmere gav alle punkter samme score, så den tilfældige enighed er 1"});
    // (po - pe) / (1 - pe), multiplied through by n^2.
    return Coefficient::of(static_cast<double>(t.n * diagonal(t) - chance) /
                           static_cast<double>(all - chance));
}

Coefficient weighted_kappa_quadratic(const Scores& a, const Scores& b, int category_min, int category_max) {
    const auto t = cross_table(a, b, category_min, category_max);
    if (t.n == 0) return Coefficient::undefined(no_items);
    long long observed = 0;  // n * sum_kl d_kl p_kl
    long long expected = 0;  // n^2 * sum_kl d_kl r_k c_l
    for (int k = 0; k < t.q; ++k) {
        for (int l = 0; l < t.q; ++l) {
            observed += squared_distance(k, l) * t.at(k, l);
            expected += squared_distance(k, l) * t.row[static_cast<std::size_t>(k)] *
                        t.col[static_cast<std::size_t>(l)];
        }
    }
    if (expected == 0)
        return Coefficient::undefined(
            {"both reviewers gave every item the same score, so chance agreement is 1",
             "begge bedømmere gav alle punkter samme score, så den tilfældige enighed er 1"});
    return Coefficient::of(1.0 - static_cast<double>(t.n * observed) / static_cast<double>(expected));
}

Coefficient gwet_ac1(const Scores& a, const Scores& b, int category_min, int category_max) {
    const auto t = cross_table(a, b, category_min, category_max);
    if (t.n == 0) return Coefficient::undefined(no_items);
    // pe <= 1/q < 1 for any data, so AC1 is always defined once items exist.
    const double pa = static_cast<double>(diagonal(t)) / static_cast<double>(t.n);
    const double pe = pi_spread(t) / static_cast<double>(t.q - 1);
    return gwet(pa, pe);
}

Coefficient gwet_ac2_quadratic(const Scores& a, const Scores& b, int category_min, int category_max) {
    const auto t = cross_table(a, b, category_min, category_max);
    if (t.n == 0) return Coefficient::undefined(no_items);
    double pa = 0.0;
    double total_weight = 0.0;
    for (int k = 0; k < t.q; ++k) {
        for (int l = 0; l < t.q; ++l) {
            pa += quadratic_weight(k, l, t.q) * static_cast<double>(t.at(k, l));
            total_weight += quadratic_weight(k, l, t.q);
        }
    }
    pa /= static_cast<double>(t.n);
    // pe <= Tw / q^2 < 1 because off-diagonal quadratic weights are below 1.
    const double q = static_cast<double>(t.q);
    const double pe = total_weight / (q * (q - 1.0)) * pi_spread(t);
    return gwet(pa, pe);
}

Coefficient fleiss_kappa(const RatingMatrix& ratings, int category_min, int category_max) {
    const auto q = static_cast<std::size_t>(category_count(category_min, category_max));
    if (ratings.empty()) return Coefficient::undefined(no_items);
    const std::size_t m = ratings.front().size();
    if (m < 2) throw std::invalid_argument("fleiss_kappa: needs at least two raters");
    std::vector<long long> totals(q, 0);  // ratings per category over all items
    long long agreeing_pairs = 0;         // sum_i sum_k n_ik (n_ik - 1)
    for (const auto& item : ratings) {
        if (item.size() != m) throw std::invalid_argument("fleiss_kappa: every item needs the same raters");
        std::vector<long long> counts(q, 0);
        for (int score : item) ++counts[category_index(score, category_min, category_max)];
        for (std::size_t k = 0; k < q; ++k) {
            agreeing_pairs += counts[k] * (counts[k] - 1);
            totals[k] += counts[k];
        }
    }
    const auto n = static_cast<long long>(ratings.size());
    const auto raters = static_cast<long long>(m);
    const long long all = n * raters;
    long long chance = 0;  // (n m)^2 * sum_k p_k^2
    for (long long total : totals) chance += total * total;
    if (chance == all * all)
        return Coefficient::undefined(
            {"every reviewer gave every item the same score, so chance agreement is 1",
             "alle bedømmere gav alle punkter samme score, så den tilfældige enighed er 1"});
    const double p_bar = static_cast<double>(agreeing_pairs) / static_cast<double>(all * (raters - 1));
    const double p_e = static_cast<double>(chance) / (static_cast<double>(all) * static_cast<double>(all));
    return Coefficient::of((p_bar - p_e) / (1.0 - p_e));
}

}  // namespace ipskit::stats
