#pragma once
// Danish civil registration numbers (CPR) must never reach a report. A value
// "looks like" a CPR number when it holds DDMMYY-XXXX or DDMMYYXXXX, standing
// alone between non-digits, whose first six digits are a real date.

#include <string_view>

namespace ipskit {

bool looks_like_cpr(std::string_view text);

}  // namespace ipskit
