#pragma once
// An empty reviewer questionnaire for a scale, in the format of formats.md:
// YAML with every item present and its name, anchors, data sources, bands
// and elements as comments; or a CSV ratings sheet item,score,note,name
// under a title row, in a CSV dialect of writers/doc/csv_dialect.hpp.

#include <string>

#include "domain/review.hpp"
#include "domain/scale.hpp"
#include "domain/text.hpp"
#include "writers/doc/csv_dialect.hpp"

namespace ipskit::writers::questionnaire {

struct QuestionnaireHeader {
    std::string site;
    std::string reviewer;
    std::string review_date;
};

std::string questionnaire_yaml(const Scale& scale, const QuestionnaireHeader& header, Lang lang);
// The same questionnaire filled in from `review`: its header (reviewers,
// cluster and the consensus mark too) and each item's rating where it has
// one, every text quoted so that it reads back as written. A rating scored
// below the scale's score_min carries only its note (ReviewDefaults::allow_unfinished).
std::string review_yaml(const Scale& scale, const Review& review, Lang lang);
std::string questionnaire_csv(const Scale& scale, const QuestionnaireHeader& header, Lang lang,
                              doc::CsvDialect dialect);

}  // namespace ipskit::writers::questionnaire
