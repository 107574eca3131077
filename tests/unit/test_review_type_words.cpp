// The kinds of review in words, read back from either language and from the
// ids. The words are the glossary's (docs/glossary.md).

#include <doctest/doctest.h>

#include "domain/review_type_words.hpp"

using ipskit::parse_review_type_words;
using ipskit::ReviewType;

TEST_CASE("domain::review_type_words") {
    CHECK(ipskit::review_type_words(ReviewType::external).da == "ekstern vurdering");
    CHECK(ipskit::review_type_words(ReviewType::guided_self_assessment).en == "guided self-assessment");
    CHECK(ipskit::review_type_words(ReviewType::self_assessment).da == "selvvurdering");
}

TEST_CASE("domain::parse_review_type_words") {
    SUBCASE("the words of either language, in any case, with spaces around") {
        CHECK(parse_review_type_words("ekstern vurdering") == ReviewType::external);
        CHECK(parse_review_type_words("External Review") == ReviewType::external);
        CHECK(parse_review_type_words(" Guidet selvvurdering\t") == ReviewType::guided_self_assessment);
        CHECK(parse_review_type_words("guided self-assessment") == ReviewType::guided_self_assessment);
        CHECK(parse_review_type_words("SELVVURDERING") == ReviewType::self_assessment);
        CHECK(parse_review_type_words("self-assessment") == ReviewType::self_assessment);
    }
    SUBCASE("the ids of the YAML questionnaire") {
        CHECK(parse_review_type_words("external") == ReviewType::external);
        CHECK(parse_review_type_words("guided_self_assessment") == ReviewType::guided_self_assessment);
        CHECK(parse_review_type_words("self_assessment") == ReviewType::self_assessment);
    }
    SUBCASE("anything else") {
        CHECK_FALSE(parse_review_type_words(""));
        CHECK_FALSE(parse_review_type_words("intern vurdering"));
        CHECK_FALSE(parse_review_type_words("self assessment"));
        CHECK_FALSE(parse_review_type_words("ekstern"));
    }
}
