#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// The whole document as one self-contained HTML5 page: the style sheet and
// every chart inline, nothing fetched from elsewhere, so the file can be
// mailed or archived as it is. Printed, it gives A4 pages: each top-level
// section starts a page, a table's header repeats on every page it spans,
// and no table row or chart is split.
std::string render_html(const doc::Document& document, Lang lang);

}  // namespace ipskit::writers::render
