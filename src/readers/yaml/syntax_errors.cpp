#include "readers/yaml/syntax_errors.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "util/message_language.hpp"

namespace ipskit::readers::yaml {

namespace {

constexpr std::string_view kByteOrderMark = "\xef\xbb\xbf";

bool is_lead_byte(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
}

// The byte where libyaml's mark points; its columns count characters, and
// a byte order mark is not counted.
std::size_t offset_of(std::string_view text, const yaml_mark_t& mark) {
    std::size_t at = text.starts_with(kByteOrderMark) ? kByteOrderMark.size() : 0;
    for (std::size_t line = 0; line < mark.line && at < text.size(); ++at)
        if (text[at] == '\n') ++line;
    for (std::size_t column = 0; at < text.size(); ++at)
        if (is_lead_byte(text[at]) && column++ == mark.column) break;
    return at;
}

struct Problem {
    std::string what;
    std::string fix;
};

// libyaml's wording of the common mistakes, said the way a person fixing a
// questionnaire in a text editor would look for them.
Problem plain_problem(const yaml_parser_t& parser, std::string_view text) {
    const std::string problem =
        parser.problem ? parser.problem : util::tr("unknown problem", "ukendt problem");
    const std::string context = parser.context ? parser.context : "";
    const int opened = static_cast<int>(parser.context_mark.line) + 1;
    const std::size_t at = offset_of(text, parser.problem_mark);
    const char found = at < text.size() ? text[at] : '\0';
    if (problem.find("tab") != std::string::npos ||
        (problem == "found character that cannot start any token" && found == '\t'))
        return {util::tr("a tab is used for indentation, and YAML allows only spaces",
                         "der er indrykket med tabulator, og YAML tillader kun mellemrum"),
                util::tr("replace the tab with spaces", "erstat tabulatoren med mellemrum")};
    if (problem == "found character that cannot start any token")
        return {fmt::format(fmt::runtime(util::tr("'{}' cannot start a value here",
                                                  "'{}' kan ikke indlede en værdi her")),
                            found),
                util::tr("put the text in quotes", "sæt teksten i anførselstegn")};
    if (problem == "mapping values are not allowed in this context")
        return {util::tr("a ':' where none can be: the line is indented differently from the keys above it, "
                         "or a text holding ': ' is not in quotes",
                         "et ':', hvor der ikke kan stå et: linjen er indrykket anderledes end nøglerne over "
                         "den, eller en tekst med ': ' står ikke i anførselstegn"),
                util::tr("line the key up with the keys above it, or put the text in quotes",
                         "ret nøglen ind efter nøglerne over den, eller sæt teksten i anførselstegn")};
    if (problem == "did not find expected <document start>")
        return {
            util::tr(
                "the file's top-level map or list ended on an earlier line, and this line is not part of it",
                "filens yderste map eller liste sluttede på en tidligere linje, og denne linje hører ikke "
                "med"),
            util::tr("start every top-level key in the same column, the first one",
                     "begynd alle nøgler på yderste niveau i samme kolonne, den første")};
    if (problem == "could not find expected ':'")
        return {fmt::format(fmt::runtime(util::tr(
                                "a key is expected on line {}, but no ':' follows the text there",
                                "der ventes en nøgle på linje {}, men teksten dér følges ikke af ':'")),
                            opened),
                util::tr("add the ':', or indent the text as part of the value above it",
                         "tilføj ':', eller indryk teksten som en del af værdien over den")};
    if (problem == "did not find expected node content")
        return {util::tr("a value is missing here", "her mangler en værdi"),
                util::tr("write the value, or remove the extra ',' or '-'",
                         "skriv værdien, eller fjern det overskydende ',' eller '-'")};
    if (context == "while parsing a flow sequence")
        return {
            fmt::format(fmt::runtime(util::tr("the list '[' opened on line {} is not closed with ']'",
                                              "listen '[', der begynder på linje {}, lukkes ikke med ']'")),
                        opened),
            util::tr("add the closing ']', and a ',' between the elements",
                     "tilføj det afsluttende ']', og et ',' mellem elementerne")};
    if (context == "while parsing a flow mapping")
        return {
            fmt::format(fmt::runtime(util::tr("the map '{{' opened on line {} is not closed with '}}'",
                                              "mappet '{{', der begynder på linje {}, lukkes ikke med '}}'")),
                        opened),
            util::tr("add the closing '}', and a ',' between the entries",
                     "tilføj det afsluttende '}', og et ',' mellem posterne")};
    if (context == "while scanning a quoted scalar")
        return {fmt::format(
                    fmt::runtime(util::tr("the quoted text opened on line {} is not closed",
                                          "teksten i anførselstegn, der begynder på linje {}, lukkes ikke")),
                    opened),
                util::tr("add the closing quote", "tilføj det afsluttende anførselstegn")};
    if (context == "while parsing a block mapping")
        return {
            fmt::format(
                fmt::runtime(util::tr("this line does not fit the map that starts on line {}",
                                      "denne linje passer ikke ind i det map, der begynder på linje {}")),
                opened),
            util::tr(
                "indent it like the other keys of that map, and put a text holding quotes or ': ' in quotes",
                "indryk den som mappets andre nøgler, og sæt en tekst med anførselstegn eller ': ' i "
                "anførselstegn")};
    if (context == "while parsing a block collection")
        return {fmt::format(fmt::runtime(util::tr(
                                "this line does not fit the list that starts on line {}",
                                "denne linje passer ikke ind i den liste, der begynder på linje {}")),
                            opened),
                util::tr("indent it like the other '- ' entries of that list",
                         "indryk den som listens andre '- '-poster")};
    return {
        context.empty() ? problem
                        : fmt::format(fmt::runtime(util::tr("{} {} on line {}", "{} {} på linje {}")),
                                      problem, context, opened),
        util::tr("fix the syntax at this place (indentation, a missing ':' or an unclosed quote or bracket)",
                 "ret syntaksen her (indrykning, et manglende ':' eller et anførselstegn eller en parentes, "
                 "der ikke er lukket)")};
}

// 0-based line and column of byte `offset`, counted as libyaml counts them.
Mark mark_of(std::string_view text, std::size_t offset) {
    const std::string_view before = text.substr(0, std::min(offset, text.size()));
    const std::size_t newline = before.rfind('\n');
    std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    if (line_start == 0 && before.starts_with(kByteOrderMark)) line_start = kByteOrderMark.size();
    const auto column =
        std::count_if(before.begin() + static_cast<std::ptrdiff_t>(line_start), before.end(), is_lead_byte);
    return {static_cast<int>(std::count(before.begin(), before.end(), '\n')), static_cast<int>(column)};
}

}  // namespace

util::Error syntax_error(const std::string& file, Mark at, const std::string& what, const std::string& fix) {
    return util::Error({file, at.line + 1, at.column + 1},
                       util::tr("this is not valid YAML: ", "dette er ikke gyldig YAML: ") + what, fix);
}

util::Error parser_error(const yaml_parser_t& parser, std::string_view text, const std::string& file) {
    if (parser.error == YAML_MEMORY_ERROR)
        return util::Error(
            {file, 0, 0},
            util::tr("out of memory while reading the file", "hukommelsen slap op under læsningen af filen"),
            util::tr("check that this is the right file", "tjek, at det er den rigtige fil"));
    if (parser.error == YAML_READER_ERROR) {
        // Invalid UTF-8 is refused before parsing; what is left is a control
        // character such as a form feed or DEL.
        const std::string problem = parser.problem ? parser.problem : "";
        return syntax_error(
            file, mark_of(text, parser.problem_offset),
            problem == "control characters are not allowed"
                ? fmt::format(fmt::runtime(util::tr(
                                  "the file holds the control character U+{:04X}, which YAML does not allow",
                                  "filen indeholder kontroltegnet U+{:04X}, som YAML ikke tillader")),
                              static_cast<unsigned>(parser.problem_value))
                : problem,
            util::tr("remove the character; in a quoted text write a tab as \\t",
                     "fjern tegnet; skriv en tabulator som \\t i en tekst i anførselstegn"));
    }
    const Problem problem = plain_problem(parser, text);
    return syntax_error(
        file, {static_cast<int>(parser.problem_mark.line), static_cast<int>(parser.problem_mark.column)},
        problem.what, problem.fix);
}

}  // namespace ipskit::readers::yaml
