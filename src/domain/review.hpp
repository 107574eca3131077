#pragma once
// One reviewer's (or the reviewers' consensus) ratings of a site on a scale,
// and what scoring them gives: item scores, section subtotals, the total, the
// fidelity level, strengths and priorities for improvement.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/scale.hpp"

namespace ipskit {

// A validated rating of one item. The score is final: a no_fit item already
// holds the scale's no_fit_score, a value or ticked elements already counted.
struct Rating {
    int item_number = 0;
    int score = 0;
    bool no_fit = false;
    std::string note;
    std::optional<double> value;        // the measured figure, if the reviewer gave one
    std::vector<std::string> elements;  // ids of the elements ticked, if given
    std::string recommendations;        // what the reviewers recommend for this item, if written
};

// Who carried out a review. The ids are what a questionnaire writes after
// `review_type:`; reports name them in the reader's language.
enum class ReviewType { external, guided_self_assessment, self_assessment };

// The days a review covered: the records looked at (`from`, `to`) and the
// days of the visit, all YYYY-MM-DD. Empty when the questionnaire does not say.
struct ReviewPeriod {
    std::string from;
    std::string to;
    std::vector<std::string> visit_dates;  // in date order, each once
};

struct Review {
    std::string scale_id;
    std::string site;
    std::string review_date;  // YYYY-MM-DD
    std::string cluster;      // optional group of sites, for comparing a region
    std::vector<std::string> reviewers;
    std::vector<Rating> ratings;  // one per item of the scale, in item order
    // The reviewers' agreed questionnaire (written by `ipskit consensus`,
    // marked `consensus: true`), not one reviewer's own.
    bool consensus = false;
    std::optional<ReviewType> review_type;
    ReviewPeriod period;
    std::string summary;          // the reviewers' own overall narrative
    std::string recommendations;  // their recommendations for the site as a whole
    std::string file;             // the name of the file it was read from, without its folder, for reports
};

struct ItemScore {
    const Item* item = nullptr;
    const Rating* rating = nullptr;
};

struct SectionScore {
    const Section* section = nullptr;
    int items = 0;
    int subtotal = 0;
    int max = 0;
    double mean = 0;
};

struct ReviewScore {
    const Scale* scale = nullptr;
    const Review* review = nullptr;
    std::vector<ItemScore> items;
    std::vector<SectionScore> sections;
    int total = 0;
    int total_max = 0;
    double mean = 0;  // total / items: the mean item score
    const Level* level = nullptr;
    std::vector<ItemScore> strengths;   // items at the top of the scale
    std::vector<ItemScore> priorities;  // items the scale calls priorities (Scale::is_priority), lowest first
    int priority_at_or_below = 0;       // the scale's threshold they were picked with, for the report's title
    std::vector<const Item*> to_check;  // items the scale file marks as not re-read in the manual
};

// "external", "guided_self_assessment", "self_assessment": the id a
// questionnaire writes; parse_review_type reads it back.
const char* review_type_id(ReviewType type);
std::optional<ReviewType> parse_review_type(std::string_view id);

// Scores a review that holds one rating per item of `scale`. The result
// points into both arguments, which must outlive it.
ReviewScore score_review(const Scale& scale, const Review& review);

// The anchor one step above `score`: the concrete target for improving an item.
const Text* next_anchor(const Item& item, int score);

}  // namespace ipskit
