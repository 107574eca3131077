#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/document.hpp"

namespace ipskit::doc {

// A Markdown report: numbers right-aligned; every text escaped so that what
// an input held shows as written (writers/markdown_text.hpp).
std::string render_markdown(const Document& document, Lang lang);

}  // namespace ipskit::doc
