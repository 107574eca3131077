#pragma once
// Danish civil registration numbers (CPR) must never reach a report. A value
// "looks like" a CPR number when it holds DDMMYY-XXXX or DDMMYYXXXX, standing
// alone between non-digits, whose first six digits are a real date.

#include <string_view>

namespace ipskit {

bool looks_like_cpr(std::string_view text);

// looks_like_cpr without its quick rejection: tries every position. The two
// must always agree; the unit tests compare them.
bool scan_for_cpr(std::string_view text);

}  // namespace ipskit
