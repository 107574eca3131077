// Each rating is resolved to a score in one of four ways: the score written,

#include "domain/cpr.hpp"
// the scale's no_fit_score for an item that does not fit, the band of a
// measured figure, or the count of ticked elements. When more than one is
// given they must agree, and the error shows the reviewer the arithmetic.

#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "domain/rounding.hpp"
#include "readers/review/ratings.hpp"
#include "util/message_language.hpp"

namespace ipskit::readers::review {

namespace {

std::string figure(double x) {
    return fmt::format("{:g}", x);
}

std::string band_text(const Band& band) {
    return band.max ? fmt::format("{}–{}", figure(band.min), figure(*band.max))
                    : fmt::format("{} or more", figure(band.min));
}

std::optional<double> parse_number(std::string s) {
    for (char& c : s)
        if (c == ',') c = '.';
    double x = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), x);
    if (s.empty() || ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    // from_chars reads "inf" and "nan"; no measured figure is either.
    if (!std::isfinite(x)) return std::nullopt;
    return x;
}

class Resolver {
public:
    Resolver(const Scale& scale, util::ErrorCollector& errors, bool allow_unfinished, bool allow_open)
        : scale_(scale), errors_(errors), allow_unfinished_(allow_unfinished), allow_open_(allow_open) {}

    std::optional<int> score(const Item& item, const RawRating& raw, Rating& out) {
        std::optional<int> written;
        if (raw.score) written = written_score(item, *raw.score);
        if (raw.score && !written) return std::nullopt;
        if (raw.value) {
            const auto measured = value_score(item, raw, written, out);
            if (!measured) return std::nullopt;
            written = measured;
        }
        if (raw.elements) {
            const auto counted = element_score(item, raw, written, out);
            if (!counted) return std::nullopt;
            written = counted;
        }
        if (raw.no_fit) return no_fit_score(item, raw, written);
        if (!written && (allow_unfinished_ || allow_open_)) return scale_.score_min - 1;
        if (!written)
            errors_.add({raw.item.where,
                         fmt::format(fmt::runtime(util::tr("{} has no score", "{} har ingen score")),
                                     describe_item(item)),
                         fmt::format(fmt::runtime(util::tr("write a score from {} to {} after the item",
                                                           "skriv en score fra {} til {} efter punktet")),
                                     scale_.score_min, scale_.score_max)});
        return written;
    }

private:
    std::optional<int> written_score(const Item& item, const Written& score) {
        int n = 0;
        const auto [end, ec] = std::from_chars(score.text.data(), score.text.data() + score.text.size(), n);
        if (score.text.empty() || ec != std::errc() || end != score.text.data() + score.text.size()) {
            errors_.add(
                {score.where,
                 fmt::format(fmt::runtime(util::tr("{} has the score '{}', which is not a whole number",
                                                   "{} har scoren '{}', som ikke er et helt tal")),
                             describe_item(item), quoted_value(score.text)),
                 fmt::format(fmt::runtime(util::tr("write a whole number from {} to {}",
                                                   "skriv et helt tal fra {} til {}")),
                             scale_.score_min, scale_.score_max)});
            return std::nullopt;
        }
        if (n < scale_.score_min || n > scale_.score_max) {
            errors_.add({score.where,
                         fmt::format(fmt::runtime(util::tr("{} is rated {}, outside the scale's range {}–{}",
                                                           "{} har scoren {}, uden for skalaens {}–{}")),
                                     describe_item(item), n, scale_.score_min, scale_.score_max),
                         fmt::format(fmt::runtime(util::tr("write a score from {} to {}",
                                                           "skriv en score fra {} til {}")),
                                     scale_.score_min, scale_.score_max)});
            return std::nullopt;
        }
        return n;
    }

    std::optional<int> value_score(const Item& item, const RawRating& raw, std::optional<int> written,
                                   Rating& out) {
        const Written& value = *raw.value;
        if (!item.rule) {
            errors_.add(
                {value.where,
                 fmt::format(fmt::runtime(util::tr(
                                 "{} has no numeric bands, so a value cannot be scored",
                                 "{} har ingen talintervaller, så en målt værdi kan ikke give en score")),
                             describe_item(item)),
                 util::tr("give a score instead of the value", "angiv en score i stedet for værdien")});
            return std::nullopt;
        }
        const auto x = parse_number(value.text);
        const Band* band = x ? band_for_value(item, *x) : nullptr;
        if (!band) {
            errors_.add({value.where,
                         fmt::format("{}: '{}' is not a {} figure in the scale's bands", describe_item(item),
                                     quoted_value(value.text), item.rule->unit),
                         fmt::format("give the {} as a number from {}", item.rule->metric.en,
                                     band_text(item.rule->bands.front()))});
            return std::nullopt;
        }
        out.value = *x;
        if (written && *written != band->score) {
            errors_.add(
                {raw.score->where,
                 fmt::format(fmt::runtime(util::tr(
                                 "{} is rated {} but the value {} {} (rounded to {} decimals: {}) lies in "
                                 "the band {} which scores {}",
                                 "{} har scoren {}, men værdien {} {} (afrundet til {} decimaler: {}) "
                                 "ligger i intervallet {}, som giver {}")),
                             describe_item(item), *written, value.text, item.rule->unit, item.rule->decimals,
                             figure(round_half_away(*x, item.rule->decimals)), band_text(*band), band->score),
                 util::tr(
                     "correct the score or the value, or leave out the score and let ipskit apply the bands",
                     "ret scoren eller værdien, eller udelad scoren og lad ipskit bruge intervallerne")});
            return std::nullopt;
        }
        return band->score;
    }

    std::optional<int> element_score(const Item& item, const RawRating& raw, std::optional<int> written,
                                     Rating& out) {
        const auto& ticked = *raw.elements;
        const util::Location where = ticked.empty() ? raw.item.where : ticked.front().where;
        if (item.elements.empty()) {
            errors_.add({where,
                         fmt::format(fmt::runtime(util::tr("{} has no elements to tick",
                                                           "{} har ingen elementer at krydse af")),
                                     describe_item(item)),
                         util::tr("give a score instead", "angiv en score i stedet")});
            return std::nullopt;
        }
        std::set<std::string> seen;
        bool ok = true;
        for (const auto& e : ticked) {
            const bool known = std::any_of(item.elements.begin(), item.elements.end(),
                                           [&](const Element& el) { return el.id == e.text; });
            if (!known) {
                std::vector<std::string> ids;
                for (const auto& el : item.elements) ids.push_back(el.id);
                errors_.add(
                    {e.where,
                     fmt::format(
                         fmt::runtime(util::tr("{} has no element '{}'", "{} har intet element '{}'")),
                         describe_item(item), quoted_value(e.text)),
                     fmt::format(fmt::runtime(util::tr("tick ids from: {}", "afkryds id'er blandt: {}")),
                                 fmt::join(ids, ", "))});
                ok = false;
            } else if (!seen.insert(e.text).second) {
                errors_.add({e.where,
                             fmt::format(fmt::runtime(util::tr("{}: element '{}' is ticked twice",
                                                               "{}: elementet '{}' er krydset af to gange")),
                                         describe_item(item), quoted_value(e.text)),
                             util::tr("tick each element once", "kryds hvert element af én gang")});
                ok = false;
            } else {
                out.elements.push_back(e.text);
            }
        }
        if (!ok) return std::nullopt;
        const int counted = score_for_elements(item, out.elements.size()).value_or(scale_.score_min);
        if (written && *written != counted) {
            errors_.add(
                {raw.score ? raw.score->where : where,
                 fmt::format("{} is rated {} but {} of its {} elements are ticked ({}), which scores {}",
                             describe_item(item), *written, out.elements.size(), item.elements.size(),
                             out.elements.empty() ? "none" : fmt::format("{}", fmt::join(out.elements, ", ")),
                             counted),
                 util::tr(
                     "correct the score or the elements ticked, or leave out the score and let ipskit count",
                     "ret scoren eller de afkrydsede elementer, eller udelad scoren og lad ipskit tælle")});
            return std::nullopt;
        }
        return counted;
    }

    std::optional<int> no_fit_score(const Item& item, const RawRating& raw, std::optional<int> written) {
        if (written && *written != scale_.no_fit_score) {
            errors_.add(
                {raw.no_fit_where,
                 fmt::format(fmt::runtime(util::tr(
                                 "{} is marked no_fit but rated {}; an item that does not fit scores {}",
                                 "{} er markeret no_fit, men har scoren {}; et punkt, der ikke passer, "
                                 "får {}")),
                             describe_item(item), *written, scale_.no_fit_score),
                 fmt::format(
                     fmt::runtime(util::tr("write '{{ score: {}, no_fit: true }}' or remove no_fit",
                                           "skriv '{{ score: {}, no_fit: true }}', eller fjern no_fit")),
                     scale_.no_fit_score)});
            return std::nullopt;
        }
        return scale_.no_fit_score;
    }

    const Scale& scale_;
    util::ErrorCollector& errors_;
    bool allow_unfinished_;
    bool allow_open_;
};

}  // namespace

std::string describe_item(const Item& item) {
    return fmt::format(
        fmt::runtime(util::tr("item {} ({})", "punkt {} ({})")), item.number,
        item.name.in(util::message_language() == util::MessageLanguage::da ? Lang::da : Lang::en));
}

std::vector<Rating> resolve_ratings(const Scale& scale, const std::vector<RawRating>& raw,
                                    const util::Location& missing_at, util::ErrorCollector& errors,
                                    bool allow_unfinished, std::vector<OpenItem>* open) {
    std::map<int, Rating> by_number;
    std::map<int, util::Location> first_seen;
    Resolver resolver(scale, errors, allow_unfinished, open != nullptr);
    for (const auto& r : raw) {
        const Item* item = scale.find_item(r.item.text);
        if (!item) {
            errors.add(
                {r.item.where,
                 fmt::format(fmt::runtime(
                                 util::tr("unknown item '{}' in scale {}", "ukendt punkt '{}' i skalaen {}")),
                             quoted_value(r.item.text), quoted_value(scale.id)),
                 fmt::format(fmt::runtime(util::tr("use an item number 1–{} or an item id such as {}",
                                                   "brug et punktnummer 1–{} eller et punkt-id som {}")),
                             scale.items.size(), scale.items.front().id)});
            continue;
        }
        if (const auto seen = first_seen.find(item->number); seen != first_seen.end()) {
            errors.add(
                {r.item.where,
                 // A workbook's cells are named in the file part, with no line.
                 seen->second.line > 0
                     ? fmt::format(fmt::runtime(util::tr("{} is rated twice ('{}' here, and on line {})",
                                                         "{} er scoret to gange ('{}' her og på linje {})")),
                                   describe_item(*item), quoted_value(r.item.text), seen->second.line)
                     : fmt::format(fmt::runtime(util::tr("{} is rated twice ('{}' here, and at {})",
                                                         "{} er scoret to gange ('{}' her og i {})")),
                                   describe_item(*item), quoted_value(r.item.text), seen->second.file),
                 util::tr("keep one rating per item; an item's number and its id name the same item",
                          "behold én score pr. punkt; et punkts nummer og dets id er det samme punkt")});
            continue;
        }
        first_seen[item->number] = r.item.where;
        Rating rating;
        rating.item_number = item->number;
        rating.no_fit = r.no_fit;
        rating.note = r.note;
        rating.recommendations = r.recommendations;
        if (const auto score = resolver.score(*item, r, rating)) {
            rating.score = *score;
            if (open && rating.score < scale.score_min) open->push_back({item->number, r.item.where});
            // Unrated and without a text, the item holds nothing to carry.
            if (rating.score >= scale.score_min || !rating.note.empty() || !rating.recommendations.empty())
                by_number[item->number] = std::move(rating);
        }
    }
    std::vector<Rating> ratings;
    for (const auto& item : scale.items) {
        if (!first_seen.count(item.number) && open)
            open->push_back({item.number, missing_at});
        else if (!first_seen.count(item.number) && !allow_unfinished)
            errors.add({missing_at,
                        fmt::format(fmt::runtime(util::tr("{} is not rated", "{} er ikke scoret")),
                                    describe_item(item)),
                        fmt::format(fmt::runtime(util::tr(
                                        "add a rating for it, by its number {} or its id {}",
                                        "tilføj en score for det, med dets nummer {} eller dets id {}")),
                                    item.number, item.id)});
        else if (by_number.count(item.number))
            ratings.push_back(by_number[item.number]);
    }
    if (open)
        std::sort(open->begin(), open->end(),
                  [](const OpenItem& a, const OpenItem& b) { return a.number < b.number; });
    return ratings;
}

}  // namespace ipskit::readers::review
