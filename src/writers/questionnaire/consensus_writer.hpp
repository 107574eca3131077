#pragma once
// A consensus draft as a reviewer questionnaire (formats.md YAML): agreed
// items filled in, open items left empty with every reviewer's score and note
// as comments, so the reviewers fill it in and score it like any review.

#include <string>

#include "domain/consensus.hpp"
#include "domain/text.hpp"

namespace ipskit::writers::questionnaire {

std::string consensus_yaml(const ConsensusDraft& draft, Lang lang);

// `text` as a double-quoted YAML scalar.
std::string yaml_quoted(const std::string& text);

}  // namespace ipskit::writers::questionnaire
