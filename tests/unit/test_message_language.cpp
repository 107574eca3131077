#include <initializer_list>
#include <map>
#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "util/error.hpp"
#include "util/message_language.hpp"

using namespace ipskit::util;

namespace {

std::map<std::string, std::string> environment;

const char* from_map(const char* name) {
    auto it = environment.find(name);
    return it == environment.end() ? nullptr : it->second.c_str();
}

struct DanishForThisTest {
    DanishForThisTest() { set_message_language(MessageLanguage::da); }
    ~DanishForThisTest() { set_message_language(MessageLanguage::en); }
};

}  // namespace

TEST_CASE("IPSKIT_LANG beats the locale, and LC_ALL beats LANG") {
    environment = {{"LANG", "da_DK.UTF-8"}};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::da);
    environment = {{"LANG", "da_DK.UTF-8"}, {"IPSKIT_LANG", "en"}};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::en);
    environment = {{"LANG", "en_GB.UTF-8"}, {"IPSKIT_LANG", "da"}};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::da);
    environment = {{"LANG", "da_DK.UTF-8"}, {"LC_ALL", "C.UTF-8"}};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::en);
    environment = {{"LC_MESSAGES", "da"}};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::da);
    environment = {{"LANG", "dansk"}};  // not a locale name
    CHECK(message_language_from_environment(from_map) == MessageLanguage::en);
    environment = {};
    CHECK(message_language_from_environment(from_map) == MessageLanguage::en);
}

TEST_CASE("errors say fejl in Danish") {
    DanishForThisTest danish;
    const Error e({"sager.csv", 3, 2}, tr("bad date", "ugyldig dato"),
                  tr("write it as 2024-01-31", "skriv den som 2024-01-31"));
    CHECK(std::string(e.what()) == "sager.csv:3:2: fejl: ugyldig dato — skriv den som 2024-01-31");
}

TEST_CASE("util::message_language_from_arguments") {
    const auto from = [](std::initializer_list<const char*> words) {
        const std::vector<const char*> argv(words);
        return message_language_from_arguments(static_cast<int>(argv.size()), argv.data());
    };
    SUBCASE("--lang da and --lang=da") {
        CHECK(from({"ipskit", "score", "x.yaml", "--lang", "da"}) == MessageLanguage::da);
        CHECK(from({"ipskit", "outcomes", "--lang=da", "--help"}) == MessageLanguage::da);
    }
    SUBCASE("the last --lang wins, as when the parser reads it") {
        CHECK(from({"ipskit", "score", "--lang", "da", "--lang", "en"}) == MessageLanguage::en);
    }
    SUBCASE("no --lang, a bad code, or --lang as an argument after -- choose nothing") {
        CHECK_FALSE(from({"ipskit", "score", "x.yaml"}).has_value());
        CHECK_FALSE(from({"ipskit", "score", "--lang", "dk"}).has_value());
        CHECK_FALSE(from({"ipskit", "score", "--lang"}).has_value());
        CHECK_FALSE(from({"ipskit", "score", "--", "--lang", "da"}).has_value());
    }
}
