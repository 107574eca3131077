// libFuzzer target: any bytes as a case extract read by readers::read_cases,
// so that besides the CSV layer the header aliases, the --columns mapping
// and every row rule (dates, outcomes, yes/no, the CPR check, duplicate ids)
// see hostile input. An ipskit::Error is the expected answer to bad bytes;
// anything else (a crash, a sanitizer report, another exception) is a bug.
//
// Input: one options byte, then the extract. With bit 16 of the options, the
// bytes up to the first NUL are a --columns YAML map and the rest the extract.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/temp_input.hpp"
#include "readers/cases_reader.hpp"

namespace {

ipskit::readers::CasesReadOptions options_from(std::uint8_t mode) {
    ipskit::readers::CasesReadOptions options;
    if (mode & 1) options.csv.encoding = ipskit::csv::Encoding::windows1252;
    if (mode & 2) options.csv.delimiter = (mode & 4) ? ';' : ',';
    options.keep_going = mode & 8;
    options.allow_identifiers = mode & 32;
    options.max_warnings = 3;
    options.csv.max_field_bytes = 4096;  // small limits reach the limit checks
    options.csv.chunk_bytes = 64;        // small blocks put boundaries inside records
    return options;
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
    long closed = 0;
    try {
        (void)ipskit::readers::read_cases(
            path, options, [&](const ipskit::outcomes::Case& c) { closed += c.end ? 1 : 0; },
            [](const std::string& warning) { (void)warning.size(); });
    } catch (const ipskit::Error& e) {
        (void)e.what();
    }
    (void)closed;
    return 0;
}
