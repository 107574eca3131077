#include <doctest/doctest.h>

#include "readers/review/review_set.hpp"
#include "review_fixtures.hpp"

using namespace ipskit;

namespace {

readers::review::ReviewFile file_of(const std::string& path, const std::string& site, const std::string& date,
                                    const std::string& reviewer) {
    return {path, {fixtures::scale_of(3), fixtures::review_of(site, date, reviewer, {4, 4, 4}), {}}};
}

}  // namespace

// Expected: the messages as the e2e scenarios and docs/review-cycle.md show them, word for word.
TEST_CASE("readers::require_same") {
    const auto a = file_of("a.yaml", "Hjørring", "2020-11-12", "A");

    SUBCASE("another site names both files and the field") {
        const std::vector<readers::review::ReviewFile> files{a,
                                                             file_of("b.yaml", "Aalborg", "2020-11-12", "B")};
        CHECK_THROWS_WITH_AS(
            readers::review::require_same(files, {}),
            "b.yaml: error: a.yaml and b.yaml differ in site: 'Hjørring' in a.yaml, 'Aalborg' in "
            "b.yaml — give reviews of one site and date, or add --allow-mixed to put them side "
            "by side anyway",
            util::Error);
        CHECK_NOTHROW(readers::review::require_same(files, {false, true, true}));
    }
    SUBCASE("another date") {
        const std::vector<readers::review::ReviewFile> files{
            a, file_of("b.yaml", "Hjørring", "2021-11-18", "B")};
        CHECK_THROWS_AS(readers::review::require_same(files, {}), util::Error);
        CHECK_NOTHROW(readers::review::require_same(files, {true, false, true}));
    }
    SUBCASE("scales with different items are refused whatever is allowed") {
        auto b = a;
        b.path = "b.yaml";
        b.loaded.scale = fixtures::scale_of(4);
        CHECK_THROWS_AS(readers::review::require_same({a, b}, {false, false, false}), util::Error);
    }
}

TEST_CASE("readers::refuse_repeated_reviewers") {
    const auto a = file_of("a.yaml", "S", "2020-11-12", "Mette Lund");
    CHECK_NOTHROW(
        readers::review::refuse_repeated_reviewers({a, file_of("b.yaml", "S", "2020-11-12", "Søren Kjær")}));
    // Case and surrounding spaces do not make another reviewer.
    CHECK_THROWS_WITH_AS(
        readers::review::refuse_repeated_reviewers({a, file_of("b.yaml", "S", "2020-11-12", " mette lund")}),
        "b.yaml: error: a.yaml and b.yaml are both by reviewer ' mette lund' (reviewers: Mette "
        "Lund /  mette lund) — give each reviewer's own questionnaire once; agreement needs two "
        "different reviewers",
        util::Error);
}

TEST_CASE("readers::refuse_repeated_sites") {
    const auto a = file_of("a.yaml", "Hjørring", "2021-11-18", "A");
    CHECK_THROWS_WITH_AS(
        readers::review::refuse_repeated_sites({a, file_of("b.yaml", "Hjørring", "2022-11-10", "B")},
                                               "use --latest"),
        "b.yaml: error: a.yaml and b.yaml are both reviews of site 'Hjørring' — use --latest", util::Error);
}

// Expected: the situations of compare --latest with two reviewers and their
// consensus of one site, as tests/e2e/compare_latest_consensus.sh runs them.
TEST_CASE("readers::refuse_tied_latest") {
    using readers::review::refuse_tied_latest;
    const auto a = file_of("a.yaml", "Hjørring", "2020-11-12", "A");
    const auto b = file_of("b.yaml", "Hjørring", "2020-11-12", "B");
    auto consensus = file_of("consensus.yaml", "Hjørring", "2020-11-12", "A, B (consensus)");
    consensus.loaded.review.consensus = true;
    const auto later = file_of("c.yaml", "Hjørring", "2022-11-10", "C");

    SUBCASE("two reviewers' own files of the latest date, without their consensus") {
        CHECK_THROWS_WITH_AS(
            refuse_tied_latest({a, b}),
            "b.yaml: error: a.yaml and b.yaml are both reviewers' own questionnaires of site 'Hjørring' on "
            "2020-11-12, the site's latest review, and neither is their consensus — give their consensus "
            "('ipskit consensus a.yaml b.yaml -o consensus.yaml', agreed and filled in) or only one "
            "reviewer's "
            "questionnaire; a consensus written by an older ipskit needs the line 'consensus: true'",
            util::Error);
    }
    SUBCASE("with their consensus, or an only file, or a tie at an earlier date") {
        CHECK_NOTHROW(refuse_tied_latest({a, b, consensus}));
        CHECK_NOTHROW(refuse_tied_latest({a}));
        CHECK_NOTHROW(refuse_tied_latest({a, b, later}));
        CHECK_NOTHROW(refuse_tied_latest({a, file_of("d.yaml", "Aalborg", "2020-11-12", "B")}));
    }
    SUBCASE("two consensus files of one date") {
        auto again = consensus;
        again.path = "again.yaml";
        CHECK_THROWS_WITH_AS(refuse_tied_latest({consensus, a, again}),
                             "again.yaml: error: consensus.yaml and again.yaml are both consensus "
                             "questionnaires of site 'Hjørring' on 2020-11-12 — give only one of them",
                             util::Error);
    }
}
