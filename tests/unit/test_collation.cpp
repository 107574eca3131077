#include <algorithm>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "domain/collation.hpp"

using namespace ipskit;

namespace {

std::vector<std::string> sorted(std::vector<std::string> names, Lang lang) {
    std::sort(names.begin(), names.end(),
              [lang](const std::string& a, const std::string& b) { return collates_before(a, b, lang); });
    return names;
}

}  // namespace

// Expected orders follow Danish dictionaries (Retskrivningsordbogen files
// words that start with "aa" under å) and CLDR's da and root collations:
// Danish places æ ø å after z, upper case first; root sorts accents second.
TEST_CASE("domain::collates_before") {
    SUBCASE("Danish: æ, ø, å after z") {
        CHECK(sorted({"Århus", "Ølstykke", "Ærø", "Zealand", "Aars"}, Lang::da) ==
              std::vector<std::string>{"Zealand", "Ærø", "Ølstykke", "Århus", "Aars"});
    }
    SUBCASE("Danish: aa at the start of a word is å") {
        CHECK(sorted({"Aalborg", "Aabenraa", "Assens", "Ødsted", "Åbyhøj", "Ballerup"}, Lang::da) ==
              std::vector<std::string>{"Assens", "Ballerup", "Ødsted", "Aabenraa", "Åbyhøj", "Aalborg"});
        CHECK(collates_before("Nørre Alslev", "Nørre Aaby", Lang::da));
    }
    SUBCASE("Danish: aa inside a word is two a's") {
        CHECK(collates_before("Kaare", "Kabel", Lang::da));
        CHECK(collates_before("Haarby", "Hb", Lang::da));
    }
    SUBCASE("Danish: ä as æ, ö as ø, ü as y, é as e") {
        CHECK(collates_before("Zorn", "Ärhus", Lang::da));
        CHECK(collates_before("Ärhus", "Øster", Lang::da));
        CHECK(collates_before("Ösel", "Østerby", Lang::da));
        CHECK(collates_before("Yding", "Üding", Lang::da));
        CHECK(collates_before("Üding", "Zorn", Lang::da));
        CHECK(collates_before("René", "Renf", Lang::da));
    }
    SUBCASE("English: accents are second to the letters") {
        CHECK(sorted({"Ølstykke", "Århus", "Ærø", "Aalborg", "Odense", "Zealand"}, Lang::en) ==
              std::vector<std::string>{"Aalborg", "Ærø", "Århus", "Odense", "Ølstykke", "Zealand"});
    }
    SUBCASE("case counts only when the letters are the same") {
        CHECK(collates_before("aalborg", "Ballerup", Lang::en));
        CHECK(collates_before("ballerup", "Cph", Lang::da));
        CHECK(collates_before("ærø", "Ølstykke", Lang::da));
    }
    SUBCASE("ties: upper case first in Danish, lower case first in English") {
        CHECK(collates_before("Ærø", "ærø", Lang::da));
        CHECK(collates_before("ærø", "Ærø", Lang::en));
        CHECK(collates_before("Nord", "nord", Lang::da));
        CHECK(collates_before("nord", "Nord", Lang::en));
    }
    SUBCASE("accents before case, shorter before longer") {
        CHECK(collates_before("Rene", "rené", Lang::da));
        CHECK(collates_before("rene", "René", Lang::en));
        CHECK(collates_before("Nord", "Nord Vest", Lang::da));
        CHECK(collates_before("Nord", "Norddjurs", Lang::en));
    }
    SUBCASE("digits before letters, in order") {
        CHECK(sorted({"Team b", "Team 2", "Team 10", "Team a"}, Lang::da) ==
              std::vector<std::string>{"Team 10", "Team 2", "Team a", "Team b"});
    }
    SUBCASE("a total order: equal only when the bytes are") {
        CHECK_FALSE(collates_before("Ærø", "Ærø", Lang::da));
        CHECK(collates_before("", "a", Lang::da));
        CHECK(collation_key("Å", Lang::da) != collation_key("Aa", Lang::da));
        CHECK(collates_before("Å", "Aa", Lang::da));
    }
}

TEST_CASE("domain::fold_case") {
    CHECK(fold_case("Ærø") == "ærø");
    CHECK(fold_case("ÆRØ") == "ærø");
    CHECK(fold_case("ÅRHUS") == "århus");
    CHECK(fold_case("Nord-Vest 2") == "nord-vest 2");
    CHECK(fold_case("×") == "×");  // the multiplication sign has no lower case
    CHECK(fold_case("") == "");
}
