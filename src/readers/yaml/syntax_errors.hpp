#pragma once
// libyaml's syntax errors, said the way a person fixing a questionnaire in a
// text editor would look for them, at the file's line and column.

#include <string>
#include <string_view>

#include <yaml.h>

#include "readers/yaml/tree.hpp"
#include "util/error.hpp"

namespace ipskit::readers::yaml {

// An error at `at` (0-based, as libyaml counts) in `file`.
util::Error syntax_error(const std::string& file, Mark at, const std::string& what, const std::string& fix);

// The error for the problem libyaml's `parser` stopped at in `text`.
util::Error parser_error(const yaml_parser_t& parser, std::string_view text, const std::string& file);

}  // namespace ipskit::readers::yaml
