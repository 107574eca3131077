#include "writers/questionnaire/staff_template_writer.hpp"

#include <fmt/format.h>

#include "writers/questionnaire/staff_template_labels.hpp"
#include "writers/questionnaire/yaml_text.hpp"

namespace ipskit::writers::questionnaire {

using namespace staff_template_labels;

namespace {

// A comment of up to 100 columns after `indent`, broken between words, so
// that the file reads well in any editor.
std::string comment(const Text& t, Lang lang, const std::string& indent = "") {
    constexpr std::size_t kWidth = 100;
    std::string out;
    std::string line;
    const std::string text = comment_text(t.in(lang));
    for (std::size_t at = 0; at < text.size();) {
        std::size_t end = text.find(' ', at);
        if (end == std::string::npos) end = text.size();
        const std::string word = text.substr(at, end - at);
        if (!line.empty() && indent.size() + 2 + line.size() + 1 + word.size() > kWidth) {
            out += indent + "# " + line + "\n";
            line.clear();
        }
        line += (line.empty() ? "" : " ") + word;
        at = end + 1;
    }
    return out + indent + "# " + line + "\n";
}

std::string entry(const Text& note, const Text& key, const std::string& value, Lang lang,
                  const std::string& indent) {
    return comment(note, lang, indent) + indent + key.in(lang) + ":" + (value.empty() ? "" : " " + value) +
           "\n";
}

}  // namespace

std::string staff_yaml_template(const std::string& site, Lang lang) {
    std::string out = comment(kIntro, lang) + "\n";
    out += entry(kSiteNote, kSiteKey, site.empty() ? "" : yaml_quoted(site), lang, "");
    out += entry(kFullTimeNote, kFullTimeKey, "37", lang, "");
    out += entry(kConsultantsNote, kConsultantsKey, "", lang, "");
    const std::string in = "    ";
    out += comment(kIdNote, lang, "  ") + "  - " + kIdKey.in(lang) + ":\n";
    out += entry(kFteNote, kFteKey, "1", lang, in);
    out += entry(kEmploymentShareNote, kEmploymentShareKey, "", lang, in);
    out += entry(kHoursNote, kHoursKey, "", lang, in);
    out += entry(kCommunityNote, kCommunityKey, "", lang, in);
    return out;
}

}  // namespace ipskit::writers::questionnaire
