#include <doctest/doctest.h>

#include "readers/outcome_label.hpp"

using ipskit::outcomes::Outcome;
using ipskit::readers::parse_outcome;

TEST_CASE("readers::parse_outcome") {
    SUBCASE("English and Danish labels, any case") {
        CHECK(parse_outcome("job") == Outcome::job);
        CHECK(parse_outcome("Ordinært job") == Outcome::job);
        CHECK(parse_outcome("ORDINÆRT JOB") == Outcome::job);
        CHECK(parse_outcome("Fleksjob") == Outcome::flexjob);
        CHECK(parse_outcome("uddannelse") == Outcome::education);
        CHECK(parse_outcome("Andet") == Outcome::other);
        CHECK(parse_outcome("Education") == Outcome::education);
    }
    SUBCASE("obvious variants: ae/oe/aa, separators, surrounding spaces") {
        CHECK(parse_outcome("ordinaert job") == Outcome::job);
        CHECK(parse_outcome("Ordinær beskæftigelse") == Outcome::job);
        CHECK(parse_outcome("ordinært_job") == Outcome::job);
        CHECK(parse_outcome("  flex-job ") == Outcome::flexjob);
    }
    SUBCASE("anything else is not guessed") {
        CHECK_FALSE(parse_outcome("jobb"));
        CHECK_FALSE(parse_outcome("ordinært"));
        CHECK_FALSE(parse_outcome(""));
        CHECK_FALSE(parse_outcome("udd."));
        CHECK_FALSE(parse_outcome("sygemeldt"));
    }
}
