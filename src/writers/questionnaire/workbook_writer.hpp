#pragma once
// The reviewer questionnaire as an .xlsx workbook, for reviewers who work in
// Excel or LibreOffice rather than a text editor: one sheet with a header
// block (scale, site, date, reviewers) and one row per item, each with its
// guide beside it and drop-downs for the answers. Only the answer cells are
// unlocked; the sheet is protected without a password, so nothing is
// changed by accident. The hidden keys in columns A and B and in the row
// above the column labels are what the reader reads back (formats.md).

#include <string>

#include "domain/review.hpp"
#include "domain/scale.hpp"
#include "domain/text.hpp"

namespace ipskit::writers::questionnaire {

// Writes the questionnaire for `scale` to `path`, its header from `review`
// and each item's answers from the review's rating of it, where there is one
// (an empty review gives a blank template; a rating scored below the
// scale's score_min carries only its note). Throws ipskit::util::Error when the file cannot be written.
void write_questionnaire_xlsx(const Scale& scale, const Review& review, Lang lang, const std::string& path);

}  // namespace ipskit::writers::questionnaire
