#pragma once
// The XML of a workbook part, streamed through expat in chunks from the zip
// entry, so that a sheet of any length takes the same memory. Elements and
// attributes reach the handler by their local names ("c", not "x:c"), as
// producers differ in the prefixes they use. A document that declares a
// DOCTYPE or an entity is refused: no workbook needs one, and entities are
// how an XML file grows a billion times when read.

#include <cstddef>
#include <exception>
#include <new>
#include <string>
#include <string_view>

#include "readers/xlsx/zip_archive.hpp"

namespace ipskit::readers::xlsx {

// The name without its prefix ("x:c" is "c").
std::string_view local_name(const char* name);

// Attributes as expat gives them: name, value, name, value, ..., nullptr.
struct XmlAttributes {
    const char** pairs;
    // The value of the attribute with local name `name`; empty when absent.
    std::string_view get(std::string_view name) const;
};

// What a handler may ask of the parser that feeds it: expat's stream below,
// or pugixml for a plain piece of a sheet (plain_xml.hpp).
class XmlParser {
public:
    virtual ~XmlParser() = default;
    // The name of the element just started or ended as the document spells
    // it, prefix and all ("x:row").
    virtual std::string_view raw_name() const = 0;
    // Stop after the current event, until the next parse_some (a stream's
    // only; a piece is parsed to its end).
    virtual void pause() = 0;
    // Stop with `error` (an exception cannot pass through the parser).
    virtual void fail(std::exception_ptr error) = 0;
};

class XmlHandler {
public:
    virtual ~XmlHandler() = default;
    virtual void start(XmlParser& parser, std::string_view name, XmlAttributes attributes) = 0;
    virtual void end(XmlParser& parser, std::string_view name) = 0;
    // Character data, in as many pieces as the parser likes.
    virtual void text(std::string_view) {}
};

class XmlStream : public XmlParser {
public:
    // `where` names the part in messages (the file, or FILE:SHEET).
    XmlStream(XmlHandler& handler, std::string where);
    XmlStream(const XmlStream&) = delete;
    XmlStream& operator=(const XmlStream&) = delete;
    ~XmlStream() override;

    // Parses the whole open entry of `zip`.
    void parse_all(ZipArchive& zip);
    // Parses on until a handler calls pause() or the document ends; returns
    // false when it has ended. Throws ipskit::util::Error for XML that is not
    // well formed, a DOCTYPE, or an error a handler gave to fail().
    bool parse_some(ZipArchive& zip);
    // Parses `size` bytes from memory, the document's last when `final`
    // (a piece of a sheet, see sheet_chunks.hpp). Throws as parse_some does;
    // a handler's pause() is not honoured here.
    void parse_buffer(const char* data, std::size_t size, bool final);

    std::string_view raw_name() const override { return raw_name_; }
    // The encoding the XML declaration names, empty when it names none.
    const std::string& declared_encoding() const { return encoding_; }

    void pause() override;
    void fail(std::exception_ptr error) override;

private:
    bool resume();
    [[noreturn]] void throw_parse_error();

    void* parser_;  // expat's XML_Parser
    XmlHandler* handler_;
    std::string where_;
    std::exception_ptr failure_;
    const char* raw_name_ = "";
    std::string encoding_;
    bool paused_ = false;
    bool finished_ = false;
    bool last_chunk_ = false;  // the buffer expat holds is the entry's last
    bool refused_ = false;     // a DOCTYPE or an entity declaration

    friend struct XmlCallbacks;
};

}  // namespace ipskit::readers::xlsx
