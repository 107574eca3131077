#pragma once
// The one error type ipskit throws for anything a user can fix: bad input, a
// missing file, a wrong option value. It carries where the problem is, what is
// wrong and what to do, and is formatted in exactly one place.

#include <stdexcept>
#include <string>
#include <vector>

namespace ipskit::util {

// Where a problem was found. line and column are 1-based; 0 means unknown.
struct Location {
    std::string file;
    int line = 0;
    int column = 0;
};

// One problem: where, what is wrong, and how to fix it (may be empty).
struct Diagnostic {
    Location where;
    std::string what;
    std::string fix;
};

// "FILE:LINE:COLUMN: error: WHAT — HOW TO FIX", leaving out what is unknown.
std::string format_diagnostic(const Diagnostic& d);
// The same with "warning:" ("advarsel:") for a problem that does not stop the run.
std::string format_warning(const Diagnostic& d);

// Why a system call failed (errno), in the message language: the common
// reasons in Danish too, the rest as the C library words them.
std::string system_reason(int error_number);

class Error : public std::runtime_error {
public:
    explicit Error(Location where, std::string what, std::string fix = {});
    explicit Error(std::vector<Diagnostic> diagnostics, std::size_t not_shown = 0);

    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

private:
    std::vector<Diagnostic> diagnostics_;
};

// Gathers row errors so that a user can fix a file in one pass: up to `limit`
// are kept, the rest only counted.
class ErrorCollector {
public:
    explicit ErrorCollector(std::size_t limit = 20) : limit_(limit) {}

    void add(Diagnostic d);
    void add_all(const Error& e);
    // Adds `other`'s problems after this one's, their lines moved on by
    // `line_shift`: a file read in parts numbers each part's lines from 1.
    void append(const ErrorCollector& other, int line_shift);
    // Counts `n` more diagnostics that are not kept, for a caller that only
    // made room() of them.
    void add_not_shown(std::size_t n) { dropped_ += n; }
    // How many more add() would keep.
    std::size_t room() const { return limit_ - kept_.size(); }
    bool empty() const { return kept_.empty(); }
    std::size_t count() const { return kept_.size() + dropped_; }
    // Throws one Error holding every gathered diagnostic, if there are any.
    void throw_if_any() const;

private:
    std::size_t limit_;
    std::vector<Diagnostic> kept_;
    std::size_t dropped_ = 0;
};

}  // namespace ipskit::util
