// libFuzzer target: any bytes as a scale file. An ipskit::util::Error is the
// expected answer to bad bytes; anything else is a bug.

#include <cstddef>
#include <cstdint>

#include "fuzz/temp_input.hpp"
#include "readers/review/scale_reader.hpp"
#include "util/error.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // Named after the bundled scale the seeds mostly are, so that the id check passes.
    const std::string path =
        ipskit::fuzz::write_temp_input("ips-25.yaml", reinterpret_cast<const char*>(data), size);
    try {
        (void)ipskit::readers::review::read_scale(path);
    } catch (const ipskit::util::Error& e) {
        (void)e.what();
    }
    return 0;
}
