// libFuzzer target: any bytes as a case extract read by ipskit::readers::cases::read_cases,
// so that besides the CSV layer the header aliases, the --columns mapping
// and every row rule (dates, outcomes, yes/no, the CPR check, duplicate ids)
// see hostile input. An ipskit::util::Error is the expected answer to bad bytes;
// anything else (a crash, a sanitizer report, another exception) is a bug.
// Each input is also read in up to three parts, cut at line feeds,
// and must give exactly what the single pass gave: the same courses, the
// same counts, the same error text.
//
// Input: one options byte, then the extract. With bit 16 of the options, the
// bytes up to the first NUL are a --columns YAML map and the rest the extract.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz/temp_input.hpp"
#include "readers/cases/reader.hpp"

namespace {

ipskit::readers::cases::CasesReadOptions options_from(std::uint8_t mode) {
    ipskit::readers::cases::CasesReadOptions options;
    if (mode & 1) options.csv.encoding = ipskit::readers::text::Encoding::windows1252;
    if (mode & 2) options.csv.delimiter = (mode & 4) ? ';' : ',';
    options.keep_going = mode & 8;
    options.allow_identifiers = mode & 32;
    options.max_warnings = 3;
    options.csv.max_field_bytes = 4096;  // small limits reach the limit checks
    options.csv.chunk_bytes = 64;        // small blocks put boundaries inside records
    return options;
}

// What a read gave, to compare the single pass with the read in parts.
struct Outcome {
    std::string error;
    long rows = 0;
    long rows_with_errors = 0;
    long courses = 0;
    long long days = 0;  // a sum over the courses' dates, order-independent
    bool operator==(const Outcome&) const = default;
};

void count(Outcome& outcome, const ipskit::outcomes::Case& c) {
    ++outcome.courses;
    outcome.days +=
        c.start + c.end.value_or(0) + c.outcome_date.value_or(0) + static_cast<long long>(c.site.size());
}

Outcome read_whole(const std::string& path, const ipskit::readers::cases::CasesReadOptions& options) {
    Outcome outcome;
    try {
        const auto summary = ipskit::readers::cases::read_cases(
            path, options, [&](const ipskit::outcomes::Case& c) { count(outcome, c); },
            [](const std::string& warning) { (void)warning.size(); });
        outcome.rows = summary.rows;
        outcome.rows_with_errors = summary.rows_with_errors;
    } catch (const ipskit::util::Error& e) {
        outcome = Outcome{e.what()};
    }
    return outcome;
}

// The courses' sum, as one thread's share of a read in parts.
struct Counted {
    Outcome outcome;
    void add(const ipskit::outcomes::Case& c) { count(outcome, c); }
    void merge(const Counted& other) {
        outcome.courses += other.outcome.courses;
        outcome.days += other.outcome.days;
    }
};

Outcome read_in_parts(const std::string& path, ipskit::readers::cases::CasesReadOptions options) {
    options.threads = 3;
    options.min_part_bytes = 1;
    try {
        auto [sum, summary] = ipskit::readers::cases::read_cases_summed(
            path, options, Counted{}, [](const std::string& warning) { (void)warning.size(); });
        sum.outcome.rows = summary.rows;
        sum.outcome.rows_with_errors = summary.rows_with_errors;
        return sum.outcome;
    } catch (const ipskit::util::Error& e) {
        return Outcome{e.what()};
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::uint8_t mode = data[0];
    std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
    auto options = options_from(mode);
    if (mode & 16) {
        const std::size_t nul = rest.find('\0');
        const std::string_view map = rest.substr(0, nul);
        options.column_map = ipskit::fuzz::write_temp_input("columns.yaml", map.data(), map.size());
        rest = nul == std::string_view::npos ? std::string_view() : rest.substr(nul + 1);
    }
    const std::string path = ipskit::fuzz::write_temp_input("cases.csv", rest.data(), rest.size());
    const Outcome whole = read_whole(path, options);
    if (!options.keep_going && !(read_in_parts(path, options) == whole)) std::abort();
    return 0;
}
