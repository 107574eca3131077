#include "util/atomic_file.hpp"

#include <cerrno>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.hpp"
#include "util/input_files.hpp"
#include "util/message_language.hpp"

namespace ipskit::util {

namespace fs = std::filesystem;

namespace {

[[noreturn]] void fail(const std::string& target, const std::string& what, const std::string& fix) {
    throw Error({target, 0, 0}, what, fix);
}

[[noreturn]] void fail_errno(const std::string& target, const std::string& fix) {
    fail(target, tr("cannot write the output file: ", "kan ikke skrive outputfilen: ") + system_reason(errno),
         fix);
}

// /dev/stdout, /dev/stderr, /dev/fd/N and /proc/self/fd/N name a descriptor
// this process already has open; reopening them by name would start a
// regular file at offset 0 or fail on a pipe.
std::optional<int> open_descriptor(const std::string& path) {
    if (path == "/dev/stdout") return 1;
    if (path == "/dev/stderr") return 2;
    for (const std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (path.rfind(prefix, 0) != 0) continue;
        const std::string_view digits = std::string_view(path).substr(prefix.size());
        int fd = -1;
        const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), fd);
        if (ec == std::errc() && end == digits.data() + digits.size() && !digits.empty()) return fd;
    }
    return std::nullopt;
}

// The path a chain of symbolic links ends at (which may not exist yet).
std::string follow_links(const std::string& target) {
    fs::path path(target);
    for (int hops = 0; hops < 40; ++hops) {
        struct stat st {};
        if (lstat(path.c_str(), &st) != 0 || !S_ISLNK(st.st_mode)) return path.string();
        const fs::path link = fs::read_symlink(path);
        path = link.is_absolute() ? link : path.parent_path() / link;
    }
    fail(target,
         tr("the output path is a chain of more than 40 symbolic links",
            "outputstien er en kæde af mere end 40 symbolske links"),
         tr("point -o at the file itself", "lad -o pege på selve filen"));
}

// ".NAME.tmp-XXXXXX" beside the target; a name near the 255-byte limit of a
// file name is cut (on a character boundary), so that every name that can
// be written can be written atomically.
std::string temp_pattern_beside(const std::string& target) {
    const fs::path path(target);
    const fs::path dir = path.has_parent_path() ? path.parent_path() : ".";
    std::string stem = path.filename().string();
    constexpr std::size_t kMaxStem = 255 - 12;  // "." and ".tmp-XXXXXX"
    if (stem.size() > kMaxStem) {
        std::size_t cut = kMaxStem;
        while (cut > 0 && (static_cast<unsigned char>(stem[cut]) & 0xC0) == 0x80) --cut;
        stem.resize(cut);
    }
    return (dir / ("." + stem + ".tmp-XXXXXX")).string();
}

// The temporary files in use, for the signal handler: a run stopped by
// Ctrl-C or a kill must leave none behind. Fixed slots of plain chars, since
// a handler may only read memory and call unlink.
constexpr int kMaxLiveTemps = 8;
constexpr std::size_t kMaxPath = 4096;
char live_temps[kMaxLiveTemps][kMaxPath];
volatile std::sig_atomic_t live_used[kMaxLiveTemps];

extern "C" void remove_temps_and_die(int signal) {
    for (int i = 0; i < kMaxLiveTemps; ++i)
        if (live_used[i]) ::unlink(live_temps[i]);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void install_handlers_once() {
    static const bool installed = [] {
        for (const int signal : {SIGINT, SIGTERM, SIGHUP}) std::signal(signal, remove_temps_and_die);
        return true;
    }();
    (void)installed;
}

int remember_temp(const std::string& path) {
    install_handlers_once();
    if (path.size() >= kMaxPath) return -1;
    for (int i = 0; i < kMaxLiveTemps; ++i) {
        if (live_used[i]) continue;
        std::memcpy(live_temps[i], path.c_str(), path.size() + 1);
        live_used[i] = 1;
        return i;
    }
    return -1;
}

void forget_temp(int slot) {
    if (slot >= 0) live_used[slot] = 0;
}

std::string temp_pattern_elsewhere() {
    const char* dir = std::getenv("TMPDIR");
    return (fs::path(dir && *dir ? dir : "/tmp") / "ipskit-output-XXXXXX").string();
}

mode_t current_umask() {
    const mode_t mask = umask(0);
    umask(mask);
    return mask;
}

void write_all(int fd, std::string_view bytes, const std::string& target) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            fail_errno(target,
                       tr("check the free disk space, and that whatever reads the output is running",
                          "tjek den ledige diskplads, og at det program, der læser outputtet, kører"));
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

}  // namespace

AtomicFile::AtomicFile(std::string target) : target_(std::move(target)) {
    if (target_.empty())
        fail(
            "-o", tr("the output file name is empty", "navnet på outputfilen er tomt"),
            tr("give a file name, or - for standard output", "angiv et filnavn, eller - for standardoutput"));
    if (const auto fd = open_descriptor(target_)) {
        through_ = true;
        through_fd_ = *fd;
    } else {
        write_to_ = follow_links(target_);
        if (const auto input = input_at(write_to_))
            fail(target_,
                 tr("the output file is one of the inputs (", "outputfilen er en af inputfilerne (") +
                     *input + ")",
                 tr("choose another name for the output with -o or --xlsx",
                    "vælg et andet navn til outputtet med -o eller --xlsx"));
        struct stat st {};
        if (stat(write_to_.c_str(), &st) == 0) {
            if (S_ISDIR(st.st_mode))
                fail(target_, tr("the output path is a folder", "outputstien er en mappe"),
                     tr("give a file name inside it, e.g. ", "angiv et filnavn i den, fx ") +
                         (fs::path(target_) / "report.md").string());
            if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
                through_ = true;
            else if (!S_ISREG(st.st_mode))
                fail(target_,
                     tr("the output path is neither a file, a character device nor a FIFO",
                        "outputstien er hverken en fil, en tegnenhed eller en FIFO"),
                     tr("write to a regular file", "skriv til en almindelig fil"));
        }
    }
    temp_path_ = through_ ? temp_pattern_elsewhere() : temp_pattern_beside(write_to_);
    fd_ = mkstemp(temp_path_.data());
    if (fd_ < 0)
        fail_errno(target_, tr("check that the folder exists and is writable",
                               "tjek, at mappen findes og kan skrives i"));
    temp_slot_ = remember_temp(temp_path_);
    // mkstemp makes the file private; give it the permissions any new file would get.
    if (!through_) fchmod(fd_, 0666 & ~current_umask());
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) close(fd_);
    if (!committed_ || through_) std::remove(temp_path_.c_str());
    forget_temp(temp_slot_);
}

void AtomicFile::write(std::string_view bytes) {
    write_all(fd_, bytes, target_);
}

void AtomicFile::commit() {
    if (through_) {
        copy_through();
    } else {
        const bool closed = close(fd_) == 0;
        fd_ = -1;
        if (!closed || std::rename(temp_path_.c_str(), write_to_.c_str()) != 0)
            fail_errno(target_, tr("check that the folder is writable", "tjek, at mappen kan skrives i"));
        forget_temp(temp_slot_);  // the name is the target's now
        temp_slot_ = -1;
    }
    committed_ = true;
}

// The temporary file holds everything (libxlsxwriter may have written it by
// name); its bytes go to the device, FIFO or descriptor as they are.
void AtomicFile::copy_through() {
    const int out = through_fd_ >= 0 ? through_fd_ : ::open(write_to_.c_str(), O_WRONLY | O_CLOEXEC);
    if (out < 0)
        fail_errno(target_, tr("check that the device or FIFO can be written",
                               "tjek, at enheden eller FIFO'en kan skrives til"));
    if (lseek(fd_, 0, SEEK_SET) < 0)
        fail_errno(target_, tr("check the temporary folder ($TMPDIR)",
                               "tjek mappen til midlertidige filer ($TMPDIR)"));
    char buffer[1 << 16];
    for (;;) {
        const ssize_t n = ::read(fd_, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0)
            fail_errno(target_, tr("check the temporary folder ($TMPDIR)",
                                   "tjek mappen til midlertidige filer ($TMPDIR)"));
        if (n == 0) break;
        write_all(out, std::string_view(buffer, static_cast<std::size_t>(n)), target_);
    }
    if (through_fd_ < 0 && close(out) != 0)
        fail_errno(target_, tr("check that the device or FIFO can be written",
                               "tjek, at enheden eller FIFO'en kan skrives til"));
}

void write_file_atomically(const std::string& path, std::string_view bytes) {
    if (path == "-") {
        std::fflush(stdout);
        write_all(STDOUT_FILENO, bytes, tr("standard output", "standardoutput"));
        return;
    }
    AtomicFile file(path);
    file.write(bytes);
    file.commit();
}

void refuse_overwriting_inputs(const std::string& output, const std::vector<std::string>& inputs) {
    if (output.empty() || output == "-") return;
    std::error_code ec;
    for (const auto& input : inputs)
        if (std::filesystem::equivalent(output, input, ec))
            throw Error({output, 0, 0},
                        tr("the output file is one of the inputs (", "outputfilen er en af inputfilerne (") +
                            input + ")",
                        tr("choose another name for the output with -o or --xlsx",
                           "vælg et andet navn til outputtet med -o eller --xlsx"));
}

}  // namespace ipskit::util
