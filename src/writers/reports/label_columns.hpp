#pragma once
// Table columns from label constants: each column's id, stable for pipelines,
// beside its Text, so the id never depends on the language.

#include <initializer_list>
#include <utility>

#include "domain/text.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::reports {

inline doc::Column column(const char* id, const Text& text, Lang lang) {
    return {id, text.in(lang)};
}

inline void add_columns(doc::Table& t, std::initializer_list<std::pair<const char*, const Text*>> columns,
                        Lang lang) {
    for (const auto& [id, text] : columns) t.columns.push_back(column(id, *text, lang));
}

}  // namespace ipskit::writers::reports
