#pragma once
// Helpers for the CsvReader tests: read a whole text into plain values, at
// every small block size.

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "readers/csv/reader.hpp"

namespace csv_test {

using ipskit::readers::csv::CsvOptions;
using ipskit::readers::csv::CsvReader;
using ipskit::readers::csv::CsvRecord;

struct Row {
    int line;
    std::vector<std::string> fields;
    bool operator==(const Row&) const = default;
};

struct Table {
    char delimiter;
    std::vector<std::string> header;
    std::vector<Row> rows;
    bool operator==(const Table&) const = default;
};

inline Table read_with(const std::string& text, CsvOptions options) {
    CsvReader reader = CsvReader::from_text(text, "in.csv", options);
    Table table{reader.delimiter(), reader.header(), {}};
    CsvRecord record;
    while (reader.next(record))
        table.rows.push_back({record.line, {record.fields.begin(), record.fields.end()}});
    return table;
}

// Reads `text` with block sizes from 1 byte up, so that every block boundary
// falls inside some field, quote pair or CR LF; all must read the same.
inline Table read_all(const std::string& text, CsvOptions options = {}) {
    const Table whole = read_with(text, options);
    for (std::size_t chunk : {1u, 2u, 3u, 5u, 7u, 64u}) {
        options.chunk_bytes = chunk;
        CAPTURE(chunk);
        CHECK(read_with(text, options) == whole);
    }
    return whole;
}

using Fields = std::vector<std::string>;

}  // namespace csv_test
