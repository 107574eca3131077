#pragma once
// The zip container of a workbook, through minizip. An entry is read in
// chunks and never whole; a deflated one is inflated by ISA-L's igzip,
// which inflates a sheet's XML six times as fast as zlib (0.4 s for a
// million rows against 2.5 s: zlib alone was more than the time a workbook
// of that size may take), with its CRC-32 checked as zlib's would be. The
// bytes it inflates to are counted against limits as they come, since the
// sizes a zip file declares may lie: a zip bomb stops with an error, not
// with the memory or the disk full.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace ipskit::readers::xlsx {

struct ZipLimits {
    // The most an entry may inflate to; a sheet of a million rows is some
    // 400 MB of XML.
    std::uint64_t max_entry_bytes = std::uint64_t{4} << 30;
    // Inflated-to-compressed, checked once an entry has given this many
    // bytes: sheet XML inflates some 10 to 50 times, a zip bomb a thousand.
    std::uint64_t ratio_checked_after = 16u << 20;
    std::uint64_t max_ratio = 500;
};

class ZipArchive {
public:
    // Opens the zip file at `path`; `name` is how messages call it. Throws
    // ipskit::util::Error when it cannot be opened or is no zip file.
    ZipArchive(const std::string& path, std::string name, ZipLimits limits = {});
    ZipArchive(const ZipArchive&) = delete;
    ZipArchive& operator=(const ZipArchive&) = delete;
    ~ZipArchive();

    const std::string& name() const { return name_; }
    // Whether the archive holds `entry` (a path such as "xl/workbook.xml").
    bool has(const std::string& entry);
    // Opens `entry` for read(); one entry is open at a time. Throws
    // ipskit::util::Error when it is missing, encrypted or compressed in a
    // way minizip cannot read.
    void open(const std::string& entry, std::uint64_t max_bytes);
    // Copies up to `size` inflated bytes of the open entry to `out`; 0 at its
    // end, where the entry's checksum is checked and it is closed. Throws
    // ipskit::util::Error for a damaged entry or one that passes a limit.
    std::size_t read(char* out, std::size_t size);
    // The size the open entry declares it inflates to (it may lie).
    std::uint64_t entry_size() const { return declared_; }

private:
    struct Inflater;  // igzip's state and the packed bytes read ahead

    std::size_t read_inflated(char* out, std::size_t size);
    std::size_t read_stored(char* out, std::size_t size);
    void count(std::size_t got);
    void close_entry();
    [[noreturn]] void fail_damaged() const;
    [[noreturn]] void fail_checksum() const;
    [[noreturn]] void fail(const std::string& what, const std::string& fix) const;

    void* zip_ = nullptr;  // minizip's unzFile
    std::string name_;
    ZipLimits limits_;
    std::string entry_;  // the open entry, empty when none
    std::uint64_t compressed_ = 0;
    std::uint64_t inflated_ = 0;
    std::uint64_t max_bytes_ = 0;
    std::uint64_t declared_ = 0;
    std::unique_ptr<Inflater> inflater_;  // set while a deflated entry is open
};

}  // namespace ipskit::readers::xlsx
