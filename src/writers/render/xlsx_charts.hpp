#pragma once
// The workbook's own charts over a table's cells (doc::SheetChart): Excel
// draws them from the sheet, so they follow the figures as they stand there.
// Layout only; every figure is the table's own.

#include <cstddef>
#include <string>

#include <xlsxwriter.h>

#include "writers/doc/cell_format.hpp"
#include "writers/doc/document.hpp"

namespace ipskit::writers::render {

// Where a table landed on its sheet: its header row and its data rows.
struct Placement {
    lxw_row_t header = 0;
    lxw_row_t first = 0;  // first data row
    std::size_t rows = 0;
};

// The sheet a chart goes on and reads from.
struct ChartSheet {
    lxw_workbook* book;
    lxw_worksheet* ws;
    const std::string& name;
    const doc::NumberStyle& style;
};

// Inserts the chart `spec` over table `t`, placed at `at`, with its top left
// corner at (row, col); false when there is nothing to draw.
bool add_chart(const ChartSheet& sheet, const doc::Table& t, const Placement& at, const doc::SheetChart& spec,
               lxw_row_t row, lxw_col_t col);

}  // namespace ipskit::writers::render
