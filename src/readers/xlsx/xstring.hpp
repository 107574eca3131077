#pragma once
// Excel's escapes in the text of a cell. XML cannot hold most control
// characters, and turns a carriage return into a line feed when read, so
// Excel writes such a character as _xHHHH_, the hexadecimal number of its
// UTF-16 code unit (_x000D_ for a carriage return, _x0009_ for a tab). A
// literal "_x0041_" in a cell is written with its underscore escaped,
// "_x005F_x0041_", so that it reads back as typed.

#include <string>

namespace ipskit::readers::xlsx {

// Replaces each _xHHHH_ in `text` (hex digits of either case) with the
// character it stands for, in UTF-8; two escapes of a UTF-16 surrogate pair
// are one character, and a surrogate without its partner is U+FFFD, as it
// cannot be written in UTF-8. Text without "_x" is left as it is.
void decode_xstring(std::string& text);

}  // namespace ipskit::readers::xlsx
