// Streams the rows of a worksheet part, in one stream (sheet_handler.hpp)
// or, for a large part, in pieces on several threads (sheet_chunks.hpp).

#include "readers/xlsx/sheet_chunks.hpp"
#include "readers/xlsx/sheet_handler.hpp"
#include "readers/xlsx/workbook.hpp"
#include "readers/xlsx/xml_stream.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

SheetReader::SheetReader(Workbook& book, std::size_t index) : book_(&book), index_(index) {
    const SheetEntry& entry = book.info_.sheets.at(index);
    handler_ = std::make_unique<SheetHandler>(book, entry.name);
    if (entry.path.empty() || !book.zip_.has(entry.path))
        throw util::Error(util::Location{book.name() + ":" + entry.name},
                          util::tr("the workbook lists this sheet but does not hold it",
                                   "projektmappen nævner dette ark, men rummer det ikke"),
                          util::tr("save the workbook again from Excel or LibreOffice",
                                   "gem projektmappen igen fra Excel eller LibreOffice"));
    book.zip_.open(entry.path, book.limits_.zip.max_entry_bytes);
    const WorkbookLimits& limits = book.limits_;
    if (limits.parse_threads >= 2 && book.zip_.entry_size() >= limits.parallel_from_bytes)
        chunks_ = std::make_unique<SheetChunks>(book, entry.name, limits.piece_bytes, limits.parse_threads);
    else
        start_stream();
}

void SheetReader::start_stream() {
    const SheetEntry& entry = book_->info_.sheets.at(index_);
    handler_ = std::make_unique<SheetHandler>(*book_, entry.name);
    stream_ = std::make_unique<XmlStream>(*handler_, book_->name() + ":" + entry.name);
    handler_->set_parser(*stream_);
}

SheetReader::SheetReader(SheetReader&&) noexcept = default;
SheetReader& SheetReader::operator=(SheetReader&&) noexcept = default;
SheetReader::~SheetReader() = default;

const std::string& SheetReader::name() const {
    return handler_->sheet();
}

bool SheetReader::next(Row& row) {
    while (chunks_) {
        if (piece_at_ < piece_rows_.size()) {
            std::swap(row, piece_rows_[piece_at_++]);
            ++handed_out_;
            return true;
        }
        piece_at_ = 0;
        piece_rows_.clear();
        switch (chunks_->next(piece_rows_)) {
            case SheetChunks::Next::rows:
                break;
            case SheetChunks::Next::end:
                chunks_.reset();
                return false;
            case SheetChunks::Next::give_up:
                chunks_.reset();
                book_->zip_.open(book_->info_.sheets.at(index_).path, book_->limits_.zip.max_entry_bytes);
                start_stream();
                to_pass_over_ = handed_out_;
                break;
        }
    }
    if (!stream_) return false;  // the pieces ended the sheet
    while (next_in_stream(row)) {
        if (to_pass_over_ == 0) return true;
        --to_pass_over_;
    }
    return false;
}

bool SheetReader::next_in_stream(Row& row) {
    for (;;) {
        if (handler_->take_row(row)) return true;
        if (!stream_->parse_some(book_->zip_)) return handler_->take_row(row);
    }
}

util::Location SheetReader::location(int column, int row) const {
    return cell_location(book_->name(), handler_->sheet(), column, row);
}

}  // namespace ipskit::readers::xlsx
