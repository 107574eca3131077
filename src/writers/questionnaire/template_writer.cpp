// The YAML questionnaire is meant to be filled in with a text editor during a
// review visit: each item is one line 'N: ' to complete, preceded by comments
// holding what a reviewer needs at hand (anchors, data sources, bands). Only
// the values are read back; the comments may be deleted freely.

#include "writers/questionnaire/template_writer.hpp"

#include <fmt/format.h>

#include "writers/questionnaire/template_labels.hpp"
#include "writers/questionnaire/yaml_text.hpp"
#include "writers/reports/scale_report.hpp"

namespace ipskit::writers::questionnaire {

// Labels are named constants, so a misspelt one does not compile.
using namespace template_labels;

namespace {

// " VALUE" as a YAML double-quoted scalar after its key, or nothing for an
// empty value (read back as missing).
std::string quoted(const std::string& s) {
    if (s.empty()) return {};
    std::string out = " \"";
    for (const char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

void item_block(const Item& item, Lang lang, std::string& out) {
    out += fmt::format("\n  # {}. {}{}\n", item.number, comment_text(item.name.in(lang)),
                       item.to_check ? " " + kToCheck.in(lang) : "");
    out += fmt::format("  #    {}\n", comment_text(item.description.in(lang)));
    out += fmt::format("  #    {}: {}\n", kSources.in(lang), fmt::join(item.data_sources, ", "));
    for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
        out += fmt::format("  #    {} = {}\n", it->first, comment_text(it->second.in(lang)));
    if (item.rule)
        out += "  #    " +
               fmt::format(fmt::runtime(kBands.in(lang)), comment_text(item.rule->metric.in(lang)),
                           reports::describe_unit(*item.rule, lang),
                           reports::describe_bands(item.rule->bands, lang)) +
               "\n";
    if (!item.elements.empty()) {
        out += "  #    " + kElements.in(lang) + "\n";
        for (const auto& e : item.elements)
            out += fmt::format("  #      {}: {}\n", e.id, comment_text(e.text.in(lang)));
        out += "  #    " +
               fmt::format(fmt::runtime(kElementScoring.in(lang)),
                           reports::describe_bands(item.element_scoring, lang)) +
               "\n";
    }
    out += fmt::format("  {}:\n", item.number);
}

std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\n;") == std::string::npos) return s;
    std::string out = "\"";
    for (const char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

}  // namespace

std::string questionnaire_yaml(const Scale& scale, const QuestionnaireHeader& header, Lang lang) {
    std::string out =
        fmt::format(fmt::runtime(kIntro.in(lang)), scale.name.in(lang), scale.id, scale.version.in(lang),
                    scale.score_min, scale.score_max, scale.no_fit_score);
    out += "# " + reports::sources_legend(lang) + "\n";
    out += fmt::format("scale: {}\nsite:{}\nreview_date:{}\nreviewer:{}\nratings:\n", scale.id,
                       quoted(header.site), quoted(header.review_date), quoted(header.reviewer));
    std::string section;
    for (const auto& item : scale.items) {
        if (item.section != section) {
            section = item.section;
            out += fmt::format("\n  # ==== {} ====\n", scale.find_section(section)->name.in(lang));
        }
        item_block(item, lang, out);
    }
    return out;
}

std::string questionnaire_csv(const Scale& scale, Lang lang) {
    // The name column is for the reviewer's eyes; the reader ignores it.
    std::string out = "item,score,note," + kNameColumn.in(lang) + "\n";
    for (const auto& item : scale.items)
        out += fmt::format("{},,,{}\n", item.id,
                           csv_field(fmt::format("{}. {}", item.number, item.name.in(lang))));
    return out;
}

}  // namespace ipskit::writers::questionnaire
