// libFuzzer target: any bytes as a reviewer questionnaire (YAML) or ratings
// sheet (CSV), read against the bundled scales. An ipskit::util::Error is the
// expected answer to bad bytes; anything else is a bug.

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>

#include "fuzz/temp_input.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_locator.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    // The first byte picks YAML or CSV, and whether CPR-like notes are let
    // through; the rest is the file.
    const bool sheet = data[0] & 1;
    const std::string path = ipskit::fuzz::write_temp_input(
        sheet ? "review.csv" : "review.yaml", reinterpret_cast<const char*>(data) + 1, size - 1);
    static const std::vector<std::string> dirs{IPSKIT_SOURCE_SCALES_DIR};
    ipskit::readers::review::ReviewDefaults defaults;
    if (sheet) defaults = {"ips-25", "Site", "Reviewer", "2021-05-04", {}};
    defaults.allow_identifiers = data[0] & 2;
    // Reading a bundled scale takes far longer than a questionnaire; each is
    // read once, so the fuzzer spends its time in the review reader.
    static std::map<std::string, ipskit::Scale> scales;
    const auto load = [](const std::string& id, const ipskit::util::Location& at) {
        auto it = scales.find(id);
        if (it == scales.end())
            it = scales.emplace(id, ipskit::readers::review::load_scale(id, dirs, at)).first;
        return it->second;
    };
    try {
        (void)ipskit::readers::review::read_review(path, defaults, load);
    } catch (const ipskit::util::Error& e) {
        (void)e.what();
    }
    return 0;
}
