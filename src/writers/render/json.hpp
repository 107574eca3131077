#pragma once

#include <string>

#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// The document as JSON for pipelines. The schema is stable and documented in
// ipskit(1): figures are unrounded, shares are fractions between 0 and 1.
std::string render_json(const doc::Document& document, const std::string& ipskit_version);

}  // namespace ipskit::writers::render
