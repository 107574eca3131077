#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/document.hpp"

namespace ipskit::doc {

// Plain text for a terminal: facts as "label: value", tables with aligned columns.
std::string render_terminal(const Document& document, Lang lang);

// Display width of UTF-8 text, counting each code point as one column.
std::size_t display_width(const std::string& text);

}  // namespace ipskit::doc
