#pragma once
// A piece of a sheet read with pugixml, when it is plain. expat checks
// every rule of XML as it streams and reads some 70 MB a second here;
// pugixml builds the piece's tree in place at several times that, but
// checks less. So it is given only the pieces in which what it leaves
// unchecked cannot occur, and what it would pass that expat refuses is
// looked for on the way: a piece is plain when it is valid UTF-8, has no
// control characters, no U+FFFE or U+FFFF, no "&" (so no entity or
// character reference), no "]]>", no comment, CDATA, processing
// instruction or DOCTYPE, one root, element and attribute names in ASCII
// as XML spells names, no attribute twice in an element and no "<" in an
// attribute's value. Every other piece, and one that pugixml finds not well
// formed, is for expat, which then says what it says of it; so the events a
// handler gets from a plain piece are the ones expat would give it.

#include <cstddef>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/xml_stream.hpp"

namespace pugi {
class xml_node;
}

namespace ipskit::readers::xlsx {

class PlainXml : public XmlParser {
public:
    // A piece larger than this goes to expat: pugixml's tree takes several
    // times the bytes of the XML.
    static constexpr std::size_t kMaxBytes = std::size_t{4} << 20;

    enum class Result {
        parsed,     // the handler had every event and failed none
        failed,     // the handler gave an error to fail()
        not_plain,  // the handler may have had some events; parse the piece with expat
    };
    // Parses the whole document `xml`, which it changes, feeding `handler`.
    Result parse(std::string& xml, XmlHandler& handler);

    std::string_view raw_name() const override { return raw_name_; }
    void pause() override {}
    void fail(std::exception_ptr error) override { failure_ = std::move(error); }

private:
    Result walk(pugi::xml_node root, XmlHandler& handler);
    void end_element(XmlHandler& handler);

    const char* raw_name_ = "";
    std::vector<const char*> open_;  // the elements started, not yet ended
    std::exception_ptr failure_;
    std::vector<const char*> attributes_;  // reused from element to element
};

// Whether `xml` has a byte or sequence that makes it not plain (above):
// a control character other than tab, line feed and carriage return, "&",
// "]]>", U+FFFE or U+FFFF. Not the UTF-8 check, which is separate; when
// it returns false, `ascii` says whether every byte is below 0x80.
bool has_unplain_bytes(std::string_view xml, bool& ascii);

namespace portable {
bool has_unplain_bytes(std::string_view xml, bool& ascii);
}  // namespace portable

}  // namespace ipskit::readers::xlsx
