#pragma once
// How the workbook's sheets are laid out: which tables go on which sheet,
// and the tables of one sheet with the same columns joined into one.
// Layout only; every figure is the table's own.

#include <string>
#include <vector>

#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// The tables of one sheet, in the order the document gives them.
struct SheetPlan {
    std::string name;
    std::vector<doc::Table> tables;
    bool shared = true;  // named by a table's `sheet`, so later tables may join it
};

// The summary first, then one sheet for each `sheet` the tables name, and
// one for each table without one. A table without a title of its own (the
// heading above says it) is titled and named after that heading.
std::vector<SheetPlan> plan_sheets(const doc::Document& document, const std::string& summary);

}  // namespace ipskit::writers::render
