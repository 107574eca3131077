#include "readers/xlsx/sheet_handler.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>

#include <fmt/format.h>

#include "domain/date.hpp"
#include "readers/xlsx/workbook.hpp"
#include "readers/xlsx/xstring.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

namespace {

// A row may hold this many bytes of text; far beyond an extract's widest.
constexpr std::size_t kMaxRowBytes = 64u << 20;

CellType cell_type(std::string_view t) {
    if (t == "s") return CellType::shared;
    if (t == "inlineStr") return CellType::inline_string;
    if (t == "str") return CellType::formula_string;
    if (t == "b") return CellType::boolean;
    if (t == "e") return CellType::error;
    if (t == "d") return CellType::iso_date;
    return CellType::number;
}

template <typename Number>
bool parse_number(std::string_view text, Number& value) {
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size();
}

// "2020-03-01" or "2020-03-01T12:00:00" (t="d" cells): days since 1970.
std::optional<double> iso_days(std::string_view text) {
    int year = 0, month = 0, day = 0;
    if (text.size() < 10 || text[4] != '-' || text[7] != '-' || !parse_number(text.substr(0, 4), year) ||
        !parse_number(text.substr(5, 2), month) || !parse_number(text.substr(8, 2), day) ||
        !is_valid(year, month, day))
        return std::nullopt;
    double days = days_from_civil(year, month, day);
    int hour = 0, minute = 0;
    if (text.size() >= 16 && text[10] == 'T' && parse_number(text.substr(11, 2), hour) &&
        parse_number(text.substr(14, 2), minute))
        days += (hour * 60 + minute) / 1440.0;
    return days;
}

}  // namespace

bool SheetHandler::take_row(Row& row) {
    if (!ready_) return false;
    ready_ = false;
    std::swap(row, row_);
    return true;
}

void SheetHandler::start(XmlParser& parser, std::string_view name, XmlAttributes a) {
    if (++depth_ <= 2) open_.emplace_back(parser.raw_name());
    if (name == "c") {
        start_cell(parser, a);
    } else if (name == "v") {
        capture_ = true;
    } else if (name == "is") {
        in_inline_ = true;
    } else if (name == "rPh") {
        ++phonetic_;
    } else if (name == "t") {
        capture_ = in_inline_ && phonetic_ == 0;
    } else if (name == "row") {
        start_row(a);
    } else if (name == "f") {
        formula_ = true;
    }
}

void SheetHandler::end(XmlParser& parser, std::string_view name) {
    if (depth_-- <= 2 && !open_.empty()) open_.pop_back();
    if (name == "v" || name == "t") {
        capture_ = false;
    } else if (name == "c") {
        end_cell(parser);
    } else if (name == "is") {
        in_inline_ = false;
    } else if (name == "rPh") {
        --phonetic_;
    } else if (name == "row") {
        end_row(parser);
    }
}

void SheetHandler::text(std::string_view piece) {
    if (!capture_) return;
    value_.append(piece);
    if (value_.size() > book_.limits_.max_cell_bytes && !failed_) {
        failed_ = true;
        fail_at(*parser_,
                util::tr("the cell's text is longer than 1 MB", "cellens tekst er længere end 1 MB"),
                util::tr("check the cell; an extract's cells are short",
                         "tjek cellen; et udtræks celler er korte"));
    }
}

void SheetHandler::start_row(XmlAttributes a) {
    int number = 0;
    const bool numbered = parse_number(a.get("r"), number) && number > 0;
    unnumbered_row_ = unnumbered_row_ || !numbered;
    row_.number = numbered ? number : last_row_ + 1;
    last_row_ = row_.number;
    row_.cells.clear();
    row_bytes_ = 0;
    column_ = 0;
}

void SheetHandler::end_row(XmlParser& parser) {
    if (row_.cells.empty()) return;
    if (gathered_ != nullptr) {
        const std::size_t width = row_.cells.size();
        gathered_->push_back(std::move(row_));
        row_.cells.clear();  // a moved-from vector is valid but unspecified
        // The next row is most likely as wide: one allocation, not one for
        // each doubling as its cells come.
        row_.cells.reserve(width);
        return;
    }
    ready_ = true;
    parser.pause();
}

void SheetHandler::start_cell(XmlParser& parser, XmlAttributes a) {
    // One pass over the attributes, by their one-letter names: this runs
    // for every cell, and three look-ups cost a tenth of the reading.
    std::string_view reference, type, style_number;
    for (const char** at = a.pairs; *at != nullptr; at += 2) {
        const char* name = at[0];
        if (name[0] == '\0' || name[1] != '\0') continue;
        if (name[0] == 'r') reference = at[1];
        if (name[0] == 't') type = at[1];
        if (name[0] == 's') style_number = at[1];
    }
    const auto at = reference.empty() ? std::nullopt : parse_reference(reference);
    if (!reference.empty() && !at)
        fail_at(parser,
                fmt::format(fmt::runtime(util::tr("the cell reference \"{}\" is not a cell",
                                                  "cellereferencen \"{}\" er ikke en celle")),
                            reference.substr(0, 20)),
                util::tr("save the workbook again from Excel or LibreOffice",
                         "gem projektmappen igen fra Excel eller LibreOffice"));
    column_ = at ? at->column : column_ + 1;
    type_ = cell_type(type);
    std::size_t style = 0;
    date_style_ =
        parse_number(style_number, style) && style < book_.date_styles_.size() && book_.date_styles_[style];
    value_.clear();
    capture_ = false;
    formula_ = false;
}

void SheetHandler::end_cell(XmlParser& parser) {
    capture_ = false;
    Cell cell;
    if (!fill(parser, cell) || cell.kind == CellKind::empty) return;
    row_bytes_ += cell.text.size();
    if (row_bytes_ > kMaxRowBytes) {
        fail_at(parser,
                util::tr("the row holds more than 64 MB of text", "rækken rummer mere end 64 MB tekst"),
                util::tr("check the row; an extract's rows are short",
                         "tjek rækken; et udtræks rækker er korte"));
        return;
    }
    const auto index = static_cast<std::size_t>(column_ - 1);
    if (row_.cells.size() <= index) row_.cells.resize(index + 1);
    row_.cells[index] = std::move(cell);
}

// Turns the value read into a cell; false after an error.
bool SheetHandler::fill(XmlParser& parser, Cell& cell) {
    switch (type_) {
        case CellType::shared:
            return shared_string(parser, cell);
        case CellType::inline_string:
        case CellType::formula_string:
            cell.kind = CellKind::text;
            cell.text = value_;
            decode_xstring(cell.text);
            return true;
        case CellType::boolean:
            if (value_.empty()) return true;
            cell.kind = CellKind::boolean;
            cell.number = value_ == "1" || value_ == "true" ? 1 : 0;
            return true;
        case CellType::error:
            cell.kind = CellKind::error;
            cell.text = value_;
            return true;
        case CellType::iso_date:
            if (const auto days = iso_days(value_)) {
                cell.kind = CellKind::date;
                cell.number = *days;
            } else if (!value_.empty()) {
                cell.kind = CellKind::text;
                cell.text = value_;
            }
            return true;
        case CellType::number:
            return number(parser, cell);
    }
    return true;
}

bool SheetHandler::shared_string(XmlParser& parser, Cell& cell) {
    std::size_t index = 0;
    const auto& strings = book_.shared_strings_;
    if (!parse_number(value_, index) || index >= strings.size()) {
        fail_at(
            parser,
            fmt::format(fmt::runtime(util::tr("the cell refers to shared string {}, but the workbook has {}",
                                              "cellen henviser til delt tekst nr. {}, men projektmappen "
                                              "har {}")),
                        value_.substr(0, 20), strings.size()),
            util::tr("the workbook is damaged; save it again from Excel or LibreOffice",
                     "projektmappen er beskadiget; gem den igen fra Excel eller LibreOffice"));
        return false;
    }
    cell.kind = CellKind::text;
    cell.text = strings.at(index);
    return true;
}

bool SheetHandler::number(XmlParser& parser, Cell& cell) {
    if (value_.empty() && formula_) {
        // A program that writes formulas without computing them (a script's
        // library) leaves the value out; read as empty, a course's end date
        // would vanish and the course count as active.
        fail_at(parser,
                util::tr(
                    "the cell's formula has no value: the program that saved the workbook did not compute it",
                    "cellens formel har ingen værdi: programmet, der gemte projektmappen, har ikke beregnet "
                    "den"),
                util::tr(
                    "open the workbook in Excel or LibreOffice and save it, so that the formulas' values are "
                    "stored",
                    "åbn projektmappen i Excel eller LibreOffice, og gem den, så formlernes værdier gemmes"));
        return false;
    }
    if (value_.empty()) return true;  // a formatted cell without a value
    double value = 0;
    if (!parse_number(value_, value) || !std::isfinite(value)) {
        fail_at(parser,
                fmt::format(fmt::runtime(util::tr("the cell's number \"{}\" is not a number",
                                                  "cellens tal \"{}\" er ikke et tal")),
                            value_.substr(0, 20)),
                util::tr("save the workbook again from Excel or LibreOffice",
                         "gem projektmappen igen fra Excel eller LibreOffice"));
        return false;
    }
    cell.kind = CellKind::number;
    cell.number = value;
    if (!date_style_) return true;
    if (const auto days = days_from_serial(value, book_.date1904())) {
        cell.kind = CellKind::date;
        cell.number = *days;
    } else if (!book_.date1904() && value >= 60 && value < 61) {
        cell.kind = CellKind::error;
        cell.text = "1900-02-29";
    }
    return true;
}

void SheetHandler::fail_at(XmlParser& parser, std::string what, std::string fix) {
    parser.fail(std::make_exception_ptr(
        util::Error(cell_location(book_.name(), sheet_, std::max(column_, 1), std::max(row_.number, 1)),
                    std::move(what), std::move(fix))));
}

}  // namespace ipskit::readers::xlsx
