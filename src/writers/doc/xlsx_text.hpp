#pragma once
// Text as a workbook cell must hold it to be shown as written. Excel reads
// _xHHHH_ in a cell's text as an escaped character (_x000D_ is a carriage
// return), and so does ipskit's reader; libxlsxwriter writes control
// characters that way but leaves text that merely looks like an escape as
// it is, which would then read back as another character. Escaping the
// underscore that starts it (_x005F_) keeps a note such as "kode _x0041_"
// as typed, in Excel, in LibreOffice and through `ipskit convert`.

#include <string>
#include <string_view>

namespace ipskit::writers::doc {

std::string protect_xstring_lookalikes(std::string_view text);

}  // namespace ipskit::writers::doc
