#pragma once
// Reading a user's column map (--columns map.yaml): one line per column,
// `canonical_name: "Header in the extract"`, so that any extract can be read
// without editing it. One map may serve several input files.

#include <string>
#include <vector>

#include "readers/csv/header_names.hpp"

namespace ipskit::readers::cases {

// Reads the map at `path`. `known_columns` are the canonical names of every
// input the map may serve; any other name in the map is an error. Throws one
// ipskit::util::Error listing every problem, each at its file:line:column.
std::vector<csv::ColumnMapping> read_column_map(const std::string& path,
                                                const std::vector<std::string>& known_columns);

// The same for YAML text in memory; `name` stands for the file in messages.
std::vector<csv::ColumnMapping> parse_column_map(const std::string& text, const std::string& name,
                                                 const std::vector<std::string>& known_columns);

}  // namespace ipskit::readers::cases
