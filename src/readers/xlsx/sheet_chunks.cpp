#include "readers/xlsx/sheet_chunks.hpp"

#include <algorithm>
#include <string_view>

#include "readers/xlsx/plain_xml.hpp"
#include "readers/xlsx/sheet_handler.hpp"
#include "readers/xlsx/workbook.hpp"
#include "readers/xlsx/xml_stream.hpp"

namespace ipskit::readers::xlsx {

namespace {

// Inflated from the entry at a time.
constexpr std::size_t kReadBytes = 256 << 10;
// A piece holds at least one whole row; a row longer than this is no
// extract's, and the sheet is read in one stream instead.
constexpr std::size_t kMaxPieceBytes = 64u << 20;
// Bytes searched twice when a piece grows: more than `<prefix:row ` with any
// prefix a workbook writer uses.
constexpr std::size_t kTagOverlap = 64;

bool is_name_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

bool ends_name(char c) {
    return c == ' ' || c == '>' || c == '/' || c == '\t' || c == '\n' || c == '\r';
}

}  // namespace

std::size_t last_start_tag(std::string_view xml, std::string_view name) {
    for (auto at = xml.rfind(name); at != std::string_view::npos && at > 0; at = xml.rfind(name, at - 1)) {
        if (at + name.size() >= xml.size() || !ends_name(xml[at + name.size()])) continue;
        std::size_t begin = at;
        if (xml[begin - 1] == ':') {
            --begin;
            while (begin > 0 && is_name_char(xml[begin - 1])) --begin;
        }
        if (begin > 1 && xml[begin - 1] == '<') return begin - 1;
    }
    return std::string_view::npos;
}

namespace {

std::string_view local(std::string_view name) {
    const auto colon = name.find(':');
    return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Later pieces are parsed without the declaration, as UTF-8, expat's default.
bool is_utf8(std::string_view encoding) {
    if (encoding.empty()) return true;
    if (encoding.size() != 5) return false;
    const std::string_view utf8 = "utf-8";
    for (std::size_t i = 0; i < 5; ++i)
        if ((encoding[i] | 0x20) != utf8[i]) return false;
    return true;
}

}  // namespace

SheetChunks::SheetChunks(Workbook& book, std::string sheet, std::size_t piece_bytes, std::size_t threads)
    : book_(book), sheet_(std::move(sheet)), piece_bytes_(std::max<std::size_t>(piece_bytes, 1)) {
    threads = std::max<std::size_t>(threads, 1);
    window_ = threads + 2;
    try {
        threads_.emplace_back([this] { produce(); });
        for (std::size_t i = 0; i < threads; ++i) threads_.emplace_back([this] { parse_pieces(); });
    } catch (...) {  // no thread to be had: stop those that started
        stop();
        throw;
    }
}

SheetChunks::~SheetChunks() {
    stop();
}

void SheetChunks::stop() {
    {
        const std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    changed_.notify_all();
    for (auto& thread : threads_) thread.join();
    threads_.clear();
}

SheetChunks::Next SheetChunks::next(std::vector<Row>& rows) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] {
        return parsed_.count(handed_out_) != 0 ||
               (handed_out_ == produced_ && (produced_all_ || producer_failed_));
    });
    const auto it = parsed_.find(handed_out_);
    if (it == parsed_.end()) return producer_failed_ ? Next::give_up : Next::end;
    if (!it->second.ok) return Next::give_up;
    rows = std::move(it->second.rows);
    parsed_.erase(it);
    ++handed_out_;
    lock.unlock();
    changed_.notify_all();
    return Next::rows;
}

void SheetChunks::produce() {
    try {
        std::string buffer;
        std::size_t want = piece_bytes_;
        // Where the search for a row may begin: a piece that has grown
        // without one is searched again only in its new bytes, or a sheet
        // of 64 MiB without a row (a hostile one) would take minutes.
        std::size_t search_from = 0;
        for (;;) {
            bool end = false;
            buffer.reserve(want + kReadBytes);
            while (!end && buffer.size() < want) {
                const std::size_t old = buffer.size();
                buffer.resize(old + kReadBytes);
                const std::size_t got = book_.zip_.read(buffer.data() + old, kReadBytes);
                buffer.resize(old + got);
                end = got == 0;
            }
            std::string rest;
            if (!end) {
                std::size_t cut = last_start_tag(std::string_view(buffer).substr(search_from), "row");
                if (cut == std::string::npos) {
                    if (buffer.size() >= kMaxPieceBytes) return give_up_producing();
                    // A tag across the end is found next time; one with a
                    // longer prefix is missed, and the piece only grows.
                    search_from = buffer.size() - std::min(buffer.size(), kTagOverlap);
                    want = buffer.size() + piece_bytes_;
                    continue;
                }
                cut += search_from;
                search_from = 0;
                rest.assign(buffer, cut);
                buffer.resize(cut);
            }
            if (!push(Piece{std::move(buffer), end}) || end) return;
            buffer = std::move(rest);
            want = piece_bytes_;
        }
    } catch (...) {  // a damaged or hostile entry: the one stream says what is wrong
        give_up_producing();
    }
}

bool SheetChunks::push(Piece piece) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return stopping_ || produced_ - handed_out_ < window_; });
    if (stopping_) return false;
    produced_all_ = piece.last;
    waiting_.emplace(produced_++, std::move(piece));
    lock.unlock();
    changed_.notify_all();
    return true;
}

void SheetChunks::give_up_producing() {
    {
        const std::lock_guard lock(mutex_);
        producer_failed_ = true;
    }
    changed_.notify_all();
}

void SheetChunks::parse_pieces() {
    for (;;) {
        std::size_t index = 0;
        Piece piece;
        {
            std::unique_lock lock(mutex_);
            changed_.wait(
                lock, [&] { return stopping_ || !waiting_.empty() || produced_all_ || producer_failed_; });
            if (stopping_ || waiting_.empty()) return;
            const auto first = waiting_.begin();
            index = first->first;
            piece = std::move(first->second);
            waiting_.erase(first);
        }
        Parsed result = index == 0 ? parse_first(piece) : parse(piece);
        {
            const std::lock_guard lock(mutex_);
            parsed_.emplace(index, std::move(result));
        }
        changed_.notify_all();
    }
}

SheetChunks::Parsed SheetChunks::parse_first(const Piece& piece) {
    Parsed out;
    SheetHandler handler(book_, sheet_);
    handler.gather_into(&out.rows);
    try {
        XmlStream stream(handler, sheet_);
        handler.set_parser(stream);
        stream.parse_buffer(piece.xml.data(), piece.xml.size(), piece.last);
        const auto& open = handler.open_elements();
        out.ok = !handler.had_unnumbered_row() &&
                 (piece.last || (handler.depth() == 2 && open.size() == 2 && local(open[0]) == "worksheet" &&
                                 local(open[1]) == "sheetData" && is_utf8(stream.declared_encoding())));
        if (out.ok && !piece.last) {
            open_tags_ = "<" + open[0] + "><" + open[1] + ">";
            close_tags_ = "</" + open[1] + "></" + open[0] + ">";
            // The piece must end between two tags: one that ends inside a
            // comment would give the next piece the rows the comment holds.
            // The end tags then close the document, or expat throws.
            stream.parse_buffer(close_tags_.data(), close_tags_.size(), true);
        }
    } catch (...) {
        out.ok = false;
    }
    {
        const std::lock_guard lock(mutex_);
        context_ = out.ok ? Context::known : Context::broken;
    }
    changed_.notify_all();
    return out;
}

SheetChunks::Parsed SheetChunks::parse(const Piece& piece) {
    Parsed out;
    {
        std::unique_lock lock(mutex_);
        changed_.wait(lock, [&] { return stopping_ || context_ != Context::unknown; });
        if (context_ != Context::known) return out;
    }
    if (!piece.last && parse_plain(piece, out)) return out;
    SheetHandler handler(book_, sheet_);
    handler.gather_into(&out.rows);
    try {
        XmlStream stream(handler, sheet_);
        handler.set_parser(stream);
        stream.parse_buffer(open_tags_.data(), open_tags_.size(), false);
        stream.parse_buffer(piece.xml.data(), piece.xml.size(), false);
        const std::string_view close = piece.last ? std::string_view() : std::string_view(close_tags_);
        stream.parse_buffer(close.data(), close.size(), true);
        out.ok = !handler.had_unnumbered_row();
    } catch (...) {
        out.ok = false;
    }
    return out;
}

bool SheetChunks::parse_plain(const Piece& piece, Parsed& out) {
    if (piece.xml.size() > PlainXml::kMaxBytes) return false;
    std::string xml;
    xml.reserve(open_tags_.size() + piece.xml.size() + close_tags_.size());
    xml.append(open_tags_).append(piece.xml).append(close_tags_);
    SheetHandler handler(book_, sheet_);
    handler.gather_into(&out.rows);
    PlainXml parser;
    handler.set_parser(parser);
    switch (parser.parse(xml, handler)) {
        case PlainXml::Result::parsed:
            out.ok = !handler.had_unnumbered_row();
            return true;
        case PlainXml::Result::failed:
            out.ok = false;
            return true;
        case PlainXml::Result::not_plain:
            break;
    }
    out.rows.clear();
    return false;
}

}  // namespace ipskit::readers::xlsx
