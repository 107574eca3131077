#pragma once
// Reads staff.yaml: the site's IPS consultants with their full-time
// equivalent, the share of their time on employment work, their scheduled
// hours and their hours in the community a week (docs/formats.md). Every key
// has an English and a Danish name, compared like CSV headers.

#include <string>

#include "domain/staff.hpp"

namespace ipskit::readers::records {

// Throws util::Error holding every problem of the file, each at its line and
// column: an unknown key (with the nearest known one), a key given twice, a
// consultant listed twice, an FTE outside (0, 1], a share outside 0–100 %,
// more hours in the community than scheduled hours.
Staff read_staff(const std::string& path);

}  // namespace ipskit::readers::records
