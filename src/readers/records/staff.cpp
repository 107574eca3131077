// staff.yaml is read one map at a time: first the map's keys are matched to
// the ones ipskit knows (English or Danish, compared like CSV headers, so
// `Stillingsbrøk` is `stillingsbroek`), then each value is checked. The
// checks that weigh two values against each other (hours in the community
// against scheduled hours, one id against the others) come last, once a
// consultant's values are all known. Every problem is gathered, so that a
// site fixes its file in one pass.

#include "readers/records/staff.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "readers/csv/field_parsers.hpp"
#include "readers/records/bilingual_keys.hpp"
#include "readers/yaml/nodes.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::records {

namespace {

using yaml::Node;
using yaml::NodeReader;

// No week holds more hours than this; a larger figure is a typing mistake.
constexpr double kHoursInAWeek = 168;

enum SiteSlot { kSite, kFullTimeHours, kConsultants, kSiteSlots };
enum ConsultantSlot { kId, kFte, kEmploymentShare, kHoursPerWeek, kCommunityHours, kConsultantSlots };

constexpr std::array<KeyName, kSiteSlots> kSiteKeys{{
    {kSite, "site", "sted"},
    {kFullTimeHours, "full_time_hours", "fuldtidstimer"},
    {kConsultants, "consultants", "konsulenter"},
}};
constexpr std::array<KeyName, kConsultantSlots> kConsultantKeys{{
    {kId, "id", "id"},
    {kFte, "fte", "stillingsbrøk"},
    {kEmploymentShare, "employment_share", "andel_beskæftigelse"},
    {kHoursPerWeek, "hours_per_week", "timer_pr_uge"},
    {kCommunityHours, "community_hours_per_week", "timer_i_lokalsamfundet"},
}};

// An empty value is a value not given, as an empty cell is in a CSV file:
// a template's blanks read as nothing.
bool given(const Node& value) {
    return value && !value.IsNull() && !(value.IsScalar() && csv::trim(value.Scalar()).empty());
}

// A figure as a message shows it: a decimal comma in Danish.
std::string shown(double x) {
    std::string s = fmt::format("{:g}", x);
    if (util::message_language() == util::MessageLanguage::da) std::replace(s.begin(), s.end(), '.', ',');
    return s;
}

// A plain number (37 or 37,5); nullopt, with an error, for anything else.
std::optional<double> number(NodeReader& in, const Node& value, const Node& key, const std::string& whose) {
    const auto parsed = value.IsScalar() ? csv::parse_number(value.Scalar()) : csv::Parsed<double>();
    if (parsed.value && std::isfinite(*parsed.value)) return parsed.value;
    in.error(value,
             fmt::format(fmt::runtime(util::tr("'{}' {} must be a number, not '{}'",
                                               "'{}' {} skal være et tal, ikke '{}'")),
                         key.Scalar(), whose, quoted_value(value.Scalar())),
             util::tr("write a figure such as 37 or 37,5", "skriv et tal som 37 eller 37,5"));
    return std::nullopt;
}

// A share written as a fraction (0,5) or a percentage (50 %), as a fraction.
std::optional<double> share(NodeReader& in, const Node& value, const Node& key, const std::string& whose,
                            bool& percent) {
    std::string text = value.IsScalar() ? std::string(csv::trim(value.Scalar())) : std::string();
    percent = !text.empty() && text.back() == '%';
    if (percent) text = std::string(csv::trim(std::string_view(text).substr(0, text.size() - 1)));
    const auto parsed = csv::parse_number(text);
    if (parsed.value && std::isfinite(*parsed.value)) return percent ? *parsed.value / 100 : *parsed.value;
    in.error(value,
             fmt::format(fmt::runtime(util::tr("'{}' {} must be a share such as 0,5 or 50 %, not '{}'",
                                               "'{}' {} skal være en andel som 0,5 eller 50 %, ikke '{}'")),
                         key.Scalar(), whose, quoted_value(value.Scalar())),
             util::tr("write a fraction from 0 to 1, or a percentage followed by %",
                      "skriv en brøk fra 0 til 1 eller en procent efterfulgt af %"));
    return std::nullopt;
}

// Hours a week: above 0 (or at least 0 where `zero_ok`), at most a week.
std::optional<double> hours(NodeReader& in, const Node& value, const Node& key, const std::string& whose,
                            bool zero_ok) {
    const auto x = number(in, value, key, whose);
    if (!x) return std::nullopt;
    if ((zero_ok ? *x >= 0 : *x > 0) && *x <= kHoursInAWeek) return x;
    in.error(
        value,
        fmt::format(fmt::runtime(util::tr("'{}' {} is {} hours a week; it must lie {} {} and at most {}",
                                          "'{}' {} er {} timer om ugen; det skal ligge {} {} og højst {}")),
                    key.Scalar(), whose, shown(*x),
                    zero_ok ? util::tr("from", "fra") : util::tr("above", "over"), 0, kHoursInAWeek),
        util::tr("write the hours of an ordinary week, e.g. 37 or 18,5",
                 "skriv timerne i en almindelig uge, fx 37 eller 18,5"));
    return std::nullopt;
}

// An id, a site: one line of text that never looks like a CPR number.
std::optional<std::string> text(NodeReader& in, const Node& value, const Node& key,
                                const std::string& whose) {
    if (!value.IsScalar() || csv::trim(value.Scalar()).empty()) {
        in.error(value.IsDefined() && !value.IsNull() ? value : key,
                 fmt::format(fmt::runtime(util::tr("'{}' {} must be one line of text",
                                                   "'{}' {} skal være én linje tekst")),
                             key.Scalar(), whose),
                 util::tr("write it after the key, e.g. 'id: MLU'", "skriv den efter nøglen, fx 'id: MLU'"));
        return std::nullopt;
    }
    if (looks_like_cpr(value.Scalar())) {
        in.error(value,
                 fmt::format(fmt::runtime(
                                 util::tr("'{}' {} looks like a CPR number", "'{}' {} ligner et CPR-nummer")),
                             key.Scalar(), whose),
                 util::tr("use initials or a staff number, as the consultant column of cases.csv does",
                          "brug initialer eller et medarbejdernummer, som konsulentkolonnen i cases.csv"));
        return std::nullopt;
    }
    return std::string(csv::trim(value.Scalar()));
}

class StaffReader {
public:
    explicit StaffReader(const std::string& path) : in_(path) {}

    Staff read(const Node& root) {
        const std::string whose = util::tr("in staff.yaml", "i staff.yaml");
        const auto fields = collect(in_, root, kSiteKeys, whose);
        if (const Node& v = fields.value[kSite]; given(v))
            if (auto site = text(in_, v, fields.key[kSite], whose)) staff_.site = *site;
        if (const Node& v = fields.value[kFullTimeHours]; given(v))
            if (auto h = hours(in_, v, fields.key[kFullTimeHours], whose, false)) staff_.full_time_hours = *h;
        read_consultants(root, fields.value[kConsultants], fields.key[kConsultants]);
        in_.errors().throw_if_any();
        return staff_;
    }

private:
    void read_consultants(const Node& root, const Node& list, const Node& key) {
        if (!list.IsSequence() || list.size() == 0) {
            in_.error(list ? list : root,
                      util::tr("staff.yaml lists no consultants", "staff.yaml nævner ingen konsulenter"),
                      fmt::format(fmt::runtime(util::tr(
                                      "add '{}:' with one '- id: ...' entry per IPS consultant; 'ipskit "
                                      "template --staff' writes a file to fill in",
                                      "tilføj '{}:' med én '- id: ...' pr. IPS-konsulent; 'ipskit template "
                                      "--staff' skriver en fil, der kan udfyldes")),
                                  key ? key.Scalar() : key_name(kSiteKeys[kConsultants])));
            return;
        }
        std::map<std::string, int> first_line;
        for (const Node& entry : list) {
            bool ok = false;
            auto member = read_consultant(entry, ok);
            if (!member) continue;
            if (const auto [at, fresh] = first_line.emplace(member->id, member->line); !fresh) {
                in_.error(
                    entry,
                    fmt::format(fmt::runtime(util::tr("the consultant '{}' is listed twice, first on line {}",
                                                      "konsulenten '{}' står der to gange, første gang på "
                                                      "linje {}")),
                                member->id, at->second),
                    util::tr(
                        "give each consultant one entry; two with the same initials need different "
                        "ids, in cases.csv too",
                        "giv hver konsulent én post; to med samme initialer skal have forskellige id'er, "
                        "også i cases.csv"));
                continue;
            }
            if (ok) staff_.members.push_back(std::move(*member));
        }
    }

    // The consultant, whenever their id could be read (so that a second
    // entry with the id is found even when this one has other problems);
    // `ok` says whether every value could.
    std::optional<StaffMember> read_consultant(const Node& entry, bool& ok) {
        const int line = entry.Mark().line + 1;
        std::string whose = fmt::format(
            fmt::runtime(util::tr("for the consultant on line {}", "for konsulenten på linje {}")), line);
        if (!entry.IsMap()) {
            in_.error(
                entry,
                fmt::format(fmt::runtime(util::tr("the consultant on line {} must be a map of keys",
                                                  "konsulenten på linje {} skal være et map af nøgler")),
                            line),
                util::tr("write '- id: MLU' and the consultant's other keys indented below it",
                         "skriv '- id: MLU' og konsulentens andre nøgler indrykket under den"));
            return std::nullopt;
        }
        const auto f = collect(in_, entry, kConsultantKeys, whose);
        StaffMember m;
        m.line = line;
        const auto id = given(f.value[kId]) ? text(in_, f.value[kId], f.key[kId], whose) : std::nullopt;
        if (!given(f.value[kId])) missing(entry, f.key[kId], kConsultantKeys[kId], whose, "MLU");
        if (id) {
            m.id = *id;
            whose = fmt::format(fmt::runtime(util::tr("for the consultant {}", "for konsulenten {}")), m.id);
        }
        const bool fte_ok = read_fte(entry, f, whose, m);
        ok = id && fte_ok;
        if (const Node& v = f.value[kEmploymentShare]; given(v))
            ok = read_employment_share(v, f.key[kEmploymentShare], whose, m) && ok;
        // The scheduled hours the community hours are weighed against.
        bool scheduled_known = fte_ok;
        if (const Node& v = f.value[kHoursPerWeek]; given(v)) {
            m.hours_per_week = hours(in_, v, f.key[kHoursPerWeek], whose, false);
            ok = ok && m.hours_per_week;
            scheduled_known = m.hours_per_week.has_value();
        }
        if (const Node& v = f.value[kCommunityHours]; given(v)) {
            m.community_hours_per_week = hours(in_, v, f.key[kCommunityHours], whose, true);
            const bool fits = m.community_hours_per_week && scheduled_known && community_fits(v, f, whose, m);
            ok = ok && m.community_hours_per_week && fits;
        }
        if (!id) return std::nullopt;
        return m;
    }

    // A required key left out, or written without a value (`key` is then
    // where it was written).
    void missing(const Node& entry, const Node& key, const KeyName& k, const std::string& whose,
                 const char* example) {
        const std::string name = key ? key.Scalar() : key_name(k);
        if (key)
            in_.error(key,
                      fmt::format(fmt::runtime(util::tr("'{}' has no value {}", "'{}' har ingen værdi {}")),
                                  name, whose),
                      fmt::format(fmt::runtime(util::tr("write it after the key, e.g. '{}: {}'",
                                                        "skriv den efter nøglen, fx '{}: {}'")),
                                  name, example));
        else
            in_.error(
                entry,
                fmt::format(fmt::runtime(util::tr("'{}' is missing {}", "'{}' mangler {}")), name, whose),
                fmt::format(fmt::runtime(util::tr("add '{}: {}'", "tilføj '{}: {}'")), name, example));
    }

    bool read_fte(const Node& entry, const Fields<kConsultantSlots>& f, const std::string& whose,
                  StaffMember& m) {
        if (!given(f.value[kFte])) {
            missing(entry, f.key[kFte], kConsultantKeys[kFte], whose, "1");
            return false;
        }
        bool percent = false;
        const auto x = share(in_, f.value[kFte], f.key[kFte], whose, percent);
        if (!x) return false;
        if (*x > 0 && *x <= 1) {
            m.fte = *x;
            return true;
        }
        in_.error(
            f.value[kFte],
            fmt::format(
                fmt::runtime(util::tr("'{}' {} is {}; a full-time equivalent lies above 0 and at most "
                                      "1 (100 %)",
                                      "'{}' {} er {}; en stillingsbrøk ligger over 0 og højst 1 "
                                      "(100 %)")),
                f.key[kFte].Scalar(), whose, f.value[kFte].Scalar()),
            util::tr("write the share of a full-time post: 1 for full time, 0,5 or 50 % for half time",
                     "skriv andelen af en fuldtidsstilling: 1 for fuld tid, 0,5 eller 50 % for halv tid"));
        return false;
    }

    bool read_employment_share(const Node& value, const Node& key, const std::string& whose, StaffMember& m) {
        bool percent = false;
        const auto x = share(in_, value, key, whose, percent);
        if (!x) return false;
        if (*x >= 0 && *x <= 1) {
            m.employment_share = *x;
            return true;
        }
        in_.error(value,
                  fmt::format(fmt::runtime(util::tr("'{}' {} is {}, outside 0–100 %",
                                                    "'{}' {} er {}, uden for 0-100 %")),
                              key.Scalar(), whose, value.Scalar()),
                  percent || *x < 0
                      ? util::tr("write the share of working time spent on employment work, e.g. 90 %",
                                 "skriv andelen af arbejdstiden, der går til beskæftigelse, fx 90 %")
                      : util::tr("a figure without % is a fraction from 0 to 1: write 0,9 or 90 %",
                                 "et tal uden % er en brøk fra 0 til 1: skriv 0,9 eller 90 %"));
        return false;
    }

    // Hours in the community are part of the scheduled hours, which are the
    // consultant's own or their FTE of a full-time post.
    bool community_fits(const Node& value, const Fields<kConsultantSlots>& f, const std::string& whose,
                        const StaffMember& m) {
        const bool own = m.hours_per_week.has_value();
        const double scheduled = own ? *m.hours_per_week : m.fte * staff_.full_time_hours;
        if (*m.community_hours_per_week <= scheduled + 1e-9) return true;
        const std::string of =
            own ? fmt::format(fmt::runtime(util::tr("the {} scheduled hours", "de {} planlagte timer")),
                              shown(scheduled))
                : fmt::format(
                      fmt::runtime(util::tr("the {} scheduled hours (FTE {} of {} full-time hours)",
                                            "de {} planlagte timer (stillingsbrøk {} af {} fuldtidstimer)")),
                      shown(scheduled), shown(m.fte), shown(staff_.full_time_hours));
        in_.error(value,
                  fmt::format(fmt::runtime(util::tr("'{}' {} is {} hours a week, more than {}",
                                                    "'{}' {} er {} timer om ugen, flere end {}")),
                              f.key[kCommunityHours].Scalar(), whose, shown(*m.community_hours_per_week), of),
                  fmt::format(fmt::runtime(util::tr("correct it, or give the scheduled hours with '{}'",
                                                    "ret det, eller angiv de planlagte timer med '{}'")),
                              key_name(kConsultantKeys[kHoursPerWeek])));
        return false;
    }

    NodeReader in_;
    Staff staff_;
};

}  // namespace

Staff read_staff(const std::string& path) {
    const Node root = yaml::load_file(path);
    if (!root.IsMap() && !root.IsNull())
        throw util::Error(
            {path, 1, 1},
            util::tr("staff.yaml must be a map of keys", "staff.yaml skal være et map af nøgler"),
            util::tr("start from 'ipskit template --staff'", "start med 'ipskit template --staff'"));
    return StaffReader(path).read(root);
}

}  // namespace ipskit::readers::records
