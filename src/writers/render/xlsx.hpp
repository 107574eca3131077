#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// Writes the document as an .xlsx workbook at `path`: a first sheet with the
// title, facts and text, then one sheet per table with real number formats
// (percent, decimals), a bold frozen header and fitted columns. The file's
// properties carry a fixed date, so the same document gives the same bytes.
// Throws ipskit::util::Error when the file cannot be written.
void write_xlsx(const doc::Document& document, Lang lang, const std::string& path);

}  // namespace ipskit::writers::render
