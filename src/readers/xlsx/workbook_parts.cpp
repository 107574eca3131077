#include "readers/xlsx/workbook_parts.hpp"

#include <algorithm>
#include <charconv>
#include <map>

#include <fmt/format.h>

#include "readers/xlsx/cell.hpp"
#include "readers/xlsx/plain_xml.hpp"
#include "readers/xlsx/sheet_chunks.hpp"
#include "readers/xlsx/xml_stream.hpp"
#include "readers/xlsx/xstring.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

namespace {

// The small parts are read whole; none of a real workbook comes near this.
constexpr std::uint64_t kMaxSmallPart = 64u << 20;

int to_int(std::string_view text, int otherwise) {
    int value = otherwise;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    return error == std::errc{} && end == text.data() + text.size() ? value : otherwise;
}

// A relationship's target is relative to the folder of the part that has
// it, unless it starts with "/"; "../" steps out of that folder.
std::string resolve_target(std::string_view folder, std::string_view target) {
    if (!target.empty() && target.front() == '/') return std::string(target.substr(1));
    std::string base(folder);
    while (target.substr(0, 3) == "../") {
        target.remove_prefix(3);
        const auto slash = base.rfind('/', base.size() >= 2 ? base.size() - 2 : 0);
        base = slash == std::string::npos ? "" : base.substr(0, slash + 1);
    }
    return base + std::string(target);
}

std::string folder_of(const std::string& path) {
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? "" : path.substr(0, slash + 1);
}

std::string rels_of(const std::string& path) {
    const auto slash = path.rfind('/');
    const std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
    return folder + "_rels/" + path.substr(slash == std::string::npos ? 0 : slash + 1) + ".rels";
}

void parse_part(ZipArchive& zip, const std::string& path, XmlHandler& handler) {
    zip.open(path, kMaxSmallPart);
    XmlStream stream(handler, zip.name());
    stream.parse_all(zip);
}

struct Relationship {
    std::string type;  // the last word of its type URI: worksheet, styles, sharedStrings, ...
    std::string target;
};

class RelationshipsHandler : public XmlHandler {
public:
    void start(XmlParser&, std::string_view name, XmlAttributes a) override {
        if (name != "Relationship") return;
        std::string_view type = a.get("Type");
        type = type.substr(type.rfind('/') == std::string_view::npos ? 0 : type.rfind('/') + 1);
        found[std::string(a.get("Id"))] = {std::string(type), std::string(a.get("Target"))};
    }
    void end(XmlParser&, std::string_view) override {}
    std::map<std::string, Relationship> found;
};

std::map<std::string, Relationship> read_relationships(ZipArchive& zip, const std::string& path) {
    RelationshipsHandler handler;
    if (zip.has(path)) parse_part(zip, path, handler);
    return std::move(handler.found);
}

class WorkbookHandler : public XmlHandler {
public:
    void start(XmlParser&, std::string_view name, XmlAttributes a) override {
        if (name == "workbookPr") {
            const auto value = a.get("date1904");
            date1904 = value == "1" || value == "true";
        } else if (name == "sheet") {
            sheets.push_back({std::string(a.get("name")), std::string(a.get("id"))});
        }
    }
    void end(XmlParser&, std::string_view) override {}
    bool date1904 = false;
    std::vector<SheetEntry> sheets;  // path holds the relationship id until resolved
};

// Where the workbook part is: _rels/.rels says, and Excel puts it here.
std::string workbook_path(ZipArchive& zip) {
    for (const auto& [id, rel] : read_relationships(zip, "_rels/.rels"))
        if (rel.type == "officeDocument") return resolve_target("", rel.target);
    return "xl/workbook.xml";
}

class StylesHandler : public XmlHandler {
public:
    void start(XmlParser&, std::string_view name, XmlAttributes a) override {
        if (name == "numFmt") {
            if (is_date_format_code(a.get("formatCode")))
                custom_dates.push_back(to_int(a.get("numFmtId"), -1));
        } else if (name == "cellXfs") {
            in_cell_xfs = true;
        } else if (name == "xf" && in_cell_xfs) {
            ids.push_back(to_int(a.get("numFmtId"), 0));
        }
    }
    void end(XmlParser&, std::string_view name) override {
        if (name == "cellXfs") in_cell_xfs = false;
    }
    bool in_cell_xfs = false;
    std::vector<int> custom_dates;  // numFmtIds of custom formats that show dates
    std::vector<int> ids;           // numFmtId of each cell style
};

class SharedStringsHandler : public XmlHandler {
public:
    SharedStringsHandler(SharedStrings& strings, SharedStringLimits limits, std::string name)
        : strings_(strings), limits_(limits), name_(std::move(name)) {}

    // The element the part's root is, as the part spells it, and how deep
    // the handler is now: the first of several pieces must end in it.
    const std::string& root() const { return root_; }
    int depth() const { return depth_; }

    void start(XmlParser& parser, std::string_view name, XmlAttributes) override {
        if (++depth_ == 1) root_ = parser.raw_name();
        if (name == "si") {
            text_.clear();
        } else if (name == "rPh") {
            ++phonetic_;  // the reading of East Asian text, not part of it
        } else if (name == "t") {
            in_text_ = phonetic_ == 0;
        }
    }
    void end(XmlParser& parser, std::string_view name) override {
        --depth_;
        if (name == "t") {
            in_text_ = false;
        } else if (name == "rPh") {
            --phonetic_;
        } else if (name == "si") {
            decode_xstring(text_);
            strings_.add(text_);
            if (strings_.bytes() > limits_.max_bytes) parser.fail(std::make_exception_ptr(too_many()));
        }
    }
    void text(std::string_view piece) override {
        if (in_text_) text_.append(piece);
    }

private:
    util::Error too_many() const {
        return util::Error(
            util::Location{name_},
            fmt::format(fmt::runtime(util::tr("the workbook's shared strings take more than {} MB",
                                              "projektmappens delte tekster fylder mere end {} MB")),
                        limits_.max_bytes >> 20),
            util::tr("split the extract into several workbooks, or save it as CSV",
                     "del udtrækket i flere projektmapper, eller gem det som CSV"));
    }

    SharedStrings& strings_;
    SharedStringLimits limits_;
    std::string name_;
    std::string text_;
    std::string root_;
    int depth_ = 0;
    int phonetic_ = 0;
    bool in_text_ = false;
};

}  // namespace

void SharedStrings::add(std::string_view text) {
    text_.append(text);
    ends_.push_back(static_cast<std::uint32_t>(text_.size()));
}

void SharedStrings::truncate(std::size_t count) {
    if (count >= ends_.size()) return;
    ends_.resize(count);
    text_.resize(count == 0 ? 0 : ends_.back());
}

WorkbookInfo read_workbook_info(ZipArchive& zip) {
    const std::string path = workbook_path(zip);
    WorkbookHandler handler;
    parse_part(zip, path, handler);
    const auto rels = read_relationships(zip, rels_of(path));
    WorkbookInfo info;
    info.date1904 = handler.date1904;
    for (auto& sheet : handler.sheets) {
        const auto rel = rels.find(sheet.path);
        sheet.path = rel == rels.end() ? "" : resolve_target(folder_of(path), rel->second.target);
        info.sheets.push_back(std::move(sheet));
    }
    for (const auto& [id, rel] : rels) {
        if (rel.type == "sharedStrings") info.shared_strings = resolve_target(folder_of(path), rel.target);
        if (rel.type == "styles") info.styles = resolve_target(folder_of(path), rel.target);
    }
    if (info.sheets.empty())
        throw util::Error(util::Location{zip.name()},
                          util::tr("the workbook has no sheets", "projektmappen har ingen ark"),
                          util::tr("save the workbook again from Excel or LibreOffice",
                                   "gem projektmappen igen fra Excel eller LibreOffice"));
    return info;
}

std::vector<bool> read_date_styles(ZipArchive& zip, const std::string& path) {
    StylesHandler handler;
    parse_part(zip, path, handler);
    std::vector<bool> dates;
    for (const int id : handler.ids) {
        bool custom = false;
        for (const int date_id : handler.custom_dates) custom = custom || date_id == id;
        dates.push_back(is_builtin_date_format(id) || custom);
    }
    return dates;
}

namespace {

constexpr std::uint64_t kMaxSharedStrings = std::uint64_t{4} << 30;
// Inflated from the entry at a time.
constexpr std::size_t kReadBytes = 256 << 10;
// A piece holds at least one whole string; one longer than this is read in one stream.
constexpr std::size_t kMaxPieceBytes = 64u << 20;

bool is_utf8(std::string_view encoding) {
    if (encoding.empty()) return true;
    if (encoding.size() != 5) return false;
    for (std::size_t i = 0; i < 5; ++i)
        if ((encoding[i] | 0x20) != "utf-8"[i]) return false;
    return true;
}

// The shared strings in pieces cut before an <si>. As with a sheet's pieces
// (sheet_chunks.hpp), the first is parsed by expat as the start of the part
// and must end inside the root; each later one is parsed wrapped in that
// root, by pugixml when it is plain (plain_xml.hpp), else by expat. They are
// read before the sheet's threads start, so this time is all waiting time,
// and a million strings are 24 MB of XML. False when the pieces do not fit
// together or anything fails: the part is then read again in one stream,
// which says what is wrong and where.
bool read_in_pieces(ZipArchive& zip, SharedStrings& strings, SharedStringLimits limits,
                    std::size_t piece_bytes) {
    std::string buffer, rest, open_tag, close_tag;
    std::size_t want = piece_bytes;
    for (bool first = true, end = false; !end;) {
        buffer.reserve(want + kReadBytes);
        while (!end && buffer.size() < want) {
            const std::size_t old = buffer.size();
            buffer.resize(old + kReadBytes);
            const std::size_t got = zip.read(buffer.data() + old, kReadBytes);
            buffer.resize(old + got);
            end = got == 0;
        }
        if (!end) {
            const std::size_t cut = last_start_tag(buffer, "si");
            if (cut == std::string::npos) {
                if (buffer.size() >= kMaxPieceBytes) return false;
                want = buffer.size() + piece_bytes;
                continue;
            }
            rest.assign(buffer, cut);
            buffer.resize(cut);
        }
        const std::size_t before = strings.size();
        SharedStringsHandler handler(strings, limits, zip.name());
        if (first) {
            XmlStream stream(handler, zip.name());
            stream.parse_buffer(buffer.data(), buffer.size(), end);
            if (!end && (handler.depth() != 1 || !is_utf8(stream.declared_encoding()))) return false;
            open_tag = "<" + handler.root() + ">";
            close_tag = "</" + handler.root() + ">";
            // Ended between two tags, not inside a comment (sheet_chunks.cpp).
            if (!end) stream.parse_buffer(close_tag.data(), close_tag.size(), true);
            first = false;
        } else {
            std::string xml = open_tag + buffer + (end ? "" : close_tag);
            PlainXml plain;
            switch (end ? PlainXml::Result::not_plain : plain.parse(xml, handler)) {
                case PlainXml::Result::parsed:
                    break;
                case PlainXml::Result::failed:
                    return false;
                case PlainXml::Result::not_plain: {
                    strings.truncate(before);
                    SharedStringsHandler again(strings, limits, zip.name());
                    XmlStream stream(again, zip.name());
                    stream.parse_buffer(open_tag.data(), open_tag.size(), false);
                    stream.parse_buffer(buffer.data(), buffer.size(), false);
                    const std::string_view close = end ? std::string_view() : std::string_view(close_tag);
                    stream.parse_buffer(close.data(), close.size(), true);
                    break;
                }
            }
        }
        buffer = std::move(rest);
        rest.clear();
        want = piece_bytes;
    }
    return true;
}

}  // namespace

SharedStrings read_shared_strings(ZipArchive& zip, const std::string& path, SharedStringLimits limits,
                                  std::uint64_t pieces_from_bytes, std::size_t piece_bytes) {
    SharedStrings strings;
    zip.open(path, kMaxSharedStrings);
    if (zip.entry_size() >= pieces_from_bytes) {
        try {
            if (read_in_pieces(zip, strings, limits, std::max<std::size_t>(piece_bytes, 1))) return strings;
        } catch (...) {  // damaged or hostile: the one stream says what is wrong
        }
        strings = SharedStrings();
        zip.open(path, kMaxSharedStrings);
    }
    SharedStringsHandler handler(strings, limits, zip.name());
    XmlStream stream(handler, zip.name());
    stream.parse_all(zip);
    return strings;
}

}  // namespace ipskit::readers::xlsx
