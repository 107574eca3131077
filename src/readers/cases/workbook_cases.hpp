#pragma once
// Reading a case extract from a sheet of a workbook (.xlsx): each row becomes
// the record a CSV line would be, one text per column from A, so that the
// same column lookup and row checks read it and a report is the same, byte
// for byte, as for the sheet saved as CSV. Places are FILE:SHEET!CELL.

#include <string>

#include "readers/cases/reader.hpp"

namespace ipskit::readers::cases {

// Whether the file at `path` is a workbook by its first bytes: a zip file,
// or the OLE file of an encrypted workbook or an .xls, which the workbook
// reader refuses in its own words.
bool is_workbook_file(const std::string& path);

// Reads the extract from options.sheet of the workbook at `path` in one pass,
// as read_cases reads a CSV file.
CasesReadSummary read_workbook_cases(const std::string& path, const CasesReadOptions& options,
                                     const CaseSink& sink, const WarningSink& warn);

}  // namespace ipskit::readers::cases
