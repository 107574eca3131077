#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <stdexcept>
#include <string>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include <doctest/doctest.h>

#include "readers/cases/parts/duplicate_ids.hpp"

using ipskit::readers::cases::parts::DuplicateIdFinder;
using Duplicate = DuplicateIdFinder::Duplicate;

namespace {

constexpr auto at_end = DuplicateIdFinder::Mode::at_end;

struct Row {
    std::string id;
    int line;
};

// Rows with ids drawn from fewer values than rows, so that many repeat, some
// three times or more; the lines grow from `first_line`.
std::vector<Row> random_rows(unsigned seed, int count, int distinct, int first_line) {
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> pick(0, distinct - 1);
    std::vector<Row> rows;
    for (int i = 0; i < count; ++i) rows.push_back({"ID-" + std::to_string(pick(random)), first_line + i});
    return rows;
}

// The duplicates as a person would list them: walk the rows by line, and
// each id met before is a repeat of the line where it was first met.
std::vector<Duplicate> reference_duplicates(std::vector<Row> rows) {
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.line < b.line; });
    std::map<std::string, int> first_seen;
    std::vector<Duplicate> found;
    for (const Row& row : rows) {
        const auto [at, inserted] = first_seen.emplace(row.id, row.line);
        if (!inserted) found.push_back({at->second, row.line});
    }
    return found;
}

// Appends a later part's rows to `all`, their lines moved on by `shift` to
// where they lie in the whole file.
void append_part(std::vector<Row>& all, const std::vector<Row>& part, int shift) {
    for (const Row& r : part) all.push_back({r.id, r.line + shift});
}

void add_all(DuplicateIdFinder& finder, const std::vector<Row>& rows) {
    for (const Row& row : rows) finder.add(row.id, row.line);
}

// Checks `found` against the first `keep` of `expected`, and the total.
void check_found(const DuplicateIdFinder::Found& found, const std::vector<Duplicate>& expected,
                 std::size_t keep) {
    CHECK(found.total == expected.size());
    REQUIRE(found.first.size() == std::min(keep, expected.size()));
    for (std::size_t i = 0; i < found.first.size(); ++i) {
        CAPTURE(i);
        CHECK(found.first[i].first_line == expected[i].first_line);
        CHECK(found.first[i].line == expected[i].line);
    }
}

std::vector<std::pair<int, int>> lines_of(const std::vector<Duplicate>& duplicates) {
    std::vector<std::pair<int, int>> lines;
    for (const Duplicate& d : duplicates) lines.emplace_back(d.first_line, d.line);
    return lines;
}

std::size_t open_files() {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) ++n;
    return n;
}

// Sets TMPDIR for the life of the object.
class TemporaryDirectory {
public:
    explicit TemporaryDirectory(const std::string& path) {
        if (const char* old = std::getenv("TMPDIR")) old_ = old;
        setenv("TMPDIR", path.c_str(), 1);
    }
    ~TemporaryDirectory() {
        if (old_.empty())
            unsetenv("TMPDIR");
        else
            setenv("TMPDIR", old_.c_str(), 1);
    }

private:
    std::string old_;
};

}  // namespace

TEST_CASE("readers::DuplicateIdFinder") {
    SUBCASE("a repeated id gives the line it was first seen on") {
        DuplicateIdFinder finder;
        CHECK(finder.add("HJ-0001", 2) == 0);
        CHECK(finder.add("HJ-0002", 3) == 0);
        CHECK(finder.add("HJ-0001", 7) == 2);
        CHECK(finder.add("HJ-0001", 9) == 2);  // still the first line
        CHECK(finder.size() == 2);
    }
    SUBCASE("ids are compared exactly: case and spaces count") {
        DuplicateIdFinder finder;
        CHECK(finder.add("a1", 2) == 0);
        CHECK(finder.add("A1", 3) == 0);
        CHECK(finder.add("a1 ", 4) == 0);
    }
    SUBCASE("no false duplicates among 200,000 distinct ids while the table grows") {
        DuplicateIdFinder finder;
        int duplicates = 0;
        for (int i = 0; i < 200000; ++i) duplicates += finder.add("RS-" + std::to_string(i), i + 2) != 0;
        CHECK(duplicates == 0);
        CHECK(finder.add("RS-123456", 1) == 123458);
    }
}

TEST_CASE("readers::DuplicateIdFinder at_end") {
    SUBCASE("repeats are found only by finish(), each against the first line") {
        DuplicateIdFinder finder(at_end);
        CHECK(finder.add("A", 2) == 0);
        CHECK(finder.add("B", 3) == 0);
        CHECK(finder.add("A", 4) == 0);
        CHECK(finder.add("C", 5) == 0);
        CHECK(finder.add("A", 6) == 0);
        CHECK(finder.size() == 5);
        check_found(finder.finish(10), {{2, 4}, {2, 6}}, 10);
        CHECK(finder.size() == 0);
        CHECK(finder.finish(10).total == 0);  // finish() empties the finder
    }
    SUBCASE("an empty finder has no duplicates") {
        DuplicateIdFinder finder(at_end, 4);
        const auto found = finder.finish(10);
        CHECK(found.total == 0);
        CHECK(found.first.empty());
    }
    SUBCASE("distinct ids over many writes have no duplicates") {
        DuplicateIdFinder finder(at_end, 16);
        for (int i = 0; i < 5000; ++i) finder.add("D-" + std::to_string(i), i + 2);
        const auto found = finder.finish(10);
        CHECK(found.total == 0);
        CHECK(found.first.empty());
    }
    SUBCASE("an id given four times, each time in another write") {
        DuplicateIdFinder finder(at_end, 2);
        const std::vector<Row> rows = {{"X", 5},  {"a", 6},  {"b", 7},  {"c", 8},  {"X", 9},  {"d", 10},
                                       {"e", 11}, {"f", 12}, {"g", 13}, {"X", 14}, {"h", 15}, {"X", 30}};
        add_all(finder, rows);
        check_found(finder.finish(10), {{5, 9}, {5, 14}, {5, 30}}, 10);
    }
    SUBCASE("one id on every row: the first duplicates and the count") {
        DuplicateIdFinder finder(at_end, 500);
        for (int line = 2; line < 2002; ++line) finder.add("same", line);
        const auto found = finder.finish(3);
        CHECK(found.total == 1999);
        REQUIRE(found.first.size() == 3);
        for (int i = 0; i < 3; ++i) {
            CHECK(found.first[static_cast<std::size_t>(i)].first_line == 2);
            CHECK(found.first[static_cast<std::size_t>(i)].line == 3 + i);
        }
    }
    SUBCASE("a repeat within one write and one across writes") {
        DuplicateIdFinder finder(at_end, 4);
        add_all(finder, {{"a", 2}, {"a", 3}, {"b", 4}, {"c", 5}, {"d", 6}, {"b", 7}});
        check_found(finder.finish(10), {{2, 3}, {4, 7}}, 10);
    }
}

TEST_CASE("readers::DuplicateIdFinder at_end against a reference, with many writes") {
    const auto rows = random_rows(20201, 20000, 15000, 2);
    const auto expected = reference_duplicates(rows);
    REQUIRE(expected.size() > 1000);
    // From a write to the temporary file after every id to none at all.
    for (const std::size_t buffer :
         {std::size_t{1}, std::size_t{7}, std::size_t{500}, std::size_t{4000}, std::size_t{1} << 18}) {
        CAPTURE(buffer);
        for (const std::size_t keep : {std::size_t{0}, std::size_t{20}, expected.size() + 5}) {
            CAPTURE(keep);
            DuplicateIdFinder finder(at_end, buffer);
            add_all(finder, rows);
            check_found(finder.finish(keep), expected, keep);
        }
    }
}

TEST_CASE("readers::DuplicateIdFinder at_end sorts a large partition in slices") {
    // A partition of a file of millions of rows is sorted a slice at a time;
    // small limits here give partitions of dozens of entries several slices.
    const auto rows = random_rows(99, 20000, 15000, 2);
    const auto expected = reference_duplicates(rows);
    for (const std::size_t max_sort : {std::size_t{40}, std::size_t{7}, std::size_t{1}}) {
        CAPTURE(max_sort);
        for (const std::size_t buffer : {std::size_t{500}, std::size_t{1} << 18}) {
            CAPTURE(buffer);
            DuplicateIdFinder finder(at_end, buffer, max_sort);
            add_all(finder, rows);
            const auto found = finder.finish(expected.size() + 5, 2);
            CHECK(found.total == expected.size());
            CHECK(lines_of(found.first) == lines_of(expected));
        }
    }
}

TEST_CASE("readers::DuplicateIdFinder at_end finds the same on several threads") {
    // Enough ids for finish() to use threads at all.
    const auto rows = random_rows(4711, 150000, 120000, 2);
    const auto expected = reference_duplicates(rows);
    REQUIRE(expected.size() > 10000);
    for (const std::size_t buffer : {std::size_t{5000}, std::size_t{40000}, std::size_t{1} << 18}) {
        CAPTURE(buffer);
        for (const std::size_t threads : {1, 2, 3, 4, 7}) {
            CAPTURE(threads);
            DuplicateIdFinder finder(at_end, buffer);
            add_all(finder, rows);
            const auto found = finder.finish(expected.size() + 5, threads);
            CHECK(found.total == expected.size());
            // Compared as a whole: a check per duplicate would take long under ASan.
            CHECK(lines_of(found.first) == lines_of(expected));
        }
    }
    SUBCASE("one id on every row: all its entries fall in one partition") {
        DuplicateIdFinder finder(at_end, 9000);
        for (int line = 2; line < 70002; ++line) finder.add("the same", line);
        const auto found = finder.finish(3, 4);
        CHECK(found.total == 69999);
        REQUIRE(found.first.size() == 3);
        CHECK(found.first[0].first_line == 2);
        CHECK(found.first[0].line == 3);
        CHECK(found.first[2].line == 5);
    }
}

TEST_CASE("readers::DuplicateIdFinder::absorb") {
    SUBCASE("parts read on their own, with lines relative to the part") {
        // Absolute lines: part one 2..3001, part two 3002..7001, part three 7002..9001.
        const auto one = random_rows(7, 3000, 4000, 2);
        const auto two = random_rows(8, 4000, 4000, 1);
        const auto three = random_rows(9, 2000, 4000, 1);
        std::vector<Row> all = one;
        append_part(all, two, 3001);
        append_part(all, three, 7001);
        const auto expected = reference_duplicates(all);

        DuplicateIdFinder first(at_end, 300), second(at_end, 300), third(at_end, 300);
        add_all(first, one);
        add_all(second, two);
        add_all(third, three);
        second.absorb(std::move(third), 4000);  // an absorbing finder may itself be absorbed
        first.absorb(std::move(second), 3001);
        CHECK(first.size() == 9000);
        check_found(first.finish(expected.size()), expected, expected.size());
        check_found(first.finish(1), {}, 1);
    }
    SUBCASE("the first line of an id is the smallest, whichever part it is in") {
        DuplicateIdFinder early(at_end, 2), late(at_end, 2);
        add_all(late, {{"q", 1}, {"r", 2}, {"s", 3}, {"q", 4}});
        add_all(early, {{"x", 2}, {"q", 3}});
        early.absorb(std::move(late), 10);
        check_found(early.finish(10), {{3, 11}, {3, 14}}, 10);
    }
    SUBCASE("empty parts") {
        DuplicateIdFinder first(at_end, 2), second(at_end, 2);
        first.absorb(std::move(second), 100);
        CHECK(first.finish(10).total == 0);
    }
    SUBCASE("two finders filled at once on two threads") {
        const auto one = random_rows(11, 30000, 40000, 2);
        const auto two = random_rows(12, 30000, 40000, 1);
        std::vector<Row> all = one;
        append_part(all, two, 30001);
        const auto expected = reference_duplicates(all);
        DuplicateIdFinder first(at_end, 1000), second(at_end, 1000);
        std::thread other([&] { add_all(second, two); });
        add_all(first, one);
        other.join();
        first.absorb(std::move(second), 30001);
        check_found(first.finish(20), expected, 20);
    }
    SUBCASE("a finder given more ids after it absorbed another") {
        const auto one = random_rows(13, 5000, 6000, 2);
        const auto two = random_rows(14, 5000, 6000, 1);
        std::vector<Row> all = one;
        append_part(all, two, 5001);
        const auto expected = reference_duplicates(all);
        DuplicateIdFinder first(at_end, 700), second(at_end, 700);
        add_all(first, {one.begin(), one.begin() + 2500});
        add_all(second, two);
        first.absorb(std::move(second), 5001);
        add_all(first, {one.begin() + 2500, one.end()});
        check_found(first.finish(expected.size()), expected, expected.size());
    }
    SUBCASE("immediate mode cannot absorb") {
        DuplicateIdFinder immediate, other(at_end);
        CHECK_THROWS_AS(immediate.absorb(std::move(other), 0), std::logic_error);
    }
}

TEST_CASE("readers::DuplicateIdFinder temporary file") {
    const auto rows = random_rows(3, 5000, 4000, 2);
    const auto expected = reference_duplicates(rows);
    SUBCASE("ids that fit in the buffer never touch the disk") {
        const std::size_t before = open_files();
        DuplicateIdFinder finder(at_end);
        add_all(finder, rows);
        CHECK(open_files() == before);
        check_found(finder.finish(20), expected, 20);
    }
    SUBCASE("the written ids leave no file behind") {
        const auto dir =
            std::filesystem::temp_directory_path() / ("ipskit-dupids-test-" + std::to_string(getpid()));
        std::filesystem::create_directories(dir);
        {
            const TemporaryDirectory tmp(dir.string());
            const std::size_t before = open_files();
            DuplicateIdFinder finder(at_end, 100);
            add_all(finder, rows);
            CHECK(open_files() == before + 1);      // one temporary file, open ...
            CHECK(std::filesystem::is_empty(dir));  // ... but not in the directory
            check_found(finder.finish(20), expected, 20);
        }
        CHECK(std::filesystem::is_empty(dir));
        std::filesystem::remove(dir);
    }
    SUBCASE("without a temporary directory the ids are kept in memory") {
        const TemporaryDirectory tmp("/nonexistent/ipskit-dupids-test");
        const std::size_t before = open_files();
        DuplicateIdFinder finder(at_end, 100);
        add_all(finder, rows);
        CHECK(open_files() == before);
        check_found(finder.finish(20), expected, 20);
    }
}
