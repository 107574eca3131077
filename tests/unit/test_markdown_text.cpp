#include <string>

#include <doctest/doctest.h>

#include "writers/doc/document.hpp"
#include "writers/render/markdown.hpp"
#include "writers/render/markdown_text.hpp"

using namespace ipskit::writers::doc;
using namespace ipskit::writers::render;
using ipskit::Lang;
using ipskit::writers::render::block_text;
using ipskit::writers::render::cell_text;
using ipskit::writers::render::inline_text;

// Expected texts are written out by hand from the CommonMark 0.30 and GFM
// rules: a backslash before ASCII punctuation shows it literally.

TEST_CASE("writers::render::inline_text") {
    SUBCASE("plain text, Danish letters and figures pass unchanged") {
        CHECK(inline_text("Hjørring, Aalborg & Thisted 2020 (50%)") ==
              "Hjørring, Aalborg & Thisted 2020 (50%)");
        CHECK(inline_text("<5") == "<5");
        CHECK(inline_text("a < b") == "a < b");
        CHECK(inline_text("items marked to_check, caseload_size") == "items marked to_check, caseload_size");
    }
    SUBCASE("emphasis, code, links and images") {
        CHECK(inline_text("*bold* _it_ `code`") == "\\*bold\\* \\_it\\_ \\`code\\`");
        CHECK(inline_text("[link](http://x)") == "\\[link\\](http://x)");
        CHECK(inline_text("![img](x.png)") == "!\\[img\\](x.png)");
        CHECK(inline_text("~~gone~~") == "\\~\\~gone\\~\\~");
        CHECK(inline_text("_a_b_ x_ _y") == "\\_a_b\\_ x\\_ \\_y");
        CHECK(inline_text("a\\b") == "a\\\\b");
    }
    SUBCASE("HTML and autolinks") {
        CHECK(inline_text("<script>x</script>") == "\\<script\\>x\\</script\\>");
        CHECK(inline_text("<http://x>") == "\\<http://x\\>");
        CHECK(inline_text("<!-- c -->") == "\\<!-- c --\\>");
        CHECK(inline_text("<5@x.dk>") == "<5@x.dk\\>");
    }
    SUBCASE("headings, quotes and table pipes anywhere in the text") {
        CHECK(inline_text("# Title") == "\\# Title");
        CHECK(inline_text("Site #") == "Site \\#");
        CHECK(inline_text("> quote") == "\\> quote");
        CHECK(inline_text("a | b") == "a \\| b");
    }
    SUBCASE("line breaks become spaces; the ends are trimmed") {
        CHECK(inline_text("one\ntwo\r\nthree\rfour") == "one two three four");
        CHECK(inline_text("  \n# x\n  ") == "\\# x");
        CHECK(inline_text("") == "");
    }
}

TEST_CASE("writers::render::block_text") {
    SUBCASE("list markers, rules and heading underlines at the start") {
        CHECK(block_text("- item") == "\\- item");
        CHECK(block_text("+ item") == "\\+ item");
        CHECK(block_text("---") == "\\---");
        CHECK(block_text("===") == "\\===");
        CHECK(block_text("* * *") == "\\* \\* \\*");
        CHECK(block_text("1. first") == "1\\. first");
        CHECK(block_text("2020) year") == "2020\\) year");
        CHECK(block_text("    indented code") == "indented code");
        CHECK(block_text("<script") == "\\<script");
        CHECK(block_text("<5 courses") == "\\<5 courses");
    }
    SUBCASE("the same characters later in the text are left alone") {
        CHECK(block_text("Total 105 - good. 3. place") == "Total 105 - good. 3. place");
        CHECK(block_text("2020 was good") == "2020 was good");
    }
    SUBCASE("a second line cannot start a block") {
        CHECK(block_text("ok\n# heading\n- item") == "ok \\# heading - item");
    }
}

TEST_CASE("writers::render::cell_text") {
    CHECK(cell_text("# of courses") == "# of courses");
    CHECK(cell_text("Job | part time") == "Job \\| part time");
    CHECK(cell_text("line one\nline two") == "line one<br>line two");
    CHECK(cell_text("<b>x</b>\r\n*y*") == "\\<b\\>x\\</b\\><br>\\*y\\*");
}

TEST_CASE("doc::render_markdown with hostile texts from the inputs") {
    const std::string site = "# <script>x</script> | *bold* [link](http://x)";
    const std::string safe = "\\# \\<script\\>x\\</script\\> \\| \\*bold\\* \\[link\\](http://x)";
    const std::string safe_cell = safe.substr(1);  // '#' means nothing in a cell
    Table table{"sites", "Sites: " + site, {{"site", "Site"}, {"n", site}}, {}, {}, {}};
    table.add_row({Cell::of_text(site), Cell::of_int(3)});
    table.add_row({Cell::of_text("- note\n> quote\n|---|"), Cell::hidden("<5")});
    table.notes.push_back("note _" + site + "_\n# not a heading ");
    Document d{"score", "Review of " + site, {{"site", "Site", Cell::of_text(site)}}, {}};
    d.blocks.push_back(Heading{2, site});
    d.blocks.push_back(Paragraph{"1. " + site + "\n\n---"});
    d.blocks.push_back(BulletList{{site, "- nested", "2) also"}});
    d.blocks.push_back(table);
    std::string expected = "# Review of " + safe + "\n\n";
    expected += "- **Site:** " + safe + "\n\n";
    expected += "## " + safe + "\n\n";
    expected += "1\\. " + safe + "  ---\n\n";
    expected += "- " + safe + "\n- \\- nested\n- 2\\) also\n\n";
    expected += "### Sites: " + safe + "\n\n";
    expected += "| Site | " + safe_cell + " |\n| --- | ---: |\n";
    expected += "| " + safe_cell + " | 3 |\n";
    expected += "| - note<br>\\> quote<br>\\|---\\| | <5 |\n\n";
    expected += "_note \\_" + safe + "\\_ \\# not a heading_\n";
    CHECK(render_markdown(d, Lang::en) == expected);
}
