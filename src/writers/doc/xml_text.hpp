#pragma once
// Text escaped for XML and HTML, for the SVG charts and the HTML page alike.

#include <string>
#include <string_view>

namespace ipskit::writers::doc {

// & < > " ' as entities, control characters other than line feed and tab
// (not allowed in XML) as spaces, everything else as it is.
std::string xml_escaped(std::string_view text);

}  // namespace ipskit::writers::doc
