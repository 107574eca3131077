#pragma once

#include <string>

#include "writers/doc/csv_dialect.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// Every table of the document as CSV in `dialect` (docs/formats.md, "CSV
// that ipskit writes"): each table opens with a title row naming the
// document and the table (the document's title holds its period or review
// date), then its header and rows; a blank line separates tables. Text that
// a spreadsheet would run as a formula is written with a leading '.
std::string render_csv(const doc::Document& document, doc::CsvDialect dialect);

}  // namespace ipskit::writers::render
