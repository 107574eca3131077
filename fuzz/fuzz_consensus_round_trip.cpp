// libFuzzer target: the consensus draft, written and read back, must mean
// what it was drafted to mean. The input's pieces (cut at NUL bytes) become
// the notes of two reviewers' questionnaires and the second reviewer's name;
// the draft is written as YAML, its open items filled in, and read back.
// Every agreed score, and every note, must come back exactly: a note that
// left its comment or its quotes (a U+2028, a NEL, a quote, a line break)
// would become a live rating and change the official score unseen. Any
// difference, or a written draft that does not read, is a bug.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "domain/consensus.hpp"
#include "fuzz/temp_input.hpp"
#include "readers/review/reader.hpp"
#include "readers/review/scale_locator.hpp"
#include "readers/text/encoding.hpp"
#include "writers/questionnaire/consensus_writer.hpp"

namespace {

using ipskit::readers::review::LoadedReview;

const std::vector<std::string>& dirs() {
    static const std::vector<std::string> all{IPSKIT_SOURCE_SCALES_DIR};
    return all;
}

LoadedReview read(const std::string& path) {
    static const ipskit::Scale scale = ipskit::readers::review::load_scale("ips-25", dirs(), {});
    ipskit::readers::review::ReviewDefaults defaults;
    defaults.allow_identifiers = true;  // a CPR-like note is another test's
    return ipskit::readers::review::read_review(
        path, defaults, [](const std::string&, const ipskit::util::Location&) { return scale; });
}

const LoadedReview& example(const char* name) {
    static const std::string source = std::string(IPSKIT_SOURCE_SCALES_DIR) + "/../examples/";
    static std::vector<std::pair<std::string, LoadedReview>> read_once;
    for (const auto& [n, r] : read_once)
        if (n == name) return r;
    return read_once.emplace_back(name, read(source + name)).second;
}

// The pieces a reader would take as a note: UTF-8 text of a sensible length.
std::vector<std::string> pieces(std::string_view input) {
    std::vector<std::string> out;
    for (std::size_t start = 0; start <= input.size();) {
        const std::size_t end = std::min(input.find('\0', start), input.size());
        const std::string_view piece = input.substr(start, std::min<std::size_t>(end - start, 2000));
        if (ipskit::readers::text::find_invalid_utf8(piece) == std::string_view::npos)
            out.emplace_back(piece);
        start = end + 1;
    }
    return out;
}

std::string expected_note(const ipskit::ConsensusDraft& draft, std::size_t i) {
    std::string note;
    for (const auto* review : draft.reviews) {
        const std::string& own = review->ratings[i].note;
        if (own.empty()) continue;
        if (!note.empty()) note += "; ";
        note += review->reviewers.front() + ": " + own;
    }
    return note;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto notes = pieces(std::string_view(reinterpret_cast<const char*>(data), size));
    if (notes.empty()) return 0;
    ipskit::Review a = example("review-hjorring-2020-a.yaml").review;
    ipskit::Review b = example("review-hjorring-2020-b.yaml").review;
    const ipskit::Scale& scale = example("review-hjorring-2020-a.yaml").scale;
    for (std::size_t i = 0; i < notes.size(); ++i) {
        ipskit::Review& r = i % 2 ? b : a;
        r.ratings[(i * 7) % r.ratings.size()].note = notes[i];
    }
    const auto draft = ipskit::draft_consensus(scale, {&a, &b});
    std::string yaml = ipskit::writers::questionnaire::consensus_yaml(
        draft, data[0] & 1 ? ipskit::Lang::da : ipskit::Lang::en);
    for (const auto& item : draft.items)
        if (!item.agreed) {
            const std::string open = fmt::format("\n  {}:\n", item.item->number);
            const auto at = yaml.find(open);
            if (at == std::string::npos) std::abort();  // an open item must be there to fill in
            yaml.replace(at, open.size(), fmt::format("\n  {}: 3\n", item.item->number));
        }
    const std::string path = ipskit::fuzz::write_temp_input("consensus.yaml", yaml.data(), yaml.size());
    LoadedReview back;
    try {
        back = read(path);
    } catch (const ipskit::util::Error&) {
        std::abort();  // what consensus writes must read back
    }
    if (back.review.ratings.size() != draft.items.size()) std::abort();
    for (std::size_t i = 0; i < draft.items.size(); ++i) {
        const auto& meant = draft.items[i];
        const auto& got = back.review.ratings[i];
        if (got.score != (meant.agreed ? *meant.agreed : 3)) std::abort();
        if (got.note != (meant.agreed ? expected_note(draft, i) : std::string())) std::abort();
    }
    return 0;
}
