#pragma once

#include <string>

#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// The version of the JSON layout, written in every output as schema_version;
// docs/schema/README.md says when it changes.
inline constexpr int kJsonSchemaVersion = 2;

// The document as JSON for pipelines, as docs/schema/ describes it: figures
// are unrounded, shares are fractions between 0 and 1, keys and ids are the
// same in every language and only titles, notes and *_label texts follow --lang.
std::string render_json(const doc::Document& document, const std::string& ipskit_version);

}  // namespace ipskit::writers::render
