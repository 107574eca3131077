#pragma once
// Text of a document made inert for Markdown. Whatever an input held (a site
// name, a reviewer's note, a group label), the report shows it as written: it
// cannot start a heading, list, quote or code block, make emphasis, a link or
// an HTML tag, or split a table cell.

#include <string>
#include <string_view>

namespace ipskit::writers::render {

// Text within a line (a heading, a fact, a table's title or note): the
// characters Markdown gives a meaning are escaped with '\', a '<' that could
// open a tag or a link too; line breaks become spaces; the ends are trimmed.
std::string inline_text(std::string_view text);

// Text that begins a block (a paragraph, a list item): as inline_text, and a
// start that would open a list, a heading underline or HTML is escaped too.
std::string block_text(std::string_view text);

// A table cell: as inline_text, but a line break becomes <br>.
std::string cell_text(std::string_view text);

}  // namespace ipskit::writers::render
