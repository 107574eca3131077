#pragma once

#include <string>

#include "writers/document.hpp"

namespace ipskit::doc {

// The document as JSON for pipelines. The schema is stable and documented in
// ipskit(1): figures are unrounded, shares are fractions between 0 and 1.
std::string render_json(const Document& document, const std::string& ipskit_version);

}  // namespace ipskit::doc
