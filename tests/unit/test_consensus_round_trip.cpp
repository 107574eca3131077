#include <map>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "domain/consensus.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_reader.hpp"
#include "scale_files.hpp"
#include "writers/questionnaire/consensus_writer.hpp"

using namespace ipskit;

namespace {

const std::string kSource = IPSKIT_TEST_DATA_DIR;

readers::review::LoadedReview read(const std::string& path) {
    return readers::review::read_review(path, {}, [](const std::string&, const util::Location&) {
        return readers::review::read_scale(kSource + "/../scales/ips-25.yaml");
    });
}

std::string example(const std::string& name) {
    return test_files::read(kSource + "/../examples/" + name);
}

// A note with everything that could end a comment or a quoted text early.
const std::string kHostileNote =
    "\"quoted\" \\ back\u2028  7: 5\u2029\xC2\x85 tab\t\x01 cr\r\nnew # not a comment";

// Reviewer B of the Hjørring example, changed so that each way of agreeing
// on a figure or on elements, or not, occurs once: item 1 the same score from
// other figures (22 and 23 both score 4), item 5 the same elements in another
// order, item 11 as many elements but other ones, item 2 a hostile note.
std::string reviewer_b() {
    using test_files::replaced;
    std::string b = example("review-hjorring-2020-b.yaml");
    b = replaced(b, "  1: { value: 23,", "  1: { value: 22,");
    b = replaced(
        b, "  2: 5\n",
        "  2: { score: 5, note: \"" +
            std::string("\\\"quoted\\\" \\\\ back\\L  7: 5\\P\\N tab\\t\\x01 cr\\r\\nnew # not a comment") +
            "\" }\n");
    b = replaced(
        b, "  5: { score: 4,",
        "  5: { elements: [shares_offices, shared_records, shared_decisions, weekly_team_meetings],");
    b = replaced(b, "  11: 4\n",
                 "  11: { elements: [leaders_know_ips, steering_group, communicates_goals, "
                 "regular_fidelity_reviews] }\n");
    return b;
}

std::string reviewer_a() {
    return test_files::replaced(example("review-hjorring-2020-a.yaml"), "  11: 4\n",
                                "  11: { elements: [leaders_know_ips, steering_group, communicates_goals, "
                                "barriers_reported_and_solved] }\n");
}

// The meeting's scores for the items left open (7, 10, 12, 18, 21, 24).
const std::map<int, int> kMeeting{{7, 5}, {10, 4}, {12, 4}, {18, 5}, {21, 5}, {24, 3}};

std::string filled_in(std::string yaml) {
    for (const auto& [item, score] : kMeeting)
        yaml = test_files::replaced(yaml, fmt::format("\n  {}:\n", item),
                                    fmt::format("\n  {}: {}\n", item, score));
    return yaml;
}

std::string expected_note(const ConsensusDraft& draft, std::size_t i) {
    std::string note;
    for (std::size_t r = 0; r < draft.reviews.size(); ++r) {
        const std::string& own = draft.reviews[r]->ratings[i].note;
        if (own.empty()) continue;
        if (!note.empty()) note += "; ";
        note += draft.reviews[r]->reviewers.front() + ": " + own;
    }
    return note;
}

}  // namespace

// Expected: what the draft means, item by item, is what reading the written
// file back gives; the figures checked by hand are named in reviewer_b().
TEST_CASE("writers::consensus_yaml reads back as the draft meant") {
    const auto a = read(test_files::scratch("a.yaml", reviewer_a()));
    const auto b = read(test_files::scratch("b.yaml", reviewer_b()));
    REQUIRE(b.review.ratings[1].note == kHostileNote);
    const auto draft = draft_consensus(a.scale, {&a.review, &b.review});
    const std::string written = writers::questionnaire::consensus_yaml(draft, Lang::en);

    SUBCASE("unfinished, it is refused") {
        CHECK_THROWS_AS(read(test_files::scratch("draft.yaml", written)), util::Error);
    }
    SUBCASE("filled in, every item holds what was agreed and nothing else") {
        const auto back = read(test_files::scratch("consensus.yaml", filled_in(written)));
        CHECK(back.review.site == "Hjørring");
        CHECK(back.review.review_date == "2020-11-12");
        CHECK(back.review.consensus);  // marked, so compare --latest prefers it
        CHECK(back.review.review_type == ReviewType::external);
        CHECK(back.review.period.from == "2020-05-01");
        CHECK(back.review.period.visit_dates == std::vector<std::string>{"2020-11-11", "2020-11-12"});
        CHECK(back.review.summary == draft.summary);
        CHECK(back.review.summary.find("Mette Lund (ekstern reviewer): Hjørring") == 0);
        CHECK(back.review.recommendations == a.review.recommendations);  // both wrote the same
        REQUIRE(back.review.ratings.size() == draft.items.size());
        int total = 0;
        for (std::size_t i = 0; i < draft.items.size(); ++i) {
            const ConsensusItem& meant = draft.items[i];
            const Rating& got = back.review.ratings[i];
            CAPTURE(meant.item->number);
            const int score = meant.agreed ? *meant.agreed : kMeeting.at(meant.item->number);
            CHECK(got.score == score);
            CHECK(got.no_fit == meant.no_fit);
            CHECK(got.value == (meant.agreed ? meant.value : std::nullopt));
            CHECK(got.elements == (meant.agreed ? meant.elements : std::vector<std::string>{}));
            CHECK(got.note == (meant.agreed ? expected_note(draft, i) : std::string()));
            CHECK(got.recommendations == (meant.agreed ? meant.recommendations : std::string()));
            total += score;
        }
        CHECK(score_review(back.scale, back.review).total == total);
    }
    SUBCASE("what the reviewers gave alike is kept; what differs is not") {
        CHECK_FALSE(draft.items[0].value);  // 23 and 22
        CHECK(draft.items[0].details_differ);
        CHECK(draft.items[14].value == 42.0);
        CHECK(draft.items[4].elements == std::vector<std::string>{"weekly_team_meetings", "shared_decisions",
                                                                  "shared_records", "shares_offices"});
        CHECK(draft.items[10].agreed == draft.items[10].ratings[0]->score);
        CHECK(draft.items[10].elements.empty());
        CHECK(draft.items[10].ticked_by_all ==
              std::vector<std::string>{"leaders_know_ips", "steering_group", "communicates_goals"});
        CHECK(draft.items[23].details_differ);  // 58 measured by one reviewer only
        CHECK_FALSE(draft.items[23].agreed);
    }
    SUBCASE("what differs is shown in comments only") {
        CHECK(written.find("  #   Mette Lund (ekstern reviewer): 4, measured 23\n") != std::string::npos);
        CHECK(written.find("  #   Søren Kjær (ekstern reviewer): 4, measured 22\n") != std::string::npos);
        CHECK(written.find(
                  "  #   ticked by every reviewer: leaders_know_ips, steering_group, communicates_goals\n") !=
              std::string::npos);
        CHECK(written.find("\n  7: ") == std::string::npos);  // the hostile note made no live line
    }
}
