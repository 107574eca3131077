#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/document.hpp"

namespace ipskit::doc {

// A Markdown report: numbers right-aligned, '|' and line breaks in cells escaped.
std::string render_markdown(const Document& document, Lang lang);

}  // namespace ipskit::doc
