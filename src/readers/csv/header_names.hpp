#pragma once
// Matching the header of an extract to the columns ipskit knows. Extracts
// come from many municipal systems, so a column is found by its canonical
// name or any alias, compared loosely (see normalize_header), and a user's
// column map can name the header outright.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/error.hpp"

namespace ipskit::readers::csv {

// The form in which header names are compared: surrounding space trimmed,
// lower case (ASCII and Latin-1 letters such as Æ Ø Å É), runs of space, '-'
// and '_' turned into one '_', and æ ø å spelled ae oe aa. So
// "Første arbejdsgiverkontakt" and "foerste_arbejdsgiverkontakt" are equal.
std::string normalize_header(std::string_view name);

// A column ipskit reads, e.g. {"start_date", {"startdato"}, true}.
struct ColumnSpec {
    std::string canonical;
    std::vector<std::string> aliases;
    bool required = false;
};

// One line of a user's column map: the canonical column, the header that
// holds it in the extract, and where the line is (for messages).
struct ColumnMapping {
    std::string canonical;
    std::string header;
    util::Location where;
};

// A header that no column took but that is a typo or two away from an
// accepted name of a column the extract lacks: "Start dato" for startdato.
struct NearMiss {
    std::string header;      // as written in the extract
    std::size_t column = 0;  // 0-based
    std::size_t spec = 0;    // the spec it is near
    std::string accepted;    // the accepted name it is nearest
};

class ColumnResolver {
public:
    // Finds each spec's column in `header`: a mapping for it wins; otherwise
    // the header whose name matches the canonical name or an alias. Columns
    // no spec names are ignored. Throws one ipskit::util::Error listing every
    // problem: a required column missing, two headers for one column, a
    // mapped header that is not there. `at` is the header line's location.
    ColumnResolver(std::vector<ColumnSpec> specs, const std::vector<std::string>& header,
                   const util::Location& at, const std::vector<ColumnMapping>& mappings = {});

    // The 0-based header index of specs[spec], or nullopt if absent.
    std::optional<std::size_t> index(std::size_t spec) const { return indexes_.at(spec); }
    // The same, by canonical name (which must be one of the specs').
    std::optional<std::size_t> find(std::string_view canonical) const;
    const std::vector<ColumnSpec>& specs() const { return specs_; }
    // The optional specs the header lacks, in spec order.
    std::vector<std::size_t> missing() const;
    // Headers that look like a missing spec's name, in header order.
    const std::vector<NearMiss>& near_misses() const { return near_misses_; }

private:
    std::vector<ColumnSpec> specs_;
    std::vector<std::optional<std::size_t>> indexes_;
    std::vector<NearMiss> near_misses_;
};

// Near misses of `header` for the specs not in `found` (nullopt = missing).
std::vector<NearMiss> find_near_misses(const std::vector<ColumnSpec>& specs,
                                       const std::vector<std::optional<std::size_t>>& found,
                                       const std::vector<std::string>& header);

}  // namespace ipskit::readers::csv
