#pragma once
// Splits one CSV record into fields (RFC 4180), for CsvReader. It is built on
// the stack for each record, with copies of what it needs, so that the
// compiler keeps its state in registers across the whole record; it reports
// problems as values, and CsvReader turns them into messages.

#include <bit>
#include <cstddef>
#include <cstdint>
#include <new>
#include <string_view>
#include <vector>

#include "readers/csv/stop_scanner.hpp"

namespace ipskit::readers::csv {

// Why a scan stopped before the end of its record.
enum class ScanStop {
    none,
    need_more,
    unclosed_quote,
    text_after_quote,
    nul,
    field_too_long,
    quoted_too_long
};

struct RecordScanner {
    const char* end;  // end of the data read so far; *end is a stop byte
    bool at_eof;      // nothing follows `end`
    char delimiter;
    std::size_t max_field;
    StopScanner stops;
    std::vector<std::string_view>& fields;  // the fields found
    std::vector<std::size_t>& escaped;      // the quoted fields that hold ""

    int breaks = 0;  // line breaks inside quoted fields so far
    ScanStop stop = ScanStop::none;
    std::size_t stop_field = 0;  // where the scan stopped: field index
    int stop_breaks = 0;         // and line, as breaks after the first line

    // Scans the fields of the record at `p` into `fields`. Returns where the
    // record ends (at its line break, or at `end` when at_eof), or nullptr
    // with `stop` set; need_more means that the buffer ended inside the
    // record.
    const char* scan(const char* p) {
        if (const char* record_end = scan_plain(p)) return record_end;
        fields.clear();
        const char* const record = p;
        for (;;) {
            const char* const start = p;
            if (*p == '"') {
                if ((p = quoted(p)) == nullptr) return nullptr;
            } else {
                // A quote inside an unquoted field is text: Excel never
                // writes one there, and reading it as text is what Excel does.
                p = stops.next(p);
                while (*p == '"') p = stops.next(p + 1);
                fields.emplace_back(start, static_cast<std::size_t>(p - start));
            }
            if (*p != delimiter) break;
            ++p;
        }
        // Checked once per record rather than once per field.
        if (static_cast<std::size_t>(p - record) > max_field) {
            for (std::size_t i = 0; i < fields.size(); ++i)
                if (fields[i].size() > max_field) return halt(ScanStop::field_too_long, i, breaks);
        }
        if (p == end && !at_eof) return halt(ScanStop::need_more, 0, 0);
        if (*p == '\0' && p != end) return halt(ScanStop::nul, fields.size() - 1, breaks);
        return p;
    }

private:
    static constexpr std::size_t kPlainFields = 64;

    // The common record, read the quick way: no quote, at most kPlainFields
    // fields, ended by a line break before `end`, no longer than a field may
    // be. Its fields are found by walking the stop bits of each block, and
    // kept on the stack until the record is known to be one. Returns where
    // the record ends, or nullptr for any other record, which scan() then
    // reads the general way, from its start.
    const char* scan_plain(const char* p) {
        // Raw room, not an array of string_view, which would be zeroed on
        // every record: every view used is constructed first.
        alignas(std::string_view) unsigned char room[kPlainFields * sizeof(std::string_view)];
        auto* const found = reinterpret_cast<std::string_view*>(room);
        std::size_t n = 0;
        const char* start = p;
        StopScanner::Stops at = stops.from(p);
        for (;;) {
            while (at.bits == 0) at = stops.after(at);
            const char* const next = at.block + std::countr_zero(at.bits);
            at.bits &= at.bits - 1;
            new (found + n++) std::string_view(start, static_cast<std::size_t>(next - start));
            if (*next != delimiter) {
                if (*next == '"' || *next == '\0' || static_cast<std::size_t>(next - p) > max_field)
                    return nullptr;
                // One block copy: string_view is trivially copyable.
                fields.assign(found, found + n);
                return next;
            }
            if (n == kPlainFields) return nullptr;
            start = next + 1;
        }
    }

    const char* halt(ScanStop why, std::size_t field, int at_breaks) {
        stop = why;
        stop_field = field;
        stop_breaks = at_breaks;
        return nullptr;
    }

    // Returns the position after the closing quote.
    const char* quoted(const char* open) {
        const int open_breaks = breaks;
        bool doubled = false;
        const char* p = open + 1;
        for (;;) {
            p = stops.next(p);
            if (static_cast<std::size_t>(p - open - 1) > max_field)
                return halt(ScanStop::quoted_too_long, fields.size(), open_breaks);
            if (*p == delimiter) {
                ++p;
                continue;
            }
            if (p == end)
                return halt(at_eof ? ScanStop::unclosed_quote : ScanStop::need_more, fields.size(),
                            open_breaks);
            if (*p == '\0') return halt(ScanStop::nul, fields.size(), breaks);
            if (p + 1 == end && !at_eof) return halt(ScanStop::need_more, 0, 0);  // "" or CR LF may be split
            if (*p == '"' && p[1] != '"') break;                                  // the closing quote
            if (*p == '"') {
                doubled = true;
                p += 2;
                continue;
            }
            ++breaks;
            p += (*p == '\r' && p[1] == '\n') ? 2 : 1;
        }
        const char* const after = p + 1;
        if (after != end && *after != delimiter && *after != '\n' && *after != '\r' && *after != '\0')
            return halt(ScanStop::text_after_quote, fields.size(), breaks);
        if (doubled) escaped.push_back(fields.size());
        fields.emplace_back(open + 1, static_cast<std::size_t>(p - open - 1));
        return after;
    }
};

}  // namespace ipskit::readers::csv
