#include "writers/render/markdown_text.hpp"

namespace ipskit::writers::render {

namespace {

bool is_ascii_letter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_digit(char c) {
    return c >= '0' && c <= '9';
}

// Emphasis, code, links, images, quotes, headings, tables, strikethrough,
// and the backslash itself. '!' needs no escape once '[' has one.
bool always_escaped(char c) {
    return std::string_view("\\`*[]>|~").find(c) != std::string_view::npos;
}

bool is_ascii_alnum(char c) {
    return is_ascii_letter(c) || is_digit(c);
}

// '_' between two letters or digits ("to_check") cannot start or end
// emphasis, so it is left as written; elsewhere it is escaped.
bool escapes_underscore(std::string_view text, std::size_t at) {
    return at == 0 || at + 1 == text.size() || !is_ascii_alnum(text[at - 1]) || !is_ascii_alnum(text[at + 1]);
}

// A '<' opens raw HTML or an autolink only before a letter, '/', '!' or '?';
// a '<' before a digit or a space ("<5", shown for a hidden count) cannot.
bool opens_markup(std::string_view text, std::size_t at) {
    if (at + 1 >= text.size()) return false;
    const char next = text[at + 1];
    return is_ascii_letter(next) || next == '/' || next == '!' || next == '?';
}

std::string_view trimmed(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r\n");
    return text.substr(first, last - first + 1);
}

// Where the text goes: '#' means nothing inside a table cell, which holds
// inline text only, but makes or ends a heading elsewhere.
enum class Place { line, cell };

// Escapes `text`, writing a space (in a line) or <br> (in a cell) for each
// line break (\n, \r\n or \r).
std::string escaped(std::string_view text, Place place) {
    text = trimmed(text);
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\r' || c == '\n') {
            if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
            out += place == Place::cell ? "<br>" : " ";
            continue;
        }
        if (always_escaped(c) || (c == '<' && opens_markup(text, i)) ||
            (c == '_' && escapes_underscore(text, i)) || (c == '#' && place == Place::line))
            out += '\\';
        out += c;
    }
    return out;
}

}  // namespace

std::string inline_text(std::string_view text) {
    return escaped(text, Place::line);
}

std::string block_text(std::string_view text) {
    std::string out = inline_text(text);
    if (out.empty()) return out;
    // "- x", "+ x" and "---" make a list or a rule, "===" a heading
    // underline, and "<" may open an HTML block ("<script" needs no '>').
    if (out[0] == '-' || out[0] == '+' || out[0] == '=' || out[0] == '<') return '\\' + out;
    // "1. x" and "1) x" make an ordered list.
    std::size_t digits = 0;
    while (digits < out.size() && is_digit(out[digits])) ++digits;
    if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')'))
        out.insert(digits, 1, '\\');
    return out;
}

std::string cell_text(std::string_view text) {
    return escaped(text, Place::cell);
}

}  // namespace ipskit::writers::render
