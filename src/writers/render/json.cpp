#include "writers/render/json.hpp"

#include <map>

#include <nlohmann/json.hpp>

namespace ipskit::writers::render {

namespace {

using Json = nlohmann::ordered_json;

Json cell_value(const doc::Cell& cell) {
    if (cell.flag) return *cell.flag;
    if (!cell.id.empty()) return cell.id;
    switch (cell.kind) {
        case doc::CellKind::empty:
            return nullptr;
        case doc::CellKind::text:
        case doc::CellKind::suppressed:
        case doc::CellKind::date:
            return cell.text;
        case doc::CellKind::integer:
            return static_cast<long long>(cell.value);
        case doc::CellKind::number:
        case doc::CellKind::percent:
            return cell.value;
    }
    return nullptr;
}

// A value whose text is a word of the report's language (an id, a flag, a
// null shown as "Total") carries that word beside it as KEY_label, so that
// the keys and values a pipeline reads are the same in every language.
bool has_label(const doc::Cell& cell) {
    return !cell.text.empty() &&
           (cell.flag || !cell.id.empty() || (cell.kind == doc::CellKind::empty && !cell.text.empty()));
}

void put(Json& object, const std::string& key, const doc::Cell& cell) {
    object[key] = cell_value(cell);
    if (has_label(cell)) object[key + "_label"] = cell.text;
}

Json table_json(const doc::Table& table) {
    Json rows = Json::array();
    Json totals = Json::array();
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        Json row = Json::object();
        for (std::size_t c = 0; c < table.columns.size(); ++c)
            put(row, table.columns[c].key, c < table.rows[r].size() ? table.rows[r][c] : doc::Cell::blank());
        rows.push_back(std::move(row));
        if (r < table.total_rows.size() && table.total_rows[r]) totals.push_back(r);
    }
    Json columns = Json::array();
    for (const auto& column : table.columns)
        columns.push_back({{"key", column.key}, {"label", column.label}});
    return {{"id", table.id}, {"title", table.title}, {"columns", columns},
            {"rows", rows},   {"total_rows", totals}, {"notes", table.notes}};
}

// The group a row of a by-group table is of: its key columns.
Json group_key(const doc::Table& table, const std::vector<doc::Cell>& row) {
    Json by = Json::object();
    for (std::size_t c = 0; c < table.key_columns && c < table.columns.size(); ++c)
        put(by, table.columns[c].key, c < row.size() ? row[c] : doc::Cell::blank());
    return by;
}

// One object per group, in the order the groups first appear: its key
// (`by`), whether it is a total, and its rows of every by-group table under
// the table's id, without the key columns. A pipeline reads a group's
// figures in one place instead of joining tables.
Json groups_json(const doc::Document& document) {
    Json groups = Json::array();
    std::map<std::string, std::size_t> at;  // the key as JSON text -> index in groups
    for (const auto& block : document.blocks) {
        const auto* table = std::get_if<doc::Table>(&block);
        if (!table || table->key_columns == 0) continue;
        for (std::size_t r = 0; r < table->rows.size(); ++r) {
            const auto& cells = table->rows[r];
            Json by = group_key(*table, cells);
            const bool total = r < table->total_rows.size() && table->total_rows[r];
            auto [it, added] = at.try_emplace(by.dump(), groups.size());
            if (added) groups.push_back({{"by", std::move(by)}, {"total", total}});
            Json row = Json::object();
            for (std::size_t c = table->key_columns; c < table->columns.size(); ++c)
                put(row, table->columns[c].key, c < cells.size() ? cells[c] : doc::Cell::blank());
            Json& group = groups[it->second];
            if (!group.contains(table->id)) group[table->id] = Json::array();
            group[table->id].push_back(std::move(row));
        }
    }
    return groups;
}

}  // namespace

std::string render_json(const doc::Document& document, const std::string& ipskit_version) {
    Json facts = Json::object();
    for (const auto& fact : document.facts) put(facts, fact.key, fact.value);
    Json tables = Json::array();
    for (const auto& block : document.blocks)
        if (const auto* table = std::get_if<doc::Table>(&block)) tables.push_back(table_json(*table));
    Json root = {{"schema_version", kJsonSchemaVersion},
                 {"ipskit_version", ipskit_version},
                 {"kind", document.kind},
                 {"title", document.title},
                 {"facts", facts},
                 {"tables", tables}};
    // Only documents with groups have the key, so others keep their shape.
    Json groups = groups_json(document);
    if (!groups.empty()) root["groups"] = std::move(groups);
    // A chart is a picture of figures the tables already hold: JSON names it only,
    // and only when there is one, so documents without charts keep their shape.
    Json figures = Json::array();
    for (const auto* figure : doc::figures_of(document))
        figures.push_back({{"id", figure->id}, {"title", figure->title}});
    if (!figures.empty()) root["figures"] = figures;
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace ipskit::writers::render
