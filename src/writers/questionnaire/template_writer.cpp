// The YAML questionnaire is meant to be filled in with a text editor during a
// review visit: each item is one line 'N: ' to complete, preceded by comments
// holding what a reviewer needs at hand (anchors, data sources, bands). Only
// the values are read back; the comments may be deleted freely.

#include "writers/questionnaire/template_writer.hpp"

#include <map>

#include <fmt/format.h>

#include "writers/reports/scale_report.hpp"

namespace ipskit::writers::questionnaire {

namespace {

const std::map<std::string, Text>& labels() {
    static const std::map<std::string, Text> table = {
        {"intro",
         {"# Reviewer questionnaire for {} ({}, {}).\n"
          "# Rate every item after its number with a whole score from {} to {}, e.g. '1: 4', or as a map:\n"
          "#   1: {{ score: 4, note: \"what you saw\" }}\n"
          "#   9: {{ no_fit: true, note: \"why\" }}       the item cannot be rated: it scores {}\n"
          "#   1: {{ value: 23 }}                        items with bands: the measured figure\n"
          "#   5: {{ elements: [id, id] }}               items with elements: the ids in place\n"
          "# Then run: ipskit score THIS_FILE\n",
          "# Bedømmerskema for {} ({}, {}).\n"
          "# Giv hvert punkt en hel score fra {} til {} efter nummeret, fx '1: 4', eller som et map:\n"
          "#   1: {{ score: 4, note: \"det, du så\" }}\n"
          "#   9: {{ no_fit: true, note: \"hvorfor\" }}    punktet kan ikke vurderes: det får {}\n"
          "#   1: {{ value: 23 }}                        punkter med intervaller: det målte tal\n"
          "#   5: {{ elements: [id, id] }}               punkter med elementer: id'erne på dem, der er på "
          "plads\n"
          "# Kør derefter: ipskit score DENNE_FIL\n"}},
        {"sources", {"Data sources", "Datakilder"}},
        {"to_check", {"(to check against the manual)", "(skal tjekkes mod manualen)"}},
        {"bands",
         {"Bands for {} ({}, rounded to {} decimals): {}",
          "Intervaller for {} ({}, afrundet til {} decimaler): {}"}},
        {"elements",
         {"Elements (tick the ids in place): ", "Elementer (angiv id'erne på dem, der er på plads): "}},
        {"element_scoring", {"Elements present → score: {}", "Antal elementer → score: {}"}},
        {"name_column", {"name", "navn"}},
    };
    return table;
}

std::string label(const std::string& key, Lang lang) {
    return labels().at(key).in(lang);
}

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

std::string one_line(std::string s) {
    for (char& c : s)
        if (c == '\n') c = ' ';
    return s;
}

void item_block(const Item& item, Lang lang, std::string& out) {
    out += fmt::format("\n  # {}. {}{}\n", item.number, one_line(item.name.in(lang)),
                       item.to_check ? " " + label("to_check", lang) : "");
    out += fmt::format("  #    {}\n", one_line(item.description.in(lang)));
    out += fmt::format("  #    {}: {}\n", label("sources", lang), fmt::join(item.data_sources, ", "));
    for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
        out += fmt::format("  #    {} = {}\n", it->first, one_line(it->second.in(lang)));
    if (item.rule)
        out += "  #    " +
               fmt::format(fmt::runtime(label("bands", lang)), one_line(item.rule->metric.in(lang)),
                           item.rule->unit, item.rule->decimals,
                           reports::describe_bands(item.rule->bands, lang)) +
               "\n";
    if (!item.elements.empty()) {
        out += "  #    " + label("elements", lang) + "\n";
        for (const auto& e : item.elements)
            out += fmt::format("  #      {}: {}\n", e.id, one_line(e.text.in(lang)));
        out += "  #    " +
               fmt::format(fmt::runtime(label("element_scoring", lang)),
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
    std::string out = fmt::format(fmt::runtime(label("intro", lang)), scale.name.in(lang), scale.id,
                                  scale.version, scale.score_min, scale.score_max, scale.no_fit_score);
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
    std::string out = "item,score,note," + label("name_column", lang) + "\n";
    for (const auto& item : scale.items)
        out += fmt::format("{},,,{}\n", item.id,
                           csv_field(fmt::format("{}. {}", item.number, item.name.in(lang))));
    return out;
}

}  // namespace ipskit::writers::questionnaire
