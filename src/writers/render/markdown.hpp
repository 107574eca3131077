#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// A Markdown report: numbers right-aligned; every text escaped so that what
// an input held shows as written (writers/markdown_text.hpp).
std::string render_markdown(const doc::Document& document, Lang lang);

}  // namespace ipskit::writers::render
