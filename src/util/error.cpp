#include "util/error.hpp"

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "util/message_language.hpp"

namespace ipskit::util {

namespace {

std::string join_messages(const std::vector<Diagnostic>& diagnostics, std::size_t not_shown) {
    std::string text;
    for (const auto& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += format_diagnostic(d);
    }
    if (not_shown > 0)
        text += not_shown == 1
                    ? tr("\n... and 1 more error not shown", "\n... og 1 fejl mere, som ikke er vist")
                    : fmt::format(fmt::runtime(tr("\n... and {} more errors not shown",
                                                  "\n... og {} fejl mere, som ikke er vist")),
                                  not_shown);
    return text;
}

std::string format_located(const Diagnostic& d, const std::string& kind) {
    std::string text;
    if (!d.where.file.empty()) {
        text += d.where.file;
        if (d.where.line > 0) text += fmt::format(":{}", d.where.line);
        if (d.where.line > 0 && d.where.column > 0) text += fmt::format(":{}", d.where.column);
        text += ": ";
    }
    text += kind + d.what;
    if (!d.fix.empty()) text += " — " + d.fix;
    return text;
}

}  // namespace

std::string format_diagnostic(const Diagnostic& d) {
    return format_located(d, tr("error: ", "fejl: "));
}

std::string format_warning(const Diagnostic& d) {
    return format_located(d, tr("warning: ", "advarsel: "));
}

std::string system_reason(int error_number) {
    switch (error_number) {
        case ENOENT:
            return tr("No such file or directory", "filen eller mappen findes ikke");
        case EACCES:
        case EPERM:
            return tr("Permission denied", "adgang nægtet");
        case EISDIR:
            return tr("Is a directory", "det er en mappe");
        case ENOTDIR:
            return tr("Not a directory", "en del af stien er ikke en mappe");
        case ENOSPC:
            return tr("No space left on device", "der er ikke mere plads på disken");
        case EROFS:
            return tr("Read-only file system", "filsystemet er skrivebeskyttet");
        default:
            return std::strerror(error_number);
    }
}

Error::Error(Location where, std::string what, std::string fix)
    : Error(std::vector<Diagnostic>{Diagnostic{std::move(where), std::move(what), std::move(fix)}}) {}

Error::Error(std::vector<Diagnostic> diagnostics, std::size_t not_shown)
    : std::runtime_error(join_messages(diagnostics, not_shown)), diagnostics_(std::move(diagnostics)) {}

void ErrorCollector::add(Diagnostic d) {
    if (kept_.size() < limit_)
        kept_.push_back(std::move(d));
    else
        ++dropped_;
}

void ErrorCollector::add_all(const Error& e) {
    for (const auto& d : e.diagnostics()) add(d);
}

void ErrorCollector::append(const ErrorCollector& other, int line_shift) {
    for (Diagnostic d : other.kept_) {
        if (d.where.line > 0) d.where.line += line_shift;
        add(std::move(d));
    }
    dropped_ += other.dropped_;
}

void ErrorCollector::throw_if_any() const {
    if (!kept_.empty()) throw Error(kept_, dropped_);
}

}  // namespace ipskit::util
