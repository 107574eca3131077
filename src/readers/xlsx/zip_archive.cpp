#include "readers/xlsx/zip_archive.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <isa-l/igzip_lib.h>
#include <string_view>
#include <unzip.h>
#include <vector>

#include <fmt/format.h>

#include "util/error.hpp"
#include "util/input_files.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::xlsx {

namespace {

unzFile as_unz(void* zip) {
    return static_cast<unzFile>(zip);
}

// Packed bytes read from the entry at a time.
constexpr std::size_t kPackedBytes = 64 << 10;

// The first bytes of the file, to tell the files people pick by mistake from
// a workbook before minizip says only "bad zip file".
std::string file_start(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr)
        throw util::Error(
            util::Location{path},
            fmt::format(fmt::runtime(util::tr("cannot open the file ({})", "kan ikke åbne filen ({})")),
                        std::strerror(errno)),
            util::tr("check the path", "ret stien"));
    std::array<char, 8> start{};
    const std::size_t got = std::fread(start.data(), 1, start.size(), file);
    std::fclose(file);
    return std::string(start.data(), got);
}

// An encrypted xlsx is not a zip file but an OLE compound file holding the
// encrypted package, as an old .xls (BIFF) file is.
void check_signature(const std::string& path, const std::string& name) {
    const std::string start = file_start(path);
    if (start.size() == 8 && start == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        throw util::Error(
            util::Location{name},
            util::tr("the file is an encrypted (password-protected) workbook or an Excel 97-2003 "
                     "workbook (.xls), which ipskit cannot read",
                     "filen er en krypteret (adgangskodebeskyttet) projektmappe eller en Excel "
                     "97-2003-projektmappe (.xls), som ipskit ikke kan læse"),
            util::tr("open it in Excel or LibreOffice, remove the password, and save it as an "
                     "\"Excel Workbook (.xlsx)\"",
                     "åbn den i Excel eller LibreOffice, fjern adgangskoden, og gem den som "
                     "\"Excel-projektmappe (.xlsx)\""));
    if (start.substr(0, 4) != std::string_view("PK\x03\x04", 4))
        throw util::Error(
            util::Location{name},
            util::tr("the file is not an Excel workbook (.xlsx): it is not a zip file",
                     "filen er ikke en Excel-projektmappe (.xlsx): den er ikke en zip-fil"),
            util::tr("give an .xlsx file, or a CSV file", "angiv en .xlsx-fil eller en CSV-fil"));
}

}  // namespace

struct ZipArchive::Inflater {
    inflate_state state{};
    std::vector<unsigned char> packed = std::vector<unsigned char>(kPackedBytes);
    std::uint32_t crc = 0;  // the CRC-32 the entry declares
    bool input_ended = false;
    bool finished = false;
};

ZipArchive::ZipArchive(const std::string& path, std::string name, ZipLimits limits)
    : name_(std::move(name)), limits_(limits) {
    check_signature(path, name_);
    zip_ = unzOpen64(path.c_str());
    if (zip_ == nullptr)
        fail(util::tr("the workbook's zip container is damaged", "projektmappens zip-beholder er beskadiget"),
             util::tr("save the workbook again from Excel or LibreOffice",
                      "gem projektmappen igen fra Excel eller LibreOffice"));
    util::note_input(path);
}

ZipArchive::~ZipArchive() {
    if (zip_ == nullptr) return;
    if (!entry_.empty()) unzCloseCurrentFile(as_unz(zip_));
    unzClose(as_unz(zip_));
}

bool ZipArchive::has(const std::string& entry) {
    close_entry();
    return unzLocateFile(as_unz(zip_), entry.c_str(), 1) == UNZ_OK;
}

void ZipArchive::open(const std::string& entry, std::uint64_t max_bytes) {
    if (!has(entry))
        fail(fmt::format(fmt::runtime(util::tr("the workbook has no part \"{}\"",
                                               "projektmappen har ingen del \"{}\"")),
                         entry),
             util::tr("save the workbook again from Excel or LibreOffice",
                      "gem projektmappen igen fra Excel eller LibreOffice"));
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(as_unz(zip_), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
        (info.compression_method != 0 && info.compression_method != Z_DEFLATED))
        fail(fmt::format(
                 fmt::runtime(util::tr("the part \"{}\" of the workbook is compressed in a way ipskit "
                                       "cannot read",
                                       "delen \"{}\" af projektmappen er pakket på en måde, som ipskit "
                                       "ikke kan læse")),
                 entry),
             util::tr("save the workbook again from Excel or LibreOffice",
                      "gem projektmappen igen fra Excel eller LibreOffice"));
    if ((info.flag & 1U) != 0)
        fail(util::tr("the workbook is encrypted", "projektmappen er krypteret"),
             util::tr("save it without a password", "gem den uden adgangskode"));
    // A deflated entry is opened raw: minizip hands over the packed bytes,
    // and igzip inflates them.
    const bool deflated = info.compression_method == Z_DEFLATED;
    int method = 0, level = 0;
    if (unzOpenCurrentFile2(as_unz(zip_), &method, &level, deflated ? 1 : 0) != UNZ_OK)
        fail(fmt::format(fmt::runtime(util::tr("cannot read the part \"{}\" of the workbook",
                                               "kan ikke læse delen \"{}\" af projektmappen")),
                         entry),
             util::tr("save the workbook again from Excel or LibreOffice",
                      "gem projektmappen igen fra Excel eller LibreOffice"));
    inflater_.reset();
    if (deflated) {
        inflater_ = std::make_unique<Inflater>();
        isal_inflate_init(&inflater_->state);
        inflater_->state.crc_flag = ISAL_GZIP_NO_HDR;  // raw deflate, with the CRC-32 kept
        inflater_->crc = static_cast<std::uint32_t>(info.crc);
    }
    entry_ = entry;
    // A stored entry cannot be a bomb; for a deflated one the ratio is held
    // against the size it declares, and the bytes counted as they come.
    compressed_ =
        info.compression_method == 0 ? UINT64_MAX : std::max<std::uint64_t>(info.compressed_size, 1);
    inflated_ = 0;
    declared_ = info.uncompressed_size;
    max_bytes_ = std::min(max_bytes, limits_.max_entry_bytes);
}

std::size_t ZipArchive::read(char* out, std::size_t size) {
    if (entry_.empty() || size == 0) return 0;
    const std::size_t got = inflater_ ? read_inflated(out, size) : read_stored(out, size);
    count(got);
    return got;
}

std::size_t ZipArchive::read_stored(char* out, std::size_t size) {
    const int got = unzReadCurrentFile(as_unz(zip_), out, static_cast<unsigned>(size));
    if (got < 0) fail_damaged();
    if (got == 0) {
        entry_.clear();
        if (unzCloseCurrentFile(as_unz(zip_)) == UNZ_CRCERROR) fail_checksum();
    }
    return static_cast<std::size_t>(got);
}

std::size_t ZipArchive::read_inflated(char* out, std::size_t size) {
    Inflater& in = *inflater_;
    inflate_state& state = in.state;
    state.next_out = reinterpret_cast<std::uint8_t*>(out);
    state.avail_out = static_cast<std::uint32_t>(std::min<std::size_t>(size, UINT32_MAX));
    const std::uint32_t wanted = state.avail_out;
    while (!in.finished && state.avail_out == wanted) {
        if (state.avail_in == 0 && !in.input_ended) {
            const int packed =
                unzReadCurrentFile(as_unz(zip_), in.packed.data(), static_cast<unsigned>(kPackedBytes));
            if (packed < 0) fail_damaged();
            in.input_ended = packed == 0;
            state.next_in = in.packed.data();
            state.avail_in = static_cast<std::uint32_t>(packed);
        }
        if (isal_inflate(&state) < 0) fail_damaged();
        in.finished = state.block_state == ISAL_BLOCK_FINISH;
        // The packed bytes ended before the deflate stream did.
        if (!in.finished && in.input_ended && state.avail_in == 0 && state.avail_out == wanted)
            fail_damaged();
    }
    const std::size_t got = wanted - state.avail_out;
    if (got == 0) {
        unzCloseCurrentFile(as_unz(zip_));
        entry_.clear();
        const bool crc_matches = state.crc == in.crc;
        inflater_.reset();
        if (!crc_matches) fail_checksum();
    }
    return got;
}

void ZipArchive::count(std::size_t got) {
    inflated_ += got;
    const bool too_large = inflated_ > max_bytes_;
    const bool bomb = compressed_ != UINT64_MAX && inflated_ > limits_.ratio_checked_after &&
                      inflated_ / compressed_ > limits_.max_ratio;
    if (!too_large && !bomb) return;
    fail(fmt::format(fmt::runtime(util::tr("the part \"{}\" of the workbook inflates to more than {} "
                                           "(a zip bomb?)",
                                           "delen \"{}\" af projektmappen fylder udpakket mere end {} "
                                           "(en zip-bombe?)")),
                     entry_,
                     too_large ? fmt::format("{} MB", max_bytes_ >> 20)
                               : fmt::format(fmt::runtime(util::tr("{} times its packed size",
                                                                   "{} gange sin pakkede størrelse")),
                                             limits_.max_ratio)),
         util::tr("check where the file comes from; a workbook saved by Excel or LibreOffice is never this",
                  "tjek, hvor filen kommer fra; en projektmappe gemt af Excel eller LibreOffice er aldrig "
                  "sådan"));
}

void ZipArchive::fail_damaged() const {
    fail(fmt::format(fmt::runtime(util::tr("the part \"{}\" of the workbook is damaged",
                                           "delen \"{}\" af projektmappen er beskadiget")),
                     entry_),
         util::tr("save the workbook again from Excel or LibreOffice",
                  "gem projektmappen igen fra Excel eller LibreOffice"));
}

void ZipArchive::fail_checksum() const {
    fail(util::tr("the workbook's zip container is damaged (a checksum does not match)",
                  "projektmappens zip-beholder er beskadiget (en kontrolsum passer ikke)"),
         util::tr("save the workbook again from Excel or LibreOffice",
                  "gem projektmappen igen fra Excel eller LibreOffice"));
}

void ZipArchive::close_entry() {
    if (entry_.empty()) return;
    unzCloseCurrentFile(as_unz(zip_));
    entry_.clear();
    inflater_.reset();
}

void ZipArchive::fail(const std::string& what, const std::string& fix) const {
    throw util::Error(util::Location{name_}, what, fix);
}

}  // namespace ipskit::readers::xlsx
