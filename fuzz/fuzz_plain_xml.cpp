// libFuzzer target: the plain-piece parser of a sheet (pugixml) against
// expat. Whatever the bytes, when PlainXml takes a document as plain, expat
// must find it well formed and give the handler the same events, text runs
// joined; a document PlainXml gives up may be anything. A difference is a
// bug: a sheet read in pieces would then differ from one read in one stream.

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>
#include <string_view>
#include <vector>

#include "readers/xlsx/plain_xml.hpp"
#include "readers/xlsx/xml_stream.hpp"

namespace {

using namespace ipskit::readers::xlsx;

class Recorder : public XmlHandler {
public:
    std::vector<std::string> events;

    void start(XmlParser& parser, std::string_view name, XmlAttributes attributes) override {
        std::string line = "<" + std::string(parser.raw_name()) + "|" + std::string(name);
        for (const char** a = attributes.pairs; *a != nullptr; a += 2)
            line.append(" ").append(a[0]).append("=").append(a[1]);
        events.push_back(line);
    }
    void end(XmlParser& parser, std::string_view name) override {
        events.push_back("/" + std::string(parser.raw_name()) + "|" + std::string(name));
    }
    void text(std::string_view piece) override {
        if (events.empty() || events.back()[0] != '"') events.emplace_back("\"");
        events.back().append(piece);
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::string xml = input;
    Recorder plain;
    PlainXml parser;
    if (parser.parse(xml, plain) != PlainXml::Result::parsed) return 0;
    Recorder expat;
    try {
        XmlStream stream(expat, "fuzz");
        stream.parse_buffer(input.data(), input.size(), true);
    } catch (const std::exception&) {
        __builtin_trap();  // PlainXml took what expat refuses
    }
    if (plain.events != expat.events) __builtin_trap();
    return 0;
}
