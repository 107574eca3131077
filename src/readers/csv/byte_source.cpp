#include "readers/csv/byte_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <sys/types.h>

#include "util/error.hpp"
#include "util/input_files.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::csv {

namespace {

class FileSource : public ByteSource {
public:
    FileSource(std::FILE* file, std::string path) : file_(file), path_(std::move(path)) {}
    ~FileSource() override { std::fclose(file_); }
    std::FILE* file() const { return file_; }
    FileSource(const FileSource&) = delete;
    FileSource& operator=(const FileSource&) = delete;

    std::size_t read(char* out, std::size_t size) override {
        const std::size_t got = std::fread(out, 1, size, file_);
        if (got < size && std::ferror(file_))
            throw util::Error(util::Location{path_},
                              util::tr("cannot read the file (", "kan ikke læse filen (") +
                                  util::system_reason(errno) + ")",
                              "check that the path names a CSV file");
        return got;
    }

private:
    std::FILE* file_;
    std::string path_;
};

class TextSource : public ByteSource {
public:
    explicit TextSource(std::string text) : text_(std::move(text)) {}

    std::size_t read(char* out, std::size_t size) override {
        const std::size_t n = std::min(size, text_.size() - offset_);
        std::memcpy(out, text_.data() + offset_, n);
        offset_ += n;
        return n;
    }

private:
    std::string text_;
    std::size_t offset_ = 0;
};

}  // namespace

std::unique_ptr<ByteSource> open_file_source(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        throw util::Error(
            util::Location{path},
            util::tr("cannot open the file (", "kan ikke åbne filen (") + util::system_reason(errno) + ")",
            util::tr("check the path", "tjek stien"));
    util::note_input(path);
    // The reader asks for megabyte blocks; stdio's own buffer would only add
    // a copy.
    std::setvbuf(file, nullptr, _IONBF, 0);
    return std::make_unique<FileSource>(file, path);
}

std::unique_ptr<ByteSource> open_file_source(const std::string& path, std::uint64_t offset) {
    auto source = open_file_source(path);
    if (::fseeko(static_cast<FileSource&>(*source).file(), static_cast<off_t>(offset), SEEK_SET) != 0)
        throw util::Error(
            util::Location{path},
            util::tr("cannot read the file (", "kan ikke læse filen (") + util::system_reason(errno) + ")",
            "check that the path names a CSV file");
    return source;
}

std::unique_ptr<ByteSource> make_text_source(std::string text) {
    return std::make_unique<TextSource>(std::move(text));
}

}  // namespace ipskit::readers::csv
