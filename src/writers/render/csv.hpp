#pragma once

#include <string>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// Every table of the document as CSV, one after another with a blank line and
// the table's title between them. English reports use ',' and '.'; Danish
// reports use ';' and ',' so the file opens as columns in Danish Excel.
// Text that a spreadsheet would run as a formula is written with a leading '.
std::string render_csv(const doc::Document& document, Lang lang);

}  // namespace ipskit::writers::render
