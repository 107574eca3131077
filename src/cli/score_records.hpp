#pragma once
// What `ipskit score REVIEW --cases ...` adds to the scoring of one review:
// the items the site's records can score, beside the reviewer's ratings, and
// with --fill-derived the records' score for an item the reviewer left open.

#include <optional>
#include <vector>

#include <CLI/CLI.hpp>

#include "cli/derived_inputs.hpp"
#include "domain/derived/derive.hpp"
#include "readers/review/reader.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::cli {

struct RecordsOptions {
    DerivedInputs inputs;
    bool fill_derived = false;
};

void add_records_options(CLI::App& command, RecordsOptions& options);

// Usage errors: records without --cases, --fill-derived without them, and
// records with several questionnaires (each reviewer's is scored alone).
void check_records_options(const RecordsOptions& options, std::size_t reviews);

struct RecordsEvidence {
    std::optional<derived::DerivedResult> result;  // empty without --cases
    std::vector<int> filled;                       // items filled from the records
};

// Derives the items of the review's scale from the records and, with
// --fill-derived, fills the review's open items; an open item the records
// cannot score is an error at its line, all of them at once.
RecordsEvidence apply_records(const RecordsOptions& options, const readers::csv::CsvOptions& csv,
                              readers::review::LoadedReview& loaded);

// Adds the evidence table to the score report, when there are records.
void add_records_evidence(writers::doc::Document& document, const RecordsEvidence& evidence,
                          const Scale& scale, const Review& review, Lang lang);

}  // namespace ipskit::cli
