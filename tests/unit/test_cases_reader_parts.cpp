// Reading an extract in parts side by side must give exactly what one pass
// gives: the same courses in the same order, the same problems at the same
// lines, whatever the number of parts and wherever the cuts fall (inside a
// quoted field with line breaks, on a blank line, in a bad row).

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <unistd.h>
#include <vector>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "readers/cases/reader.hpp"
#include "readers/text/encoding.hpp"
#include "util/error.hpp"

namespace {

namespace fs = std::filesystem;
using ipskit::outcomes::Case;
using ipskit::readers::cases::CasesReadOptions;
using ipskit::readers::cases::read_cases_summed;
using ipskit::util::Error;

struct Read {
    std::vector<std::string> cases;  // the courses, in order
    std::string error;               // the message thrown, if any
    long rows = 0;
    long rows_with_errors = 0;
    std::size_t parts = 0;
    std::size_t workers = 0;
    bool read_again = false;
    bool operator==(const Read& other) const {
        return cases == other.cases && error == other.error && rows == other.rows &&
               rows_with_errors == other.rows_with_errors;
    }
};

std::string describe(const Case& c) {
    return fmt::format("{}|{}|{}|{}|{}|{}|{}|{}|{}|{}|{}", c.site, c.cluster, c.consultant, c.target_group,
                       c.referral.value_or(-1), c.start, c.first_employer_contact.value_or(-1),
                       c.outcome ? static_cast<int>(*c.outcome) : -1, c.outcome_date.value_or(-1),
                       c.end.value_or(-1), c.aftercare);
}

// A Sum for read_cases_summed that records every course by its part.
struct Recorder {
    std::map<std::size_t, std::vector<std::string>> parts;
    std::size_t current = 0;
    int repeated_parts = 0;  // parts given to two threads: must stay 0

    void start_part(std::size_t part) { current = part; }
    void add(const Case& c) { parts[current].push_back(describe(c)); }
    void merge(const Recorder& other) {
        for (const auto& [part, cases] : other.parts) repeated_parts += parts.count(part) ? 1 : 0;
        for (const auto& [part, cases] : other.parts) parts[part] = cases;
        repeated_parts += other.repeated_parts;
    }
};

Read read(const fs::path& path, std::size_t threads, bool keep_going = false,
          ipskit::readers::text::Encoding encoding = ipskit::readers::text::Encoding::utf8,
          std::size_t parts_per_thread = 4) {
    CasesReadOptions options;
    options.csv.encoding = encoding;
    options.threads = threads;
    options.parts_per_thread = parts_per_thread;
    options.min_part_bytes = 1;  // cut even the smallest file
    options.keep_going = keep_going;
    // Each thread's recorder keeps the courses of the parts it took, by
    // part; joined, they are put in file order by part. A course counted
    // twice (a restart that left a sum as it was) or lost shows as a
    // difference from the single pass.
    Read result;
    try {
        const auto [sum, summary] =
            read_cases_summed(path.string(), options, Recorder{}, [](const std::string&) {});
        result.rows = summary.rows;
        result.rows_with_errors = summary.rows_with_errors;
        result.parts = summary.parts;
        result.workers = summary.workers;
        result.read_again = summary.read_again;
        CHECK(summary.workers <= threads);
        CHECK(sum.repeated_parts == 0);
        // Read again in one pass, every course comes from part 0.
        if (summary.read_again) CHECK(sum.parts.size() <= 1);
        for (const auto& [part, cases] : sum.parts)
            result.cases.insert(result.cases.end(), cases.begin(), cases.end());
    } catch (const Error& e) {
        result.error = e.what();
    }
    return result;
}

class Extract {
public:
    explicit Extract(const std::string& text)
        : path_(fs::temp_directory_path() / fmt::format("ipskit-parts-{}-{}.csv", ::getpid(), counter_++)) {
        std::ofstream(path_, std::ios::binary) << text;
    }
    ~Extract() { fs::remove(path_); }
    Extract(const Extract&) = delete;
    Extract& operator=(const Extract&) = delete;
    const fs::path& path() const { return path_; }

private:
    static inline int counter_ = 0;
    fs::path path_;
};

// A Danish-style extract of `rows` courses; `row_text(i)` may replace row i.
template <typename Change>
std::string extract(int rows, Change change) {
    std::string text =
        "\xEF\xBB\xBF"
        "Forløb ID;Kommune;Klynge;Konsulent;Målgruppe;Startdato;Resultat;Resultatdato;Slutdato;Efterværn\r\n";
    const char* outcomes[] = {"Ordinært job", "Fleksjob", "Uddannelse", "Andet"};
    for (int i = 1; i <= rows; ++i) {
        const int day = 1 + i % 28;
        std::string row = fmt::format(
            "F{:06};Kommune {};Klynge {};K{:03};\"gruppe "
            "{}\";{:02}-03-2019;{};{:02}-06-2020;{:02}-07-2020;{}\r\n",
            i, i % 7, i % 3, i % 11, i % 5, day, outcomes[i % 4], day, day, i % 2 ? "Ja" : "Nej");
        change(i, row);
        text += row;
    }
    return text;
}

// Every number of threads and parts reads the file as one pass does.
// Returns whether some cut fell inside a record (and the file was read
// again in one pass).
bool check_parts_agree(const std::string& text, bool expect_error) {
    const Extract file(text);
    const Read whole = read(file.path(), 1);
    CHECK(whole.error.empty() != expect_error);
    bool cut_inside = false;
    for (std::size_t threads : {2u, 3u, 4u, 7u, 16u}) {
        for (std::size_t parts_per_thread : {1u, 4u}) {
            CAPTURE(threads);
            CAPTURE(parts_per_thread);
            const Read parts =
                read(file.path(), threads, false, ipskit::readers::text::Encoding::utf8, parts_per_thread);
            CHECK(parts == whole);
            if (!(parts == whole)) MESSAGE(parts.error, "\n---\n", whole.error);
            if (expect_error) continue;
            // Read again, the file is one part.
            CHECK(parts.parts == (parts.read_again ? 1 : threads * parts_per_thread));
            cut_inside = cut_inside || parts.read_again;
        }
    }
    return cut_inside;
}

}  // namespace

TEST_CASE("an extract read in parts gives the courses of one pass, in order") {
    const std::string text = extract(2000, [](int, std::string&) {});
    const Extract file(text);
    const Read whole = read(file.path(), 1);
    REQUIRE(whole.cases.size() == 2000);
    const Read parts = read(file.path(), 4);
    CHECK(parts.parts == 16);
    CHECK(parts.workers == 4);
    CHECK_FALSE(parts.read_again);  // every cut is at a record start
    CHECK(parts == whole);
    CHECK_FALSE(check_parts_agree(text, false));
}

TEST_CASE("cuts inside quoted fields with line breaks, and on blank lines, change nothing") {
    // Long quoted fields with many line breaks make some cuts fall inside
    // them; the part before such a cut reads on, and the file is read again
    // in one pass.
    const bool cut_inside = check_parts_agree(extract(1500,
                                                      [](int i, std::string& row) {
                                                          if (i % 40 == 0)
                                                              row = fmt::format("\r\n;;;;\r\n{}", row);
                                                          if (i % 97 == 0) {
                                                              std::string lines;
                                                              for (int k = 0; k < 60; ++k)
                                                                  lines += fmt::format("linje {}\r\n", k);
                                                              const auto at = row.find("\"gruppe");
                                                              row.insert(at + 1, lines);
                                                          }
                                                      }),
                                              false);
    CHECK(cut_inside);  // the case this test is about did happen
}

TEST_CASE("problems in every part are reported at the lines of the whole file, at most 20") {
    // Multi-line fields before the bad rows shift the lines of later parts.
    check_parts_agree(extract(1200,
                              [](int i, std::string& row) {
                                  if (i % 50 == 0) row.replace(row.find("\"gruppe"), 1, "\"a\r\nb ");
                                  if (i % 90 == 0) row.replace(row.find("-03-2019"), 8, "-13-2019");
                                  if (i % 130 == 0) row.replace(row.find("Nej"), 3, "Måske");
                              }),
                      true);
    check_parts_agree(extract(1200,
                              [](int i, std::string& row) {
                                  if (i == 1100) row.replace(row.find("-03-2019"), 8, "-13-2019");
                              }),
                      true);
}

TEST_CASE("a case_id repeated across parts is found, with both lines") {
    check_parts_agree(extract(1500,
                              [](int i, std::string& row) {
                                  if (i == 1400) row.replace(0, 7, "F000003");
                                  if (i == 900) row.replace(0, 7, "F000800");
                              }),
                      true);
}

TEST_CASE("a record that stops the reader ends the reading where one pass ends it") {
    // An unclosed quote in the first half: a single pass reads nothing after
    // it, so the later parts must not add their problems.
    check_parts_agree(extract(1500,
                              [](int i, std::string& row) {
                                  if (i == 400) row.replace(row.find("\"gruppe"), 1, "\"\"x\"y");
                                  if (i == 1300) row.replace(row.find("-03-2019"), 8, "-13-2019");
                              }),
                      true);
    check_parts_agree(extract(1500,
                              [](int i, std::string& row) {
                                  if (i == 700) row.replace(row.find("Klynge"), 1, std::string(1, '\0'));
                              }),
                      true);
    check_parts_agree(extract(1500,
                              [](int i, std::string& row) {
                                  if (i == 1450) row.erase(row.find("\";"), 1);  // text after the next quote
                              }),
                      true);
    check_parts_agree(extract(1500,
                              [](int i, std::string& row) {
                                  if (i == 1500) row.erase(row.find("\";"), 1);  // a quote never closed
                              }),
                      true);
}

TEST_CASE("a Windows-1252 extract is read in parts as in one pass") {
    std::string text = extract(1500, [](int i, std::string& row) {
        if (i % 3 == 0) row.replace(row.find("Kommune"), 7, "Højby Sø");
    });
    text.erase(0, 3);  // no byte-order mark: it would say UTF-8
    std::string cp1252;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == 0xC3) {  // the Danish letters are all U+00C0..U+00FF
            cp1252 += static_cast<char>(static_cast<unsigned char>(text[++i]) + 0x40);
        } else {
            cp1252 += text[i];
        }
    }
    const Extract file(cp1252);
    const auto windows1252 = ipskit::readers::text::Encoding::windows1252;
    const Read whole = read(file.path(), 1, false, windows1252);
    REQUIRE(whole.error.empty());
    REQUIRE(whole.cases.size() == 1500);
    CHECK(whole.cases[2].starts_with("Højby Sø 3|"));
    const Read parts = read(file.path(), 4, false, windows1252);
    CHECK(parts.parts == 16);
    CHECK_FALSE(parts.read_again);
    CHECK(parts == whole);
}

TEST_CASE("keep_going and a single thread read in one pass") {
    const Extract file(extract(800, [](int, std::string&) {}));
    CHECK(read(file.path(), 4, true).parts == 1);
    CHECK(read(file.path(), 1).parts == 1);
}
