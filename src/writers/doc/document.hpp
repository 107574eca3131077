#pragma once
// The one presentation model every command builds and every writer renders:
// a titled document of headings, paragraphs, lists and tables of typed cells.
// Cells keep their numeric value, so the spreadsheet gets real numbers and
// JSON gets unrounded figures, while Markdown and the terminal get text
// rounded once, at output.

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace ipskit::writers::doc {

enum class CellKind {
    empty,       // no value: JSON null; shown blank, or as `text` (e.g. "undefined") if it has one
    text,        // free text
    integer,     // a count or score
    number,      // a decimal figure, shown with `decimals`
    percent,     // a share stored as a fraction 0..1, shown as a percentage
    suppressed,  // a small count hidden for privacy; `text` holds e.g. "<5"
    date,        // a calendar date; `text` holds it as ISO 8601, shown as the language writes dates
};

struct Cell {
    CellKind kind = CellKind::empty;
    std::string text;
    double value = 0;
    int decimals = 0;
    // For machines, when `text` is a word in the report's language: a stable
    // id (JSON writes it, and the text beside it as KEY_label) ...
    std::string id = {};
    // ... or a yes/no figure (JSON true or false).
    std::optional<bool> flag = std::nullopt;

    static Cell blank() { return {}; }
    static Cell of_text(std::string s) { return {CellKind::text, std::move(s), 0, 0}; }
    static Cell of_int(long long n) { return {CellKind::integer, {}, static_cast<double>(n), 0}; }
    static Cell of_number(double x, int decimals) { return {CellKind::number, {}, x, decimals}; }
    static Cell of_percent(double fraction, int decimals) {
        return {CellKind::percent, {}, fraction, decimals};
    }
    // A date as YYYY-MM-DD: shown as the language writes dates, a real date in the workbook.
    static Cell of_date(std::string iso) { return {CellKind::date, std::move(iso), 0, 0}; }
    // One of a fixed set of values, e.g. the outcome "ordinary_job" shown as "Ordinært job".
    static Cell of_choice(std::string id, std::string shown) {
        Cell cell = of_text(std::move(shown));
        cell.id = std::move(id);
        return cell;
    }
    // Yes or no, e.g. a target met, shown as `shown` (which may be blank).
    static Cell of_flag(bool value, std::string shown) {
        Cell cell = of_text(std::move(shown));
        cell.flag = value;
        return cell;
    }
    static Cell hidden(std::string shown) { return {CellKind::suppressed, std::move(shown), 0, 0}; }
    // A figure that cannot be computed: null to machines, `shown` to people.
    static Cell undefined(std::string shown) { return {CellKind::empty, std::move(shown), 0, 0}; }
};

struct Column {
    std::string key;    // stable machine name, used by JSON and CSV headers
    std::string label;  // heading in the report's language
};

// Columns first..last (0-based, inclusive) hold scores from `min` (worst) to
// `max` (best); the workbook colours them on a red-yellow-green scale. Other
// formats ignore it.
struct ColourScale {
    std::size_t first_column = 0;
    std::size_t last_column = 0;
    double min = 0;
    double max = 0;
};

// A native chart the workbook draws from a table's own cells: one series for
// each of `value_columns`, named by its header, over the categories of
// `category_column`. Other formats draw their own SVG figures instead.
struct SheetChart {
    enum class Kind { column, bar, line };
    Kind kind = Kind::column;
    std::string title;
    std::size_t category_column = 0;
    std::vector<std::size_t> value_columns;
    std::string value_axis;  // the value axis's title, or nothing
    // With N: a line per group of a long table, whose rows follow each other
    // with the same first N cells (a site's periods), named by those cells,
    // over the first value column; the groups' subtotals are left out, the
    // overall total (the last rows) is drawn. N = 0: one line over all rows.
    std::optional<std::size_t> series_by = std::nullopt;
};

struct Table {
    std::string id;  // stable machine name, also the spreadsheet sheet name
    std::string title;
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;
    std::vector<bool> total_rows;  // parallel to rows; a total row is shown bold
    std::vector<std::string> notes;
    std::optional<ColourScale> colour_scale =
        std::nullopt;  // a default, so brace-initialised tables may leave it out
    // The workbook sheet this table goes on, in the report's language; the
    // tables of one sheet are stacked on it, each under its title. Without
    // one, the table has a sheet of its own named after its title.
    std::string sheet = {};
    // Tables stacked on one sheet with the same columns are written as one
    // table (one filter, one chart over all rows) when this names a first
    // column to hold each table's title, e.g. "Section".
    std::string group_label = {};
    std::vector<SheetChart> charts = {};
    // The first `key_columns` columns name the group a row is of (--by);
    // JSON gathers each group's rows of every such table into one object.
    std::size_t key_columns = 0;

    void add_row(std::vector<Cell> cells, bool is_total = false) {
        rows.push_back(std::move(cells));
        total_rows.push_back(is_total);
    }
};

struct Heading {
    int level = 2;
    std::string text;
};

struct Paragraph {
    std::string text;
};

struct BulletList {
    std::vector<std::string> items;
};

// A chart drawn by ipskit itself: `svg` is a whole SVG document. Markdown
// refers to it as a file `<folder>/<id>.svg` that the caller writes (see
// figures_of); HTML puts it inline; the other formats leave it out or name it.
struct Figure {
    std::string id;  // stable machine name, also the file name without ".svg"
    std::string title;
    std::string svg;
};

using Block = std::variant<Heading, Paragraph, BulletList, Table, Figure>;

// A key fact about the whole document (scale, site, period, ...). A fact
// without a label is for machines only: JSON carries it, reports do not.
struct Fact {
    std::string key;
    std::string label;
    Cell value;
};

struct Document {
    std::string kind;  // the command that made it, e.g. "score"
    std::string title;
    std::vector<Fact> facts;
    std::vector<Block> blocks;
};

// The figures of a document in their order, for the caller that writes their files.
inline std::vector<const Figure*> figures_of(const Document& document) {
    std::vector<const Figure*> figures;
    for (const auto& block : document.blocks)
        if (const auto* figure = std::get_if<Figure>(&block)) figures.push_back(figure);
    return figures;
}

}  // namespace ipskit::writers::doc
