// The cluster map applied to each course (domain/outcomes/site_attributes):
// which cluster and attribute values a course gets, what is reported of the
// sites the map lacks, and the groups the aggregator then forms. Expected
// figures are counted by hand from the few courses of each case.

#include <doctest/doctest.h>

#include "domain/outcomes/aggregator.hpp"
#include "domain/outcomes/site_attributes.hpp"

using namespace ipskit;
using namespace ipskit::outcomes;

namespace {

constexpr DayNumber k2020_01_01 = 18262;
constexpr DayNumber k2020_12_31 = 18627;

SiteMap sjaelland() {
    SiteMap map;
    map.sites["køge"] = {"Køge", "Øst", {{"model", "Slagelse"}}};
    map.sites["kalundborg"] = {"Kalundborg", "Vest", {{"model", "Kalundborg"}, {"region_part", "Nord"}}};
    map.sites["faxe"] = {"Faxe", "Øst", {}};  // no model given
    map.attribute_names = {"model", "region_part"};
    return map;
}

Case course(std::string_view site, std::string_view cluster = {}) {
    Case c;
    c.site = site;
    c.cluster = cluster;
    c.start = k2020_01_01;
    c.end = k2020_01_01 + 100;
    c.end_year = 2020;
    c.outcome = Outcome::job;
    return c;
}

AggregationRules year_2020() {
    AggregationRules rules;
    rules.period = {k2020_01_01, k2020_12_31};
    return rules;
}

}  // namespace

TEST_CASE("outcomes::SiteAttributes") {
    SiteAttributes sites(sjaelland(), {"region_part", "model"});

    SUBCASE("a mapped site gets its attributes in the grouping's order, found in any case") {
        Case c = course("KALUNDBORG");
        sites.apply(c);
        REQUIRE(c.attributes.size() == 2);
        CHECK(c.attributes[0] == "Nord");
        CHECK(c.attributes[1] == "Kalundborg");
        CHECK(c.cluster == "Vest");
    }
    SUBCASE("the map's cluster fills an empty one and wins over the extract's") {
        Case empty = course("Køge");
        sites.apply(empty);
        CHECK(empty.cluster == "Øst");
        Case other = course("Køge", "Vest");
        sites.apply(other);
        CHECK(other.cluster == "Øst");
        const auto d = sites.disagreements();
        REQUIRE(d.size() == 1);
        CHECK(d[0].site == "Køge");
        CHECK(d[0].extract_cluster == "Vest");
        CHECK(d[0].map_cluster == "Øst");
        CHECK(d[0].rows == 1);
    }
    SUBCASE("a cluster in other case is no disagreement") {
        Case c = course("Køge", "ØST");
        sites.apply(c);
        CHECK(c.cluster == "Øst");
        CHECK(sites.disagreements().empty());
    }
    SUBCASE("a site the map lacks keeps its cluster and has no attributes; spellings are one site") {
        for (auto spelling : {"Holbaek", "HOLBAEK", "Holbaek"}) {
            Case c = course(spelling, "Vest");
            sites.apply(c);
            CHECK(c.attributes.empty());
            CHECK(c.cluster == "Vest");
        }
        const auto unmapped = sites.unmapped();
        REQUIRE(unmapped.size() == 1);
        CHECK(unmapped[0].site == "HOLBAEK");  // the first in byte order, whichever thread saw it
        CHECK(unmapped[0].rows == 3);
    }
    SUBCASE("a mapped site without an attribute is named with its courses") {
        Case c = course("Faxe");
        sites.apply(c);
        CHECK(c.attributes[0].empty());
        CHECK(c.attributes[1].empty());
        const auto missing = sites.missing_attributes();
        REQUIRE(missing.size() == 2);
        CHECK(missing[0].site == "Faxe");
        CHECK(missing[0].attribute == "region_part");
        CHECK(missing[1].attribute == "model");
        CHECK(missing[0].rows == 1);
    }
    SUBCASE("merging two parts adds their counts, as one pass would") {
        SiteAttributes other = sites;
        Case a = course("Holbaek");
        sites.apply(a);
        Case b = course("holbaek");
        other.apply(b);
        Case k = course("Køge", "Syd");
        other.apply(k);
        sites.merge(other);
        REQUIRE(sites.unmapped().size() == 1);
        CHECK(sites.unmapped()[0].rows == 2);
        REQUIRE(sites.disagreements().size() == 1);
        CHECK(sites.disagreements()[0].extract_cluster == "Syd");
    }
    SUBCASE("without a map, nothing changes") {
        SiteAttributes none;
        Case c = course("Køge", "Vest");
        none.apply(c);
        CHECK(none.empty());
        CHECK(c.cluster == "Vest");
        CHECK(c.attributes.empty());
    }
}

TEST_CASE("outcomes::OutcomeAggregator by a map attribute") {
    // Køge and Kalundborg: model Slagelse and Kalundborg; Holbaek is not in
    // the map. By cluster then model: Vest holds Kalundborg (2 courses, its
    // extract cluster Øst overruled), Øst holds Køge (1) and Holbaek's (1,
    // its extract cluster kept, model not given).
    const SiteMap map = sjaelland();
    MappedSum<OutcomeAggregator> sum{
        SiteAttributes(map, {"model"}),
        OutcomeAggregator(year_2020(), {GroupField::cluster, attribute_field(0)}, {"model"})};
    sum.add(course("Kalundborg", "Øst"));
    sum.add(course("kalundborg"));
    sum.add(course("Køge"));
    sum.add(course("Holbaek", "Øst"));
    const OutcomeResult result = sum.sum.finish(Lang::da);
    REQUIRE(result.attributes == std::vector<std::string>{"model"});
    CHECK(group_field_key(result.by[1], result.attributes) == "model");
    REQUIRE(result.groups.size() == 5);
    CHECK(result.groups[0].key == std::vector<std::string>{"Vest", "Kalundborg"});
    CHECK(result.groups[0].stats.courses == 2);
    CHECK(result.groups[1].key == std::vector<std::string>{"Vest"});
    CHECK(result.groups[1].stats.courses == 2);
    // Not given sorts first, as an empty cluster of the extract does.
    CHECK(result.groups[2].key == std::vector<std::string>{"Øst", ""});  // Holbaek: not in the map
    CHECK(result.groups[2].stats.courses == 1);
    CHECK(result.groups[3].key == std::vector<std::string>{"Øst", "Slagelse"});
    CHECK(result.groups[4].key == std::vector<std::string>{"Øst"});
    CHECK(result.groups[4].stats.courses == 2);
    CHECK(result.total.stats.courses == 4);
}
