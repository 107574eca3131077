#include "readers/cases/row_reader.hpp"

#include <fmt/format.h>

#include "domain/cpr.hpp"
#include "domain/date.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::cases {

using outcomes::Case;
using outcomes::DayNumber;

namespace {

std::string duplicate_fix() {
    return util::tr("each course must have its own case_id; remove or renumber one of the two rows",
                    "hvert forløb skal have sit eget case_id; fjern eller omnummerér en af de to rækker");
}

// Names both lines, but not the id: reports and messages never show ids.
std::string duplicate_message(int line, int first_line) {
    return fmt::format(fmt::runtime(util::tr("case_id on line {} was already given on line {}",
                                             "case_id på linje {} står allerede på linje {}")),
                       line, first_line);
}

}  // namespace

// Inline: it runs for about ten cells of every row, and the call cost as
// much as the work.
inline std::string_view CaseRowReader::field(CaseColumn column) const {
    const std::size_t index = cells_[static_cast<std::size_t>(column)];
    if (index >= record_->fields.size()) return {};  // also a column the extract lacks
    return csv::trim(record_->fields[index]);
}

util::Location CaseRowReader::where(CaseColumn column) const {
    const auto& index = columns_[static_cast<std::size_t>(column)];
    return index ? places_.field(record_->line, *index) : places_.line(record_->line);
}

void CaseRowReader::problem(CaseColumn column, std::string what, std::string fix) {
    problems_.push_back({where(column), std::move(what), std::move(fix)});
}

// Nearly every date cell holds one of the common forms, read here inline;
// the rest go to unusual_date, out of line, so that this path needs no room
// on the stack for a parse result and its problem. The day is written where
// it is kept: an optional built here and copied would be written in two
// stores and read back in one, which the CPU cannot forward, and that stall
// cost more than reading the date. Always inline: the compiler otherwise
// calls it, five times a row.
[[gnu::always_inline]] inline void CaseRowReader::date(CaseColumn column, std::optional<DayNumber>& day) {
    day.reset();
    const std::string_view text = field(column);
    if (text.empty()) return;
    if (const auto common = csv::read_common_date(text)) {
        year_ = common->date.year;
        // Checked in a register, before the store: reading `day` back here
        // would stall as described above.
        if (common->day_number < earliest_ || common->day_number > latest_) [[unlikely]]
            implausible_date(column);
        day = common->day_number;
        return;
    }
    if (const auto unusual = unusual_date(column, text)) day = *unusual;
}

std::optional<DayNumber> CaseRowReader::unusual_date(CaseColumn column, std::string_view text) {
    if (const auto known = dates_.find(text)) {
        year_ = known->year;
        if (known->day_number < earliest_ || known->day_number > latest_) implausible_date(column);
        return known->day_number;
    }
    const auto parsed = csv::parse_date(text);
    if (parsed.problem) {
        field_problem(column, *parsed.problem);
        return std::nullopt;
    }
    if (!parsed.value) return std::nullopt;
    year_ = parsed.value->year;
    const DayNumber day = parsed.value->days_since_epoch();
    dates_.keep(text, {day, year_});
    if (day < earliest_ || day > latest_) implausible_date(column);
    return day;
}

void CaseRowReader::field_problem(CaseColumn column, const csv::FieldProblem& p) {
    const auto& index = columns_[static_cast<std::size_t>(column)];
    problems_.push_back(
        csv::to_diagnostic(p, where(column), index ? places_.header[*index] : column_name(column)));
}

// A text that reports may print: it must not hold a CPR number. Inline, as
// it runs for four cells of every row; the rare finding is out of line.
inline std::string_view CaseRowReader::shown_text(CaseColumn column) {
    const std::string_view text = field(column);
    if (looks_like_cpr(text)) [[unlikely]]
        identifier_found(column);
    return text;
}

void CaseRowReader::identifier_found(CaseColumn column) {
    if (allow_identifiers_)
        identifiers_.push_back(column);
    else
        problem(
            column,
            fmt::format(fmt::runtime(util::tr("{} looks like a CPR number", "{} ligner et CPR-nummer")),
                        column_name(column)),
            util::tr("remove person identifiers from the extract: reports must never show them; to keep "
                     "the value deliberately, run again with --allow-identifiers",
                     "fjern personhenførbare oplysninger fra udtrækket: rapporter må aldrig vise dem; vil du "
                     "beholde værdien med vilje, så kør igen med --allow-identifiers"));
}

void CaseRowReader::read_case_id() {
    const std::string_view id = field(CaseColumn::case_id);
    if (id.empty()) {
        problem(CaseColumn::case_id, util::tr("case_id is empty", "case_id er tomt"),
                util::tr("give every course a unique pseudonymous id",
                         "giv hvert forløb et entydigt pseudonymt id"));
        return;
    }
    if (const int first = ids_.add(id, record_->line))
        problem(CaseColumn::case_id, duplicate_message(record_->line, first), duplicate_fix());
}

std::pair<std::vector<util::Diagnostic>, std::size_t> CaseRowReader::late_duplicates(std::size_t keep,
                                                                                     std::size_t threads) {
    std::vector<util::Diagnostic> found;
    const auto& index = columns_[static_cast<std::size_t>(CaseColumn::case_id)];
    const auto duplicates = ids_.finish(keep, threads);
    for (const auto& d : duplicates.first)
        found.push_back({index ? places_.field(d.line, *index) : places_.line(d.line),
                         duplicate_message(d.line, d.first_line), duplicate_fix()});
    return {std::move(found), duplicates.total};
}

void CaseRowReader::read_outcome(Case& c) {
    c.outcome.reset();
    const std::string_view text = field(CaseColumn::outcome);
    if (text.empty()) {
        if (c.end)
            problem(CaseColumn::outcome,
                    util::tr("closed course without an outcome (end_date is set, outcome is empty)",
                             "afsluttet forløb uden resultat (end_date er udfyldt, outcome er tom)"),
                    fmt::format(fmt::runtime(util::tr("give the outcome: {}", "angiv resultatet: {}")),
                                kAcceptedOutcomes));
        return;
    }
    c.outcome = outcome_labels_.read(text);
    if (!c.outcome)
        problem(CaseColumn::outcome,
                fmt::format(fmt::runtime(util::tr("unknown outcome \"{}\"", "ukendt resultat \"{}\"")),
                            quoted_value(text)),
                fmt::format(fmt::runtime(util::tr("use one of: {}", "brug en af: {}")), kAcceptedOutcomes));
}

// Inline, as it runs three times a row; the rare finding is out of line.
inline void CaseRowReader::check_not_before_start(const Case& c, CaseColumn column,
                                                  std::optional<DayNumber> day) {
    if (day && *day < c.start) [[unlikely]]
        date_before_start(column);
}

void CaseRowReader::implausible_date(CaseColumn column) {
    const bool danish = util::message_language() == util::MessageLanguage::da;
    const auto shown = [danish](outcomes::DayNumber day) {
        const Date d = civil_from_days(day);
        return danish ? d.to_danish() : d.to_iso();
    };
    problem(
        column,
        fmt::format(fmt::runtime(util::tr("{} {} lies outside the plausible dates {} to {}",
                                          "{} {} ligger uden for de sandsynlige datoer {} til {}")),
                    column_name(column), field(column), shown(earliest_), shown(latest_)),
        util::tr(
            "correct the date (a typing error?), or widen the window with --earliest-date or --latest-date",
            "ret datoen (en tastefejl?), eller udvid vinduet med --earliest-date eller --latest-date"));
}

void CaseRowReader::date_before_start(CaseColumn column) {
    problem(
        column,
        fmt::format(fmt::runtime(util::tr("{} {} is before start_date {}", "{} {} ligger før start_date {}")),
                    column_name(column), field(column), field(CaseColumn::start_date)),
        fmt::format(fmt::runtime(util::tr("correct the dates: {} may not lie before start_date",
                                          "ret datoerne: {} må ikke ligge før start_date")),
                    column_name(column)));
}

// Sets every member of `c`: clearing it first would cost more than a field.
bool CaseRowReader::read(const csv::CsvRecord& record, Case& c) {
    record_ = &record;
    problems_.clear();
    identifiers_.clear();
    read_case_id();
    c.case_id = field(CaseColumn::case_id);
    c.line = record.line;
    c.site = shown_text(CaseColumn::site);
    c.cluster = shown_text(CaseColumn::cluster);
    c.consultant = shown_text(CaseColumn::consultant);
    c.target_group = shown_text(CaseColumn::target_group);
    c.referral_source = shown_text(CaseColumn::referral_source);
    date(CaseColumn::referral_date, c.referral);
    std::optional<DayNumber> start;
    date(CaseColumn::start_date, start);
    c.started = true;
    if (!start && field(CaseColumn::start_date).empty()) {
        // With the referral path in the extract, a referral that never
        // started is a row with its referral date and no start date.
        if (cells_[static_cast<std::size_t>(CaseColumn::referral_source)] != kNoCell && c.referral)
            c.started = false;
        else
            problem(CaseColumn::start_date, util::tr("start_date is empty", "start_date er tom"),
                    util::tr("give the date the course began", "angiv datoen, hvor forløbet startede"));
    }
    c.start = start ? *start : 0;
    date(CaseColumn::first_employer_contact, c.first_employer_contact);
    date(CaseColumn::outcome_date, c.outcome_date);
    date(CaseColumn::end_date, c.end);
    c.end_year = c.end ? year_ : 0;
    read_outcome(c);
    const auto aftercare = csv::parse_yes_no(field(CaseColumn::aftercare));
    if (aftercare.problem) field_problem(CaseColumn::aftercare, *aftercare.problem);
    c.aftercare = aftercare.value.value_or(false);
    if (start) {
        check_not_before_start(c, CaseColumn::first_employer_contact, c.first_employer_contact);
        check_not_before_start(c, CaseColumn::outcome_date, c.outcome_date);
        check_not_before_start(c, CaseColumn::end_date, c.end);
    }
    return problems_.empty();
}

}  // namespace ipskit::readers::cases
