#include "domain/rounding.hpp"

#include <cmath>

namespace ipskit {

double round_half_away(double x, int decimals) {
    const double scale = std::pow(10.0, decimals);
    const double scaled = x * scale;
    // A relative nudge of a few ulps turns 100.49999999999999 (from 1.005 * 100) into
    // the tie it stands for; it is far too small to move any real figure.
    const double nudge = std::abs(scaled) * 1e-12;
    const double rounded =
        scaled >= 0 ? std::floor(scaled + 0.5 + nudge) : -std::floor(-scaled + 0.5 + nudge);
    return rounded / scale;
}

}  // namespace ipskit
