#include "readers/cases/extract_places.hpp"

#include <fmt/format.h>

#include "readers/xlsx/workbook.hpp"

namespace ipskit::readers::cases {

util::Location ExtractPlaces::field(int at_line, std::size_t index) const {
    if (workbook()) return xlsx::cell_location(name, sheet, static_cast<int>(index) + 1, at_line);
    return util::Location{name, at_line, static_cast<int>(index + 1)};
}

util::Location ExtractPlaces::line(int at_line) const {
    if (workbook()) return xlsx::cell_location(name, sheet, 1, at_line);
    return util::Location{name, at_line, 0};
}

std::string ExtractPlaces::text(const util::Location& where) {
    std::string text = where.file;
    if (where.line > 0) text += fmt::format(":{}", where.line);
    if (where.line > 0 && where.column > 0) text += fmt::format(":{}", where.column);
    return text;
}

}  // namespace ipskit::readers::cases
