#include <string>

#include <doctest/doctest.h>

#include "readers/cases/outcome_label.hpp"

using ipskit::outcomes::Outcome;
using ipskit::readers::cases::parse_outcome;

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
    SUBCASE("every ASCII character between two words: only separators join them") {
        for (int c = 1; c < 128; ++c) {
            const std::string text = std::string("Fleks") + static_cast<char>(c) + "JOB";
            const bool separator = c == ' ' || c == '-' || c == '_' || c == '\t';
            CAPTURE(c);
            CHECK(parse_outcome(text) == (separator ? std::optional(Outcome::flexjob) : std::nullopt));
        }
    }
    SUBCASE("every letter in either case") {
        const std::string lower = "abcdefghijklmnopqrstuvwxyz", upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (std::size_t i = 0; i < lower.size(); ++i) {
            CAPTURE(lower[i]);
            CHECK(parse_outcome(std::string("j") + lower[i] + "b") ==
                  parse_outcome(std::string("j") + upper[i] + "b"));
            CHECK(parse_outcome(std::string("j") + upper[i] + "b") ==
                  (lower[i] == 'o' ? std::optional(Outcome::job) : std::nullopt));
        }
    }
}

TEST_CASE("readers::OutcomeLabels answers as parse_outcome does, also once it is full") {
    ipskit::readers::cases::OutcomeLabels labels;
    const std::string texts[] = {"job",        "Ordinært job", "Fleksjob", "uddannelse",   "Andet", "jobb",
                                 "flex job",   "FLEKSJOB",     "other",    "Education",    "",      "udd.",
                                 "fleks job ", "andet",        "Job",      "ordinaert job"};
    // Three rounds: the first fills the memory (past its size), the others read from it.
    for (int round = 0; round < 3; ++round)
        for (const std::string& text : texts) {
            CAPTURE(text);
            CHECK(labels.read(text) == parse_outcome(text));
        }
}
