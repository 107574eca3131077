#pragma once

namespace ipskit {

// Rounds half away from zero, as published tables do (37 of 124 = 29.84 % -> 30 %).
// A figure that is a decimal tie in meaning but not exactly in binary (1.005)
// is treated as the tie, so results match what a person computes by hand.
double round_half_away(double x, int decimals);

}  // namespace ipskit
