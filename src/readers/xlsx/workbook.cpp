#include "readers/xlsx/workbook.hpp"

#include <charconv>

#include <fmt/format.h>

#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

Workbook::Workbook(const std::string& path, WorkbookLimits limits)
    : zip_(path, path, limits.zip), limits_(limits), info_(read_workbook_info(zip_)) {
    if (!info_.styles.empty() && zip_.has(info_.styles)) date_styles_ = read_date_styles(zip_, info_.styles);
    if (!info_.shared_strings.empty() && zip_.has(info_.shared_strings))
        shared_strings_ = read_shared_strings(zip_, info_.shared_strings, limits_.shared_strings,
                                              limits_.parallel_from_bytes, limits_.piece_bytes);
}

std::vector<std::string> Workbook::sheet_names() const {
    std::vector<std::string> names;
    for (const auto& sheet : info_.sheets) names.push_back(sheet.name);
    return names;
}

std::size_t Workbook::find_sheet(std::string_view choice) const {
    for (std::size_t i = 0; i < info_.sheets.size(); ++i)
        if (info_.sheets[i].name == choice) return i;
    std::size_t number = 0;
    const auto [end, error] = std::from_chars(choice.data(), choice.data() + choice.size(), number);
    if (error == std::errc{} && end == choice.data() + choice.size() && number >= 1 &&
        number <= info_.sheets.size())
        return number - 1;
    std::vector<std::string> quoted;
    for (const auto& sheet : info_.sheets) quoted.push_back(fmt::format("\"{}\"", sheet.name));
    throw util::Error(
        util::Location{name()},
        fmt::format(
            fmt::runtime(util::tr("the workbook has no sheet \"{}\"", "projektmappen har intet ark \"{}\"")),
            choice),
        fmt::format(fmt::runtime(util::tr("give --sheet one of {}, or its number from 1 to {}",
                                          "giv --sheet et af arkene {} eller dets nummer fra 1 til {}")),
                    fmt::join(quoted, ", "), info_.sheets.size()));
}

util::Location cell_location(const std::string& file, const std::string& sheet, int column, int row) {
    return util::Location{fmt::format("{}:{}!{}", file, sheet, cell_reference(column, row))};
}

}  // namespace ipskit::readers::xlsx
