#pragma once

namespace ipskit {

// Rounds half away from zero at `decimals` places (0..15), by the value's
// decimal meaning: 1.005 rounds to 1.01 although the double nearest 1.005 is
// slightly below it. Non-finite values are returned unchanged.
// Throws std::invalid_argument for decimals outside 0..15.
double round_half_away(double x, int decimals);

}  // namespace ipskit
