#include "readers/records/record_file.hpp"

#include "readers/csv/field_parsers.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::records {

RecordFile::RecordFile(const std::string& path, const csv::CsvOptions& options,
                       std::vector<csv::ColumnSpec> specs)
    : reader_(path, options), columns_(std::move(specs), reader_.header(), reader_.header_location()) {}

bool RecordFile::next() {
    row_start_ = errors_.count();
    while (errors_.room() > 0) {
        try {
            if (!reader_.next(record_)) return false;
            row_start_ = errors_.count();
            return true;
        } catch (const util::Error& e) {
            // A row with too many fields leaves the reader after it; any
            // other problem ends the file, and next() then says so.
            errors_.add_all(e);
            row_start_ = errors_.count();
        }
    }
    return false;
}

std::string_view RecordFile::text(std::size_t spec) const {
    const auto index = columns_.index(spec);
    if (!index || *index >= record_.fields.size()) return {};
    return csv::trim(record_.fields[*index]);
}

util::Location RecordFile::where(std::size_t spec) const {
    const auto index = columns_.index(spec);
    return index ? reader_.location(record_, *index) : util::Location{reader_.name(), record_.line, 0};
}

// The column as the file's header names it, as the user sees it.
std::string RecordFile::header_of(std::size_t spec) const {
    const auto index = columns_.index(spec);
    return index && *index < reader_.header().size() ? reader_.header()[*index]
                                                     : columns_.specs()[spec].canonical;
}

std::optional<outcomes::DayNumber> RecordFile::date(std::size_t spec) {
    const auto parsed = csv::parse_date(text(spec));
    if (parsed.problem) {
        errors_.add(csv::to_diagnostic(*parsed.problem, where(spec), header_of(spec)));
        return std::nullopt;
    }
    if (!parsed.value) return std::nullopt;
    return parsed.value->days_since_epoch();
}

std::optional<bool> RecordFile::yes_no(std::size_t spec) {
    const auto parsed = csv::parse_yes_no(text(spec));
    if (parsed.problem) {
        errors_.add(csv::to_diagnostic(*parsed.problem, where(spec), header_of(spec)));
        return std::nullopt;
    }
    return parsed.value;
}

std::optional<double> RecordFile::number(std::size_t spec) {
    const auto parsed = csv::parse_number(text(spec));
    if (parsed.problem) {
        errors_.add(csv::to_diagnostic(*parsed.problem, where(spec), header_of(spec)));
        return std::nullopt;
    }
    return parsed.value;
}

void RecordFile::require(std::size_t spec, std::string_view en_fix, std::string_view da_fix) {
    if (!text(spec).empty()) return;
    const std::string column = header_of(spec);
    errors_.add({where(spec), util::tr(column + " is empty", column + " er tom"), util::tr(en_fix, da_fix)});
}

void RecordFile::finish() const {
    errors_.throw_if_any();
}

}  // namespace ipskit::readers::records
