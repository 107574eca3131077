// The workbook is laid out for a reviewer's eyes and read back by its hidden
// keys: column A holds a header key (scale, site, ...) or an item id, column B
// an element id on the rows of an item's elements, and a hidden row of column
// keys names what each column holds. Labels are never read back, so a
// workbook written in Danish reads under --lang en and the other way round.

#include "writers/questionnaire/workbook_writer.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>
#include <xlsxwriter.h>

#include "domain/review_type_words.hpp"
#include "util/error.hpp"
#include "util/message_language.hpp"
#include "writers/doc/xlsx_text.hpp"
#include "writers/questionnaire/workbook_labels.hpp"
#include "writers/reports/scale_report.hpp"

namespace ipskit::writers::questionnaire {

// Labels are named constants, so a misspelt one does not compile.
using namespace workbook_labels;

namespace {

// Fixed so that the same questionnaire always gives the same bytes (2000-01-01 UTC).
constexpr time_t kFixedCreationTime = 946684800;

// The columns, and the keys the reader finds them by.
enum Column : lxw_col_t {
    kKey,
    kElementKey,
    kNumberCol,
    kName,
    kSectionCol,
    kSourcesCol,
    kScoreCol,
    kNoFitCol,
    kValueCol,
    kTickedCol,
    kNoteCol,
    kRecommendationsCol,
    kGuideCol
};
struct ColumnSpec {
    Column column;
    const char* key;
    const Text* label;
    double width;
};
const ColumnSpec kColumns[] = {{kNumberCol, "number", &kNumber, 5},
                               {kName, "name", &kItem, 32},
                               {kSectionCol, "section", &kSection, 14},
                               {kSourcesCol, "sources", &kSources, 12},
                               {kScoreCol, "score", &kScore, 8},
                               {kNoFitCol, "no_fit", &kNoFit, 10},
                               {kValueCol, "value", &kValue, 11},
                               {kTickedCol, "ticked", &kTicked, 10},
                               {kNoteCol, "note", &kNote, 40},
                               {kRecommendationsCol, "recommendations", &kItemRecommendations, 30},
                               {kGuideCol, "guide", &kGuide, 70}};

// The cell formats, made once per workbook.
struct Formats {
    explicit Formats(lxw_workbook* book) {
        title = workbook_add_format(book);
        format_set_bold(title);
        format_set_font_size(title, 14);
        text = workbook_add_format(book);
        format_set_text_wrap(text);
        format_set_align(text, LXW_ALIGN_VERTICAL_TOP);
        label = workbook_add_format(book);
        format_set_bold(label);
        format_set_align(label, LXW_ALIGN_VERTICAL_TOP);
        column_label = workbook_add_format(book);
        format_set_bold(column_label);
        format_set_text_wrap(column_label);
        format_set_bg_color(column_label, 0xD9D9D9);
        format_set_border(column_label, LXW_BORDER_THIN);
        fixed = workbook_add_format(book);
        format_set_text_wrap(fixed);
        format_set_align(fixed, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(fixed, 0xF2F2F2);
        format_set_border(fixed, LXW_BORDER_THIN);
        answer = workbook_add_format(book);
        format_set_unlocked(answer);
        format_set_align(answer, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(answer, LXW_BORDER_THIN);
        // Text, so that a date or a figure typed in a note stays as typed.
        answer_text = workbook_add_format(book);
        format_set_unlocked(answer_text);
        format_set_num_format(answer_text, "@");
        format_set_text_wrap(answer_text);
        format_set_align(answer_text, LXW_ALIGN_VERTICAL_TOP);
        format_set_border(answer_text, LXW_BORDER_THIN);
    }
    lxw_format* title;
    lxw_format* text;
    lxw_format* label;
    lxw_format* column_label;
    lxw_format* fixed;
    lxw_format* answer;
    lxw_format* answer_text;
};

class SheetWriter {
public:
    SheetWriter(lxw_workbook* book, lxw_worksheet* ws, const Scale& scale, Lang lang)
        : ws_(ws), formats_(book), scale_(scale), lang_(lang) {}

    void write(const Review& review) {
        intro();
        header(review);
        row_++;
        column_keys();
        for (const auto& item : scale_.items) item_rows(item, rating_of(review, item.number));
        layout();
    }

private:
    static const Rating* rating_of(const Review& review, int number) {
        const auto it = std::find_if(review.ratings.begin(), review.ratings.end(),
                                     [&](const Rating& r) { return r.item_number == number; });
        return it == review.ratings.end() ? nullptr : &*it;
    }

    void string(lxw_col_t col, const std::string& s, lxw_format* format) {
        if (s.empty())
            worksheet_write_blank(ws_, row_, col, format);
        else
            worksheet_write_string(ws_, row_, col, doc::protect_xstring_lookalikes(s).c_str(), format);
    }

    void drop_down(lxw_col_t col, std::vector<std::string> choices) {
        std::vector<char*> list;
        for (auto& c : choices) list.push_back(c.data());
        list.push_back(nullptr);
        lxw_data_validation validation{};
        validation.validate = LXW_VALIDATION_TYPE_LIST;
        validation.value_list = list.data();
        worksheet_data_validation_cell(ws_, row_, col, &validation);
    }

    void yes_no(lxw_col_t col, std::optional<bool> answer) {
        string(col, answer ? (*answer ? kYes : kNo).in(lang_) : "", formats_.answer);
        drop_down(col, {kYes.in(lang_), kNo.in(lang_)});
    }

    void intro() {
        const std::string title = fmt::format(fmt::runtime(kTitle.in(lang_)), scale_.name.in(lang_),
                                              scale_.id, scale_.version.in(lang_));
        string(kName, title, formats_.title);
        row_++;
        const std::string how = fmt::format(fmt::runtime(kHowTo.in(lang_)), scale_.score_min,
                                            scale_.score_max, scale_.no_fit_score);
        worksheet_merge_range(ws_, row_, kName, row_, kGuideCol, how.c_str(), formats_.text);
        worksheet_set_row(ws_, row_, 45, nullptr);
        row_ += 2;
    }

    // One header line: its key, its label, and its value across the columns,
    // with a drop-down when `choices` are given.
    void header_line(const char* key, const Text& label, const std::string& value, lxw_format* format,
                     const std::vector<std::string>& choices = {}) {
        string(kKey, key, nullptr);
        string(kName, label.in(lang_), formats_.label);
        worksheet_merge_range(ws_, row_, kSectionCol, row_, kRecommendationsCol, "", format);
        string(kSectionCol, value, format);
        if (!choices.empty()) drop_down(kSectionCol, choices);
        row_++;
    }

    // A header line for a text of several lines.
    void long_header_line(const char* key, const Text& label, const std::string& value) {
        worksheet_set_row(ws_, row_, 75, nullptr);
        header_line(key, label, value, formats_.answer_text);
    }

    void header(const Review& review) {
        header_line("scale", kScale, scale_.id, formats_.fixed);
        header_line("site", kSite, review.site, formats_.answer_text);
        header_line("review_date", kReviewDate, review.review_date, formats_.answer_text);
        // A line per reviewer; a template gets one, two reviewers may add a second.
        const std::vector<std::string> reviewers =
            review.reviewers.empty() ? std::vector<std::string>{""} : review.reviewers;
        for (const auto& r : reviewers) header_line("reviewer", kReviewer, r, formats_.answer_text);
        header_line("cluster", kCluster, review.cluster, formats_.answer_text);
        if (review.consensus) header_line("consensus", kConsensus, kYes.in(lang_), formats_.fixed);
        // The kinds of review in the workbook's words; the reader takes the
        // words of either language and the YAML questionnaire's ids.
        std::vector<std::string> kinds;
        for (const auto kind :
             {ReviewType::external, ReviewType::guided_self_assessment, ReviewType::self_assessment})
            kinds.push_back(review_type_words(kind).in(lang_));
        header_line("review_type", kReviewType,
                    review.review_type ? review_type_words(*review.review_type).in(lang_) : "",
                    formats_.answer_text, kinds);
        header_line("period_from", kPeriodFrom, review.period.from, formats_.answer_text);
        header_line("period_to", kPeriodTo, review.period.to, formats_.answer_text);
        header_line("visit_dates", kVisitDates, fmt::format("{}", fmt::join(review.period.visit_dates, ", ")),
                    formats_.answer_text);
        long_header_line("summary", kSummary, review.summary);
        long_header_line("recommendations", kRecommendations, review.recommendations);
    }

    // The hidden row of column keys, then the labels people see.
    void column_keys() {
        string(kKey, "columns", nullptr);
        for (const auto& c : kColumns) string(c.column, c.key, nullptr);
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        worksheet_set_row_opt(ws_, row_, LXW_DEF_ROW_HEIGHT, nullptr, &hidden);
        row_++;
        for (const auto& c : kColumns) string(c.column, c.label->in(lang_), formats_.column_label);
        labels_row_ = row_++;
    }

    std::string guide(const Item& item) const {
        std::string out = item.description.in(lang_);
        for (auto it = item.anchors.rbegin(); it != item.anchors.rend(); ++it)
            out += fmt::format("\n{} = {}", it->first, it->second.in(lang_));
        if (item.rule)
            out += "\n" + fmt::format(fmt::runtime(kBands.in(lang_)), item.rule->metric.in(lang_),
                                      item.rule->unit, item.rule->decimals,
                                      reports::describe_bands(item.rule->bands, lang_));
        if (!item.elements.empty())
            out += "\n" + fmt::format(fmt::runtime(kElementScoring.in(lang_)),
                                      reports::describe_bands(item.element_scoring, lang_));
        return out;
    }

    void item_rows(const Item& item, const Rating* rating) {
        string(kKey, item.id, nullptr);
        worksheet_write_number(ws_, row_, kNumberCol, item.number, formats_.fixed);
        string(kName, item.name.in(lang_) + (item.to_check ? " " + kToCheck.in(lang_) : ""), formats_.fixed);
        string(kSectionCol, scale_.find_section(item.section)->name.in(lang_), formats_.fixed);
        string(kSourcesCol, fmt::format("{}", fmt::join(item.data_sources, ", ")), formats_.fixed);
        if (rating && rating->score >= scale_.score_min)
            worksheet_write_number(ws_, row_, kScoreCol, rating->score, formats_.answer);
        else
            string(kScoreCol, "", formats_.answer);
        std::vector<std::string> scores;
        for (int s = scale_.score_min; s <= scale_.score_max; ++s) scores.push_back(std::to_string(s));
        drop_down(kScoreCol, scores);
        yes_no(kNoFitCol, rating && rating->no_fit ? std::optional<bool>(true) : std::nullopt);
        if (!item.rule)
            string(kValueCol, "", formats_.fixed);
        else if (rating && rating->value)
            worksheet_write_number(ws_, row_, kValueCol, *rating->value, formats_.answer);
        else
            string(kValueCol, "", formats_.answer);
        string(kTickedCol, "", formats_.fixed);
        string(kNoteCol, rating ? rating->note : "", formats_.answer_text);
        string(kRecommendationsCol, rating ? rating->recommendations : "", formats_.answer_text);
        string(kGuideCol, guide(item), formats_.fixed);
        row_++;
        for (const auto& e : item.elements) element_row(item, e, rating);
    }

    // An element's row: its id in column B, its text, and a yes or no.
    void element_row(const Item& item, const Element& element, const Rating* rating) {
        string(kKey, item.id, nullptr);
        string(kElementKey, element.id, nullptr);
        for (const lxw_col_t c : {kNumberCol, kSectionCol, kSourcesCol, kScoreCol, kNoFitCol, kValueCol,
                                  kNoteCol, kRecommendationsCol, kGuideCol})
            string(c, "", formats_.fixed);
        string(kName, element.text.in(lang_), formats_.fixed);
        std::optional<bool> ticked;
        if (rating && !rating->elements.empty())
            ticked = std::find(rating->elements.begin(), rating->elements.end(), element.id) !=
                     rating->elements.end();
        yes_no(kTickedCol, ticked);
        row_++;
    }

    void layout() {
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        worksheet_set_column_opt(ws_, kKey, kElementKey, 12, nullptr, &hidden);
        for (const auto& c : kColumns) worksheet_set_column(ws_, c.column, c.column, c.width, nullptr);
        worksheet_freeze_panes(ws_, labels_row_ + 1, kNumberCol);
        // No password: the protection keeps the layout from being changed by
        // accident; the columns may still be widened and rows made taller.
        lxw_protection protection{};
        protection.format_columns = 1;
        protection.format_rows = 1;
        worksheet_protect(ws_, nullptr, &protection);
    }

    lxw_worksheet* ws_;
    Formats formats_;
    const Scale& scale_;
    Lang lang_;
    lxw_row_t row_ = 0;
    lxw_row_t labels_row_ = 0;
};

}  // namespace

void write_questionnaire_xlsx(const Scale& scale, const Review& review, Lang lang, const std::string& path) {
    lxw_workbook* book = workbook_new(path.c_str());
    if (book == nullptr)
        throw util::Error({path, 0, 0},
                          util::tr("cannot create the workbook", "kan ikke oprette projektmappen"),
                          util::tr("check that the folder exists and is writable",
                                   "tjek, at mappen findes, og at der kan skrives i den"));
    const std::string title =
        fmt::format(fmt::runtime(kTitle.in(lang)), scale.name.in(lang), scale.id, scale.version.in(lang));
    lxw_doc_properties properties{};
    properties.title = const_cast<char*>(title.c_str());
    properties.created = kFixedCreationTime;
    workbook_set_properties(book, &properties);
    SheetWriter(book, workbook_add_worksheet(book, kSheet.in(lang).c_str()), scale, lang).write(review);
    const lxw_error status = workbook_close(book);
    if (status != LXW_NO_ERROR)
        throw util::Error(
            {path, 0, 0},
            util::tr("cannot write the workbook: ", "kan ikke skrive projektmappen: ") + lxw_strerror(status),
            util::tr("check the disk space and that the folder is writable",
                     "tjek pladsen på disken, og at der kan skrives i mappen"));
}

}  // namespace ipskit::writers::questionnaire
