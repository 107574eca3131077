#pragma once
// A statistic that may be undefined for the data at hand. Reports must say why
// a number is missing instead of printing NaN or a misleading 0, so the reason
// travels with the (absent) value.

#include <optional>
#include <string>
#include <utility>

#include "domain/text.hpp"

namespace ipskit::stats {

struct Coefficient {
    std::optional<double> value;
    // In both languages; empty when value is present.
    Text undefined_reason;

    static Coefficient of(double v) { return Coefficient{v, {}}; }
    static Coefficient undefined(Text reason) { return Coefficient{std::nullopt, std::move(reason)}; }

    bool defined() const { return value.has_value(); }
};

}  // namespace ipskit::stats
