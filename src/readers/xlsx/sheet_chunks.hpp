#pragma once
// A large sheet parsed on several threads. expat reads some 100 MB of XML a
// second, and a sheet of a million rows is 370 MB of it, so one parser is
// most of the time of reading a workbook. Here one thread inflates the
// sheet's part and cuts the XML into pieces just before a "<row" (a row
// start, with any prefix), and other threads parse the pieces side by side,
// each with its own parser and handler; the rows come back in order.
//
// Why a piece parses as the whole file would: the first piece is parsed as
// the start of the document, and must end inside <worksheet><sheetData>
// with every row closed; each later piece is parsed as a document of its
// own, wrapped in those two elements as the first piece spelt them, and
// must be well formed in them. A cut that is not between two rows (inside a
// comment or CDATA, or an element named "row" somewhere else) leaves a
// piece that is not, and so does any damage. Then, and whenever something
// else goes wrong (an error in a cell, a row without its number, a limit
// passed), the reader gives up the pieces and reads the sheet again in one
// stream, passing over the rows already handed out, so that the rows, the
// errors and their places are always those of the one stream. The pieces
// between the first and the last are read with pugixml when they are plain
// XML (plain_xml.hpp), which gives the same events several times as fast.
//
// Memory stays flat: at most a few pieces and their rows are in flight.

#include <condition_variable>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "readers/xlsx/cell.hpp"

namespace ipskit::readers::xlsx {

class Workbook;

// Where the last start tag of the element `name` ("<row" or "<x:row",
// followed by a space, "/" or ">") in `xml` begins, never at 0; npos when
// there is none. A piece is cut there.
std::size_t last_start_tag(std::string_view xml, std::string_view name);

class SheetChunks {
public:
    // Starts reading the open entry of the workbook's zip, for sheet `sheet`;
    // `threads` parse (at least 1), each piece about `piece_bytes`.
    SheetChunks(Workbook& book, std::string sheet, std::size_t piece_bytes, std::size_t threads);
    SheetChunks(const SheetChunks&) = delete;
    SheetChunks& operator=(const SheetChunks&) = delete;
    // Stops and joins the threads; the zip entry is then free to reopen.
    ~SheetChunks();

    enum class Next { rows, end, give_up };
    // The rows of the next piece, in order (a piece may have none); end
    // after the last; give_up when the sheet must be read in one stream.
    Next next(std::vector<Row>& rows);

private:
    struct Piece {
        std::string xml;
        bool last = false;
    };
    struct Parsed {
        std::vector<Row> rows;
        bool ok = false;
    };

    void stop();
    void produce();
    void parse_pieces();
    bool push(Piece piece);
    void give_up_producing();
    Parsed parse_first(const Piece& piece);
    Parsed parse(const Piece& piece);
    // A later piece but the last, by pugixml when it is plain (plain_xml.hpp);
    // false when it is for expat.
    bool parse_plain(const Piece& piece, Parsed& out);

    Workbook& book_;
    std::string sheet_;
    std::size_t piece_bytes_;
    std::size_t window_ = 0;  // pieces in flight at most: cut, parsed, not yet handed out

    std::mutex mutex_;
    std::condition_variable changed_;
    std::map<std::size_t, Piece> waiting_;  // cut, not yet taken by a parser
    std::map<std::size_t, Parsed> parsed_;  // parsed, not yet handed out
    std::size_t produced_ = 0;              // pieces cut so far
    std::size_t handed_out_ = 0;            // pieces whose rows next() gave
    bool produced_all_ = false;
    bool producer_failed_ = false;
    bool stopping_ = false;
    // The elements the first piece leaves open, which wrap each later one.
    enum class Context { unknown, known, broken } context_ = Context::unknown;
    std::string open_tags_, close_tags_;

    std::vector<std::thread> threads_;
};

}  // namespace ipskit::readers::xlsx
