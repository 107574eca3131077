#pragma once
// The handler of a worksheet part's XML: it meets <row>, <c>, <v> and
// <is><t> and builds one Row at a time. Read in one stream it pauses the
// parser after each row with a value (SheetReader); fed a piece of the sheet
// (sheet_chunks.hpp) it gathers the piece's rows into a list instead, and
// notes what the pieces after it need to know: the elements still open
// where the piece ends, and whether a row had no number of its own.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/cell.hpp"
#include "readers/xlsx/xml_stream.hpp"

namespace ipskit::readers::xlsx {

class Workbook;

enum class CellType { number, shared, inline_string, formula_string, boolean, error, iso_date };

class SheetHandler : public XmlHandler {
public:
    SheetHandler(Workbook& book, std::string sheet) : book_(book), sheet_(std::move(sheet)) {}

    const std::string& sheet() const { return sheet_; }
    // Hands over the row completed last, if it has not been taken yet.
    bool take_row(Row& row);
    // Gathers every row with a value into `rows` instead of pausing.
    void gather_into(std::vector<Row>* rows) { gathered_ = rows; }

    // The elements open now, outermost first, as the document spells them
    // (the first two only: a sheet's rows sit at depth 3).
    const std::vector<std::string>& open_elements() const { return open_; }
    int depth() const { return depth_; }
    // Whether a row came without its r="N", so that its number depends on
    // the rows before it.
    bool had_unnumbered_row() const { return unnumbered_row_; }

    void start(XmlParser& parser, std::string_view name, XmlAttributes a) override;
    void end(XmlParser& parser, std::string_view name) override;
    void text(std::string_view piece) override;

    void set_parser(XmlParser& parser) { parser_ = &parser; }

private:
    void start_row(XmlAttributes a);
    void end_row(XmlParser& parser);
    void start_cell(XmlParser& parser, XmlAttributes a);
    void end_cell(XmlParser& parser);
    bool fill(XmlParser& parser, Cell& cell);
    bool shared_string(XmlParser& parser, Cell& cell);
    bool number(XmlParser& parser, Cell& cell);
    void fail_at(XmlParser& parser, std::string what, std::string fix);

    Workbook& book_;
    std::string sheet_;
    XmlParser* parser_ = nullptr;
    std::vector<Row>* gathered_ = nullptr;
    Row row_;
    bool ready_ = false;
    std::string value_;
    CellType type_ = CellType::number;
    bool date_style_ = false;
    bool formula_ = false;  // the cell has an <f>
    bool capture_ = false;
    bool in_inline_ = false;
    bool failed_ = false;
    bool unnumbered_row_ = false;
    int phonetic_ = 0;
    int column_ = 0;
    int last_row_ = 0;  // row_ is swapped out with each row handed over
    int depth_ = 0;
    std::vector<std::string> open_;
    std::size_t row_bytes_ = 0;
};

}  // namespace ipskit::readers::xlsx
