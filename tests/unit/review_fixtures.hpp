#pragma once
// Scales and reviews built in code, for domain tests that need no files.

#include <string>
#include <vector>

#include "domain/review.hpp"

namespace fixtures {

// A 1..5 scale of `n` items in two sections (the first half "a", the rest
// "b"), with the IPS-25 levels scaled to n items by the test that needs them.
inline ipskit::Scale scale_of(int n) {
    ipskit::Scale s;
    s.id = "test";
    s.name = {"Test scale", "Testskala"};
    s.sections = {{"a", {"Section A", "Område A"}}, {"b", {"Section B", "Område B"}}};
    // IPS-25's bands: 115-125 exemplary, 100-114 good, 74-99 fair, 25-73 not SE.
    s.levels = {{"exemplary", 115, 125, {"Exemplary", "Eksemplarisk"}},
                {"good", 100, 114, {"Good", "God"}},
                {"fair", 74, 99, {"Fair", "Rimelig"}},
                {"not_se", n, 73, {"Not supported employment", "Ikke SE"}}};
    for (int i = 1; i <= n; ++i) {
        ipskit::Item item;
        item.number = i;
        item.id = "item_" + std::to_string(i);
        item.section = i <= n / 2 ? "a" : "b";
        item.name = {"Item " + std::to_string(i), "Punkt " + std::to_string(i)};
        s.items.push_back(item);
    }
    return s;
}

inline ipskit::Review review_of(const std::string& site, const std::string& date, const std::string& reviewer,
                                const std::vector<int>& scores) {
    ipskit::Review r;
    r.scale_id = "test";
    r.site = site;
    r.review_date = date;
    r.reviewers = {reviewer};
    for (std::size_t i = 0; i < scores.size(); ++i) {
        ipskit::Rating rating;
        rating.item_number = static_cast<int>(i) + 1;
        rating.score = scores[i];
        r.ratings.push_back(rating);
    }
    return r;
}

// The scores of examples/review-hjorring-2020-a.yaml and -b.yaml, and of
// tests/data/reviewers/hjorring-2020-c.yaml (see tests/unit/reference/reviewers.R).
inline const std::vector<int> hjorring_a = {4, 5, 5, 4, 4, 1, 5, 4, 5, 3, 4, 4, 5,
                                            4, 4, 5, 3, 4, 5, 5, 5, 4, 5, 4, 4};
inline const std::vector<int> hjorring_b = {4, 5, 5, 4, 4, 1, 4, 4, 5, 5, 4, 3, 5,
                                            4, 4, 5, 3, 5, 5, 5, 4, 4, 5, 3, 4};
inline const std::vector<int> hjorring_c = {4, 5, 4, 4, 4, 1, 5, 4, 5, 4, 4, 4, 5,
                                            4, 3, 5, 3, 4, 5, 5, 5, 4, 5, 4, 4};

}  // namespace fixtures
