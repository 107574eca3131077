#include "readers/csv/header_names.hpp"

#include <algorithm>
#include <stdexcept>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "util/edit_distance.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::csv {

namespace {

bool is_separator(char c) {
    return c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\r' || c == '\n';
}

// The letter that the two-byte UTF-8 sequence C3 xx stands for, lowered and
// spelled as Danes do without æ ø å.
std::string_view fold_latin1(unsigned char second, char (&buffer)[2]) {
    // U+00C0..U+00DE are the capitals of U+00E0..U+00FE, except U+00D7 (×).
    if (second >= 0x80 && second <= 0x9E && second != 0x97)
        second = static_cast<unsigned char>(second + 0x20);
    if (second == 0xA6) return "ae";
    if (second == 0xB8) return "oe";
    if (second == 0xA5) return "aa";
    buffer[0] = '\xC3';
    buffer[1] = static_cast<char>(second);
    return {buffer, 2};
}

// The header's names as a message lists them: each cut short, and at most
// 30 of them, so that a runaway header cannot fill the terminal.
std::string quoted_list(const std::vector<std::string>& names) {
    constexpr std::size_t kMaxListed = 30;
    std::vector<std::string> quoted;
    for (std::size_t i = 0; i < names.size() && i < kMaxListed; ++i)
        quoted.push_back(fmt::format("\"{}\"", quoted_value(names[i])));
    if (names.size() > kMaxListed)
        quoted.push_back(
            fmt::format(fmt::runtime(util::tr("and {} more", "og {} flere")), names.size() - kMaxListed));
    return fmt::format("{}", fmt::join(quoted, ", "));
}

std::string accepted_names(const ColumnSpec& spec) {
    std::vector<std::string> names{spec.canonical};
    names.insert(names.end(), spec.aliases.begin(), spec.aliases.end());
    return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

std::string normalize_header(std::string_view name) {
    std::string out;
    out.reserve(name.size());
    bool separator = false;  // one is due before the next letter
    auto put = [&](std::string_view text) {
        if (separator && !out.empty()) out += '_';
        separator = false;
        out += text;
    };
    for (std::size_t i = 0; i < name.size(); ++i) {
        const auto c = static_cast<unsigned char>(name[i]);
        const unsigned char next = i + 1 < name.size() ? static_cast<unsigned char>(name[i + 1]) : 0;
        if (is_separator(name[i]) || (c == 0xC2 && next == 0xA0)) {  // U+00A0 no-break space, as Excel pastes
            separator = true;
            i += c == 0xC2 ? 1 : 0;
        } else if (c == 0xC3 && next != 0) {
            char buffer[2];
            put(fold_latin1(next, buffer));
            ++i;
        } else {
            const char lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : name[i];
            put(std::string_view(&lower, 1));
        }
    }
    return out;
}

std::vector<NearMiss> find_near_misses(const std::vector<ColumnSpec>& specs,
                                       const std::vector<std::optional<std::size_t>>& found,
                                       const std::vector<std::string>& header) {
    std::vector<bool> taken(header.size());
    for (const auto& index : found)
        if (index) taken[*index] = true;
    std::vector<NearMiss> misses;
    for (std::size_t column = 0; column < header.size(); ++column) {
        if (taken[column]) continue;
        const std::string name = normalize_header(header[column]);
        std::optional<NearMiss> best;
        std::size_t best_distance = 0;
        for (std::size_t spec = 0; spec < specs.size(); ++spec) {
            if (found[spec]) continue;
            std::vector<std::string> names{specs[spec].canonical};
            names.insert(names.end(), specs[spec].aliases.begin(), specs[spec].aliases.end());
            for (const auto& accepted : names) {
                const std::string target = normalize_header(accepted);
                const std::size_t distance = util::edit_distance(name, target);
                // A typo or two, never half the name: "dato" is not "startdato".
                const std::size_t allowed =
                    std::max<std::size_t>(1, std::max(name.size(), target.size()) / 3);
                if (distance > allowed || (best && distance >= best_distance)) continue;
                best = NearMiss{header[column], column, spec, accepted};
                best_distance = distance;
            }
        }
        if (best) misses.push_back(*best);
    }
    return misses;
}

namespace {

// The state of one resolution: what is found so far and what went wrong.
class Resolution {
public:
    Resolution(const std::vector<ColumnSpec>& specs, const std::vector<std::string>& header,
               const util::Location& at)
        : specs_(specs),
          header_(header),
          at_(at),
          indexes_(specs.size()),
          claimed_(header.size()),
          claimed_by_(header.size()) {
        for (const auto& name : header) normalized_.push_back(normalize_header(name));
    }

    void apply(const ColumnMapping& mapping) {
        const std::string canonical = normalize_header(mapping.canonical);
        const auto spec = std::find_if(specs_.begin(), specs_.end(), [&](const ColumnSpec& s) {
            return normalize_header(s.canonical) == canonical;
        });
        if (spec == specs_.end()) return;  // a column of another file: a map may serve several
        const std::vector<std::size_t> found = matching({normalize_header(mapping.header)}, false);
        if (found.size() == 1 && claimed_[found[0]]) {
            // A header read as two columns would show one column's values as
            // the other's: the case ids as sites, in every report.
            errors_.add(util::Diagnostic{
                mapping.where,
                fmt::format(
                    fmt::runtime(util::tr(
                        "the header \"{}\" is mapped to both {} and {}; a header holds one column",
                        "overskriften \"{}\" er koblet til både {} og {}; en overskrift er én kolonne")),
                    quoted_value(mapping.header), claimed_by_[found[0]], spec->canonical),
                util::tr("map each column to a header of its own",
                         "kobl hver kolonne til sin egen overskrift")});
        } else if (found.size() == 1) {
            indexes_[static_cast<std::size_t>(spec - specs_.begin())] = found[0];
            claimed_[found[0]] = true;
            claimed_by_[found[0]] = spec->canonical;
        } else if (found.empty()) {
            errors_.add(util::Diagnostic{
                mapping.where,
                fmt::format(
                    fmt::runtime(util::tr("{} has no column \"{}\" (mapped to {}); its headers are {}",
                                          "{} har ingen kolonne \"{}\" (koblet til {}); dens overskrifter "
                                          "er {}")),
                    at_.file, quoted_value(mapping.header), spec->canonical, quoted_list(header_)),
                util::tr("correct the header name in the column map", "ret overskriften i kolonnekortet")});
        } else {
            errors_.add(util::Diagnostic{
                mapping.where,
                fmt::format(fmt::runtime(util::tr("{} has {} columns named \"{}\" (mapped to {})",
                                                  "{} har {} kolonner, der hedder \"{}\" (koblet til {})")),
                            at_.file, found.size(), mapping.header, spec->canonical),
                util::tr("rename all but one of them in the extract",
                         "omdøb alle på nær én af dem i udtrækket")});
        }
    }

    void match(std::size_t spec_index, const std::vector<std::string>& mapped) {
        const ColumnSpec& spec = specs_[spec_index];
        if (std::find(mapped.begin(), mapped.end(), normalize_header(spec.canonical)) != mapped.end()) return;
        std::vector<std::string> names{normalize_header(spec.canonical)};
        for (const auto& alias : spec.aliases) names.push_back(normalize_header(alias));
        const std::vector<std::size_t> found = matching(names, true);
        if (found.size() == 1) indexes_[spec_index] = found[0];
        if (found.empty() && spec.required) missing(spec);
        if (found.size() > 1) ambiguous(spec, found);
    }

    std::vector<std::optional<std::size_t>> result() const {
        errors_.throw_if_any();
        return indexes_;
    }

private:
    // The header indexes whose name is one of `names`.
    std::vector<std::size_t> matching(const std::vector<std::string>& names, bool skip_claimed) const {
        std::vector<std::size_t> found;
        for (std::size_t i = 0; i < normalized_.size(); ++i) {
            if (skip_claimed && claimed_[i]) continue;
            if (std::find(names.begin(), names.end(), normalized_[i]) != names.end()) found.push_back(i);
        }
        return found;
    }

    void missing(const ColumnSpec& spec) {
        const auto near = near_header(spec);
        errors_.add(util::Diagnostic{
            at_,
            fmt::format(fmt::runtime(util::tr(
                            "required column \"{}\" is missing (accepted names: {}); the header has {}",
                            "den påkrævede kolonne \"{}\" mangler (navne, der kan bruges: {}); overskriften "
                            "har {}")),
                        spec.canonical, accepted_names(spec), quoted_list(header_)),
            near ? fmt::format(
                       fmt::runtime(util::tr("did you mean \"{}\" (column {})? Rename it {}, or map it "
                                             "with --columns (a line {}: \"{}\")",
                                             "mente du \"{}\" (kolonne {})? Omdøb den til {}, eller kobl "
                                             "den med --columns (en linje {}: \"{}\")")),
                       quoted_value(header_[*near]), *near + 1, near_name_, spec.canonical,
                       quoted_value(header_[*near]))
                 : fmt::format(
                       fmt::runtime(util::tr(
                           "rename the column, or map it with --columns (a line {}: \"Your header\")",
                           "omdøb kolonnen, eller kobl den med --columns (en linje {}: \"Din overskrift\")")),
                       spec.canonical)});
    }

    // An unclaimed header a typo or two from one of the spec's names.
    std::optional<std::size_t> near_header(const ColumnSpec& spec) {
        std::vector<std::optional<std::size_t>> found(1);
        for (const auto& miss : find_near_misses({spec}, found, header_)) {
            if (claimed_[miss.column] ||
                std::find(indexes_.begin(), indexes_.end(), miss.column) != indexes_.end())
                continue;
            near_name_ = miss.accepted;
            return miss.column;
        }
        return std::nullopt;
    }

    void ambiguous(const ColumnSpec& spec, const std::vector<std::size_t>& found) {
        std::vector<std::string> names;
        for (std::size_t i : found)
            names.push_back(fmt::format(fmt::runtime(util::tr("\"{}\" (column {})", "\"{}\" (kolonne {})")),
                                        quoted_value(header_[i]), i + 1));
        errors_.add(util::Diagnostic{
            util::Location{at_.file, at_.line, static_cast<int>(found[1] + 1)},
            fmt::format(
                fmt::runtime(util::tr("columns {} are all read as {}", "kolonnerne {} læses alle som {}")),
                fmt::join(names, util::tr(" and ", " og ")), spec.canonical),
            fmt::format(fmt::runtime(util::tr("remove one, or choose one with --columns (a line {}: \"{}\")",
                                              "fjern én, eller vælg én med --columns (en linje {}: \"{}\")")),
                        spec.canonical, header_[found[0]])});
    }

    const std::vector<ColumnSpec>& specs_;
    const std::vector<std::string>& header_;
    const util::Location& at_;
    std::vector<std::string> normalized_;
    std::vector<std::optional<std::size_t>> indexes_;
    std::vector<bool> claimed_;
    std::vector<std::string> claimed_by_;  // the mapped column of each claimed header
    std::string near_name_;                // the accepted name near_header found
    util::ErrorCollector errors_;
};

}  // namespace

ColumnResolver::ColumnResolver(std::vector<ColumnSpec> specs, const std::vector<std::string>& header,
                               const util::Location& at, const std::vector<ColumnMapping>& mappings)
    : specs_(std::move(specs)) {
    Resolution resolution(specs_, header, at);
    std::vector<std::string> mapped;
    for (const auto& mapping : mappings) {
        resolution.apply(mapping);
        mapped.push_back(normalize_header(mapping.canonical));
    }
    for (std::size_t i = 0; i < specs_.size(); ++i) resolution.match(i, mapped);
    indexes_ = resolution.result();
    near_misses_ = find_near_misses(specs_, indexes_, header);
}

std::vector<std::size_t> ColumnResolver::missing() const {
    std::vector<std::size_t> absent;
    for (std::size_t i = 0; i < specs_.size(); ++i)
        if (!indexes_[i] && !specs_[i].required) absent.push_back(i);
    return absent;
}

std::optional<std::size_t> ColumnResolver::find(std::string_view canonical) const {
    for (std::size_t i = 0; i < specs_.size(); ++i)
        if (specs_[i].canonical == canonical) return indexes_[i];
    throw std::logic_error("ColumnResolver::find: no spec named " + std::string(canonical));
}

}  // namespace ipskit::readers::csv
