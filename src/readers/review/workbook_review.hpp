#pragma once
// Reads a questionnaire workbook, as 'ipskit template --xlsx' writes it and
// a reviewer fills it in Excel or LibreOffice, into the same review a YAML
// questionnaire gives. Only the hidden keys are read (column A: a header key
// or an item id; column B: an element id; the row of column keys above the
// labels), never the labels, so the language the workbook was written in
// does not matter. Problems are placed FILE:SHEET!CELL.

#include <string>

#include "readers/review/reader.hpp"

namespace ipskit::readers::review {

LoadedReview read_workbook_review(const std::string& path, const ReviewDefaults& defaults,
                                  const ScaleLoader& load_scale);

}  // namespace ipskit::readers::review
