#pragma once
// A consensus draft as a reviewer questionnaire (formats.md YAML): agreed
// items filled in, with the figures and elements every reviewer gave alike;
// open items left empty with every reviewer's score, figure, elements and
// note as comments, so the reviewers fill it in and score it like any review.

#include <string>

#include "domain/consensus.hpp"
#include "domain/text.hpp"

namespace ipskit::writers::questionnaire {

std::string consensus_yaml(const ConsensusDraft& draft, Lang lang);

}  // namespace ipskit::writers::questionnaire
