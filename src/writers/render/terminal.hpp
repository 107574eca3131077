#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// Plain text for a terminal: facts as "label: value", tables with aligned columns.
std::string render_terminal(const doc::Document& document, Lang lang);

// Display width of UTF-8 text, counting each code point as one column.
std::size_t display_width(const std::string& text);

}  // namespace ipskit::writers::render
