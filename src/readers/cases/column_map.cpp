#include "readers/cases/column_map.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include <fmt/format.h>

#include "readers/text/encoding.hpp"
#include "readers/yaml/tree.hpp"
#include "util/input_files.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases {

namespace {

util::Location location_of(const std::string& name, const yaml::Mark& mark) {
    return util::Location{name, mark.line + 1, mark.column + 1};
}

// Notepad on older Windows saves Windows-1252; say so rather than leave it
// to the YAML parser's terse complaint.
void check_utf8(const std::string& text, const std::string& name) {
    const std::size_t bad = text::find_invalid_utf8(text);
    if (bad == std::string::npos) return;
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
    throw util::Error(util::Location{name, static_cast<int>(line)},
                      fmt::format(fmt::runtime(util::tr("not valid UTF-8 (byte 0x{:02X})",
                                                        "ugyldig UTF-8 (byte 0x{:02X})")),
                                  static_cast<unsigned char>(text[bad])),
                      util::tr("save the column map as UTF-8", "gem kolonnefilen som UTF-8"));
}

yaml::Node load_yaml(const std::string& text, const std::string& name) {
    check_utf8(text, name);
    return yaml::parse(text, name);
}

// Reads one `canonical: "Header"` line, or adds why it cannot.
void read_mapping(const yaml::Node& key, const yaml::Node& value, const std::string& name,
                  const std::vector<std::string>& known, std::vector<csv::ColumnMapping>& mappings,
                  util::ErrorCollector& errors) {
    const std::string canonical = key.IsScalar() ? csv::normalize_header(key.Scalar()) : std::string();
    if (std::find(known.begin(), known.end(), canonical) == known.end()) {
        errors.add(util::Diagnostic{
            location_of(name, key.Mark()),
            fmt::format(fmt::runtime(util::tr("unknown column \"{}\" in the column map",
                                              "ukendt kolonne \"{}\" i kolonnefilen")),
                        key.IsScalar() ? key.Scalar() : std::string("?")),
            fmt::format(fmt::runtime(util::tr("the known columns are {}", "de kendte kolonner er {}")),
                        fmt::join(known, ", "))});
        return;
    }
    if (!value.IsScalar() || value.Scalar().empty()) {
        errors.add(util::Diagnostic{
            location_of(name, value.IsNull() ? key.Mark() : value.Mark()),
            fmt::format(fmt::runtime(util::tr("the header for {} must be a name",
                                              "overskriften for {} skal være et navn")),
                        canonical),
            fmt::format(fmt::runtime(util::tr("write it as {}: \"Header in the extract\"",
                                              "skriv den som {}: \"Overskrift i udtrækket\"")),
                        canonical)});
        return;
    }
    const auto earlier = std::find_if(mappings.begin(), mappings.end(),
                                      [&](const csv::ColumnMapping& m) { return m.canonical == canonical; });
    if (earlier != mappings.end()) {
        errors.add(
            util::Diagnostic{location_of(name, key.Mark()),
                             fmt::format(fmt::runtime(util::tr("{} is mapped twice (also on line {})",
                                                               "{} er koblet to gange (også på linje {})")),
                                         canonical, earlier->where.line),
                             util::tr("keep one of the two lines", "behold en af de to linjer")});
        return;
    }
    mappings.push_back(csv::ColumnMapping{canonical, value.Scalar(), location_of(name, value.Mark())});
}

}  // namespace

std::vector<csv::ColumnMapping> parse_column_map(const std::string& text, const std::string& name,
                                                 const std::vector<std::string>& known_columns) {
    const yaml::Node root = load_yaml(text, name);
    if (root.IsNull()) return {};  // an empty map maps nothing
    if (!root.IsMap())
        throw util::Error(location_of(name, root.Mark()),
                          util::tr("a column map must be a list of \"name: header\" lines",
                                   "en kolonnefil skal være en liste af linjer \"navn: overskrift\""),
                          util::tr("write one line per column, e.g. start_date: \"Startdato\"",
                                   "skriv én linje pr. kolonne, fx start_date: \"Startdato\""));
    std::vector<std::string> known;
    for (const auto& column : known_columns) known.push_back(csv::normalize_header(column));
    std::vector<csv::ColumnMapping> mappings;
    util::ErrorCollector errors;
    for (const auto& entry : root) read_mapping(entry.first, entry.second, name, known, mappings, errors);
    errors.throw_if_any();
    return mappings;
}

std::vector<csv::ColumnMapping> read_column_map(const std::string& path,
                                                const std::vector<std::string>& known_columns) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw util::Error(
            util::Location{path},
            fmt::format(
                fmt::runtime(util::tr("cannot open the column map ({})", "kan ikke åbne kolonnefilen ({})")),
                util::system_reason(errno)),
            util::tr("check the path given to --columns", "tjek stien, der er givet til --columns"));
    // A column map is a dozen lines; a pipe or a huge file must not fill memory.
    constexpr std::size_t kMaxBytes = 1u << 20;
    const std::string text = text::read_at_most(in, kMaxBytes + 1);
    if (text.size() > kMaxBytes)
        throw util::Error(
            util::Location{path},
            fmt::format(fmt::runtime(util::tr("the column map is over the limit of {} bytes",
                                              "kolonnefilen er over grænsen på {} byte")),
                        kMaxBytes),
            util::tr("a column map is one line per column; check the path given to --columns",
                     "en kolonnefil har én linje pr. kolonne; tjek stien, der er givet til --columns"));
    util::note_input(path);
    return parse_column_map(text, path, known_columns);
}

}  // namespace ipskit::readers::cases
