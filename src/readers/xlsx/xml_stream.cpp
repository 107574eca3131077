#include "readers/xlsx/xml_stream.hpp"

#include <algorithm>
#include <expat.h>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

namespace {

// Read from the entry at a time; expat keeps what a chunk leaves unfinished.
constexpr int kChunkBytes = 256 << 10;

XML_Parser as_parser(void* parser) {
    return static_cast<XML_Parser>(parser);
}

}  // namespace

// Namespaces are not resolved: expat would then spell out the namespace's
// URI in every name it reports, which took a third of the time of reading a
// sheet. One pass over the bytes: names are a few letters, and a call to strlen
// and one to memchr for each of a sheet's 20 million elements cost more.
std::string_view local_name(const char* name) {
    const char* start = name;
    const char* end = name;
    for (; *end != '\0'; ++end)
        if (*end == ':') start = end + 1;
    return std::string_view(start, static_cast<std::size_t>(end - start));
}

std::string_view XmlAttributes::get(std::string_view name) const {
    for (const char** a = pairs; a && *a; a += 2)
        if (local_name(a[0]) == name) return a[1];
    return {};
}

struct XmlCallbacks {
    static XmlStream& stream(void* data) { return *static_cast<XmlStream*>(data); }
    static XmlHandler& handler(void* data) { return *stream(data).handler_; }

    static void start(void* data, const XML_Char* name, const XML_Char** attributes) {
        stream(data).raw_name_ = name;
        handler(data).start(stream(data), local_name(name), XmlAttributes{attributes});
    }
    static void end(void* data, const XML_Char* name) {
        stream(data).raw_name_ = name;
        handler(data).end(stream(data), local_name(name));
    }
    static void declaration(void* data, const XML_Char*, const XML_Char* encoding, int) {
        if (encoding != nullptr) stream(data).encoding_ = encoding;
    }
    static void text(void* data, const XML_Char* text, int size) {
        handler(data).text(std::string_view(text, static_cast<std::size_t>(size)));
    }
    static void refuse(void* data) {
        XmlStream& s = stream(data);
        s.refused_ = true;
        XML_StopParser(as_parser(s.parser_), XML_FALSE);
    }
    static void doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int) { refuse(data); }
    static void entity(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*,
                       const XML_Char*, const XML_Char*, const XML_Char*) {
        refuse(data);
    }
};

XmlStream::XmlStream(XmlHandler& handler, std::string where)
    : parser_(XML_ParserCreate(nullptr)), handler_(&handler), where_(std::move(where)) {
    if (parser_ == nullptr) throw std::bad_alloc();
    XML_Parser p = as_parser(parser_);
    XML_SetUserData(p, this);
    XML_SetElementHandler(p, XmlCallbacks::start, XmlCallbacks::end);
    XML_SetCharacterDataHandler(p, XmlCallbacks::text);
    XML_SetXmlDeclHandler(p, XmlCallbacks::declaration);
    XML_SetStartDoctypeDeclHandler(p, XmlCallbacks::doctype);
    XML_SetEntityDeclHandler(p, XmlCallbacks::entity);
    XML_SetParamEntityParsing(p, XML_PARAM_ENTITY_PARSING_NEVER);
}

XmlStream::~XmlStream() {
    XML_ParserFree(as_parser(parser_));
}

void XmlStream::parse_all(ZipArchive& zip) {
    while (parse_some(zip)) {
    }
}

bool XmlStream::parse_some(ZipArchive& zip) {
    if (finished_) return false;
    XML_Parser p = as_parser(parser_);
    if (paused_) {
        paused_ = false;
        const XML_Status status = XML_ResumeParser(p);
        if (status == XML_STATUS_ERROR) throw_parse_error();
        if (status == XML_STATUS_SUSPENDED) return true;
        if (last_chunk_) return !(finished_ = true);
    }
    for (;;) {
        void* buffer = XML_GetBuffer(p, kChunkBytes);
        if (buffer == nullptr) throw std::bad_alloc();
        const std::size_t got = zip.read(static_cast<char*>(buffer), kChunkBytes);
        last_chunk_ = got == 0;
        const XML_Status status =
            XML_ParseBuffer(p, static_cast<int>(got), last_chunk_ ? XML_TRUE : XML_FALSE);
        if (status == XML_STATUS_ERROR) throw_parse_error();
        if (status == XML_STATUS_SUSPENDED) return true;
        if (last_chunk_) return !(finished_ = true);
    }
}

void XmlStream::parse_buffer(const char* data, std::size_t size, bool final) {
    XML_Parser p = as_parser(parser_);
    // expat takes an int; a piece is a few MB, but feed it in bounded steps all the same.
    do {
        const std::size_t step = std::min<std::size_t>(size, kChunkBytes);
        size -= step;
        const bool last = final && size == 0;
        if (XML_Parse(p, data, static_cast<int>(step), last ? XML_TRUE : XML_FALSE) != XML_STATUS_OK)
            throw_parse_error();
        data += step;
    } while (size > 0);
}

void XmlStream::pause() {
    paused_ = true;
    XML_StopParser(as_parser(parser_), XML_TRUE);
}

void XmlStream::fail(std::exception_ptr error) {
    failure_ = std::move(error);
    XML_StopParser(as_parser(parser_), XML_FALSE);
}

void XmlStream::throw_parse_error() {
    finished_ = true;
    if (failure_) std::rethrow_exception(failure_);
    if (refused_)
        throw util::Error(
            util::Location{where_},
            util::tr("the workbook's XML declares a DOCTYPE or entities, which no workbook needs "
                     "and which can make a file grow without end when read",
                     "projektmappens XML erklærer en DOCTYPE eller entiteter, som ingen "
                     "projektmappe har brug for, og som kan få en fil til at vokse uden ende, "
                     "når den læses"),
            util::tr("check where the file comes from, and save it again from Excel or LibreOffice",
                     "tjek, hvor filen kommer fra, og gem den igen fra Excel eller LibreOffice"));
    XML_Parser p = as_parser(parser_);
    throw util::Error(util::Location{where_},
                      fmt::format(fmt::runtime(util::tr("the workbook's XML is damaged (line {}: {})",
                                                        "projektmappens XML er beskadiget (linje {}: {})")),
                                  XML_GetCurrentLineNumber(p), XML_ErrorString(XML_GetErrorCode(p))),
                      util::tr("save the workbook again from Excel or LibreOffice",
                               "gem projektmappen igen fra Excel eller LibreOffice"));
}

}  // namespace ipskit::readers::xlsx
