#pragma once
// Reads and fully checks a scale definition (scales/*.yaml), so that a site can
// add a scale or correct a threshold in the file without touching code.

#include <string>

#include "domain/scale.hpp"

namespace ipskit::readers::review {

// Throws one ipskit::util::Error listing every problem found, each with
// FILE:LINE:COLUMN, when the file is not a complete, consistent scale.
Scale read_scale(const std::string& path);

}  // namespace ipskit::readers::review
