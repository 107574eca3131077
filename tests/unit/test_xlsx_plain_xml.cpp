// pugixml reads a plain piece of a sheet and gives a handler the events
// expat gives it; anything expat might judge otherwise is left to expat.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/xlsx/plain_xml.hpp"
#include "readers/xlsx/xml_stream.hpp"
#include "util/error.hpp"

namespace {

using namespace ipskit::readers::xlsx;

// Every event as a line; text runs joined, as parsers split them as they like.
class Recorder : public XmlHandler {
public:
    std::vector<std::string> events;

    void start(XmlParser& parser, std::string_view name, XmlAttributes attributes) override {
        std::string line = "start " + std::string(parser.raw_name()) + " (" + std::string(name) + ")";
        for (const char** a = attributes.pairs; *a != nullptr; a += 2)
            line += std::string(" ") + a[0] + "=" + a[1];
        events.push_back(line);
    }
    void end(XmlParser& parser, std::string_view name) override {
        events.push_back("end " + std::string(parser.raw_name()) + " (" + std::string(name) + ")");
    }
    void text(std::string_view piece) override {
        if (events.empty() || events.back().rfind("text ", 0) != 0) events.emplace_back("text ");
        events.back().append(piece);
    }
};

struct ByExpat {
    std::vector<std::string> events;
    bool well_formed = true;
};

ByExpat by_expat(const std::string& xml) {
    ByExpat out;
    Recorder recorder;
    try {
        XmlStream stream(recorder, "piece");
        stream.parse_buffer(xml.data(), xml.size(), true);
    } catch (const ipskit::util::Error&) {
        out.well_formed = false;
    }
    out.events = recorder.events;
    return out;
}

PlainXml::Result by_pugixml(std::string xml, std::vector<std::string>& events) {
    Recorder recorder;
    PlainXml parser;
    const auto result = parser.parse(xml, recorder);
    events = recorder.events;
    return result;
}

// A plain document: pugixml must take it, and give expat's events.
void check_plain(const std::string& xml) {
    CAPTURE(xml);
    const ByExpat expat = by_expat(xml);
    REQUIRE(expat.well_formed);
    std::vector<std::string> events;
    CHECK(by_pugixml(xml, events) == PlainXml::Result::parsed);
    CHECK(events == expat.events);
}

// A document for expat: pugixml must give it up, whatever expat says of it.
void check_not_plain(const std::string& xml) {
    CAPTURE(xml);
    std::vector<std::string> events;
    CHECK(by_pugixml(xml, events) == PlainXml::Result::not_plain);
}

const std::string kOpen = "<worksheet><sheetData>";
const std::string kClose = "</sheetData></worksheet>";

std::string wrapped(const std::string& rows) {
    return kOpen + rows + kClose;
}

}  // namespace

TEST_CASE("PlainXml gives the events expat gives for plain rows") {
    check_plain(wrapped(R"(<row r="7"><c r="A7" t="s"><v>12</v></c><c r="B7" s="1"><v>43203</v></c></row>)"));
    check_plain(wrapped(R"(<x:row r="8" x14ac:dyDescent="0.25"><x:c r="C8"/></x:row>)"));
    check_plain(
        wrapped("<row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> Søren Ærø "
                "</t></is></c></row>"));
    check_plain(wrapped("<row r='10'>\n  <c r = \"A10\" t='n'>\r\n<v>1</v></c>\r</row>\n"));
    // Whitespace in an attribute's value becomes spaces; a CR LF one space.
    check_plain(wrapped("<row r=\"11\" spans=\"1:\t2\r\n3\n\"><c r=\"A11\"><v>1</v></c></row>"));
    check_plain(wrapped(R"(<row r="12"><c r="A12"><v>a > b ] c]] d</v></c></row>)"));
    check_plain(wrapped("<row r=\"13\"><c r=\"A13\"><v>\xEF\xBB\xBF\xEF\xBF\xBD</v></c></row>"));
    check_plain(wrapped(R"(<row r="14"><c r="A14"></c ><c r="B14"/><c/></row>)"));
}

TEST_CASE("PlainXml leaves to expat what pugixml would not judge as expat does") {
    // Entities and character references: pugixml would pass an unknown one.
    check_not_plain(wrapped(R"(<row r="1"><c r="A1"><v>&bogus;</v></c></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c r="A1"><v>&amp;&#65;</v></c></row>)"));
    // Comments, CDATA, processing instructions, DOCTYPE.
    check_not_plain(wrapped(R"(<row r="1"><!-- a -- b --></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c><v><![CDATA[1]]></v></c></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><?pi x?></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><!DOCTYPE x></row>)"));
    // What XML forbids in text and pugixml lets by.
    check_not_plain(wrapped("<row r=\"1\"><c><v>a\x01</v></c></row>"));
    check_not_plain(wrapped(std::string("<row r=\"1\"><c><v>a") + '\0' + "</v></c></row>"));
    check_not_plain(wrapped(R"(<row r="1"><c><v>a]]>b</v></c></row>)"));
    check_not_plain(wrapped("<row r=\"1\"><c><v>\xEF\xBF\xBE</v></c></row>"));
    check_not_plain(wrapped("<row r=\"1\"><c><v>\xEF\xBF\xBF</v></c></row>"));
    check_not_plain(wrapped("<row r=\"1\"><c><v>\xC3</v></c></row>"));          // cut UTF-8
    check_not_plain(wrapped("<row r=\"1\"><c><v>\xED\xA0\x80</v></c></row>"));  // a surrogate
    // Attributes: twice, "<" in a value.
    check_not_plain(wrapped(R"(<row r="1" r="2"></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c r="A1" t="s" t="n"/></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c r="A<1"/></row>)"));
    // Names beyond ASCII, or not names at all.
    check_not_plain(wrapped(R"(<row r="1"><cø r="A1"/></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c ø="1"/></row>)"));
    check_not_plain(wrapped(R"(<row r="1"><c -a="1"/></row>)"));
    // More than one root, or a document that does not end.
    check_not_plain(R"(<a/><b/>)");
    check_not_plain(kOpen + R"(<row r="1"></row></sheetData></worksheet><worksheet><sheetData>)" + kClose);
    check_not_plain(kOpen + R"(<row r="1">)");
    check_not_plain(wrapped(R"(<row r="1"><c></v></row>)"));
    // Text outside the root, which pugixml passes over.
    check_not_plain(R"(><v>0]]</v>)");
    check_not_plain(" " + wrapped(""));
    check_not_plain(wrapped(R"(<row r="1"/>)") + "x>");
    check_not_plain(wrapped(R"(<row r="1"/>)") + "\n");
    check_not_plain("");
}

TEST_CASE("PlainXml stops where the handler fails") {
    struct Failing : XmlHandler {
        int started = 0;
        void start(XmlParser& parser, std::string_view name, XmlAttributes) override {
            ++started;
            if (name == "c") parser.fail(std::make_exception_ptr(std::runtime_error("bad cell")));
        }
        void end(XmlParser&, std::string_view) override {}
    } failing;
    std::string xml = wrapped(R"(<row r="1"><c r="A1"/><c r="B1"/></row>)");
    PlainXml parser;
    CHECK(parser.parse(xml, failing) == PlainXml::Result::failed);
    CHECK(failing.started == 4);  // worksheet, sheetData, row, the first c
}

TEST_CASE("has_unplain_bytes finds the same on both code paths") {
    std::string xml = wrapped(R"(<row r="1"><c r="A1"><v>12</v></c></row>)");
    for (std::size_t at = 0; at <= xml.size(); ++at) {
        CAPTURE(at);
        bool ascii = false, portable_ascii = false;
        for (const std::string bad : {"&", "\x02", "]]>", "\xEF\xBF\xBE", "\xEF\xBF\xBF"}) {
            std::string text = xml;
            text.insert(at, bad);
            CAPTURE(bad);
            CHECK(has_unplain_bytes(text, ascii));
            CHECK(portable::has_unplain_bytes(text, portable_ascii));
        }
        for (const std::string fine : {"\t", "\n", "\r", "]", "]]x", "\xEF\xBB\xBF", "\xC3\xB8"}) {
            std::string text = xml;
            text.insert(at, fine);
            CAPTURE(fine);
            const bool want_ascii = static_cast<unsigned char>(fine[0]) < 0x80;
            CHECK_FALSE(has_unplain_bytes(text, ascii));
            CHECK(ascii == want_ascii);
            CHECK_FALSE(portable::has_unplain_bytes(text, portable_ascii));
            CHECK(portable_ascii == want_ascii);
        }
    }
}
