#pragma once

namespace ipskit::cli {

// Exit codes are part of the interface for CI pipelines; ipskit(1) lists them.
enum ExitCode : int {
    kOk = 0,
    kInputRejected = 1,    // bad input, missing file, output not writable
    kUsageError = 2,       // unknown option or command, bad option value
    kThresholdNotMet = 3,  // e.g. --fail-under: the figure is below the bar
};

}  // namespace ipskit::cli
